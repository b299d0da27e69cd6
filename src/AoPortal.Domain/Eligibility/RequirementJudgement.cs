namespace AoPortal.Domain.Eligibility;

/// <summary>Who judged a requirement, when, how and why.</summary>
public sealed class RequirementJudgement
{
    private RequirementJudgement() { }

    internal RequirementJudgement(EligibilityRequirement requirement, JudgementOutcome outcome, string? rationale, Guid? judgedById, string judgedByName, DateTime judgedAt)
    {
        Requirement = requirement;
        Outcome = outcome;
        Rationale = rationale;
        JudgedById = judgedById;
        JudgedByName = judgedByName;
        JudgedAt = judgedAt;
    }

    public EligibilityRequirement Requirement { get; private set; }
    public JudgementOutcome Outcome { get; private set; }
    public string? Rationale { get; private set; }
    public Guid? JudgedById { get; private set; }
    public string JudgedByName { get; private set; } = "";
    public DateTime JudgedAt { get; private set; }

    public bool Passes => Outcome is JudgementOutcome.Met or JudgementOutcome.Waived;
}
