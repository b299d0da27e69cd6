namespace AoPortal.Domain.Eligibility;

/// <summary>
/// The provider's review of a submitted application: a judgement per requirement, the safeguarding checks, the
/// school's confirmation of support, and the decision with the policy version it was made under.
/// Part of the candidate aggregate; changed only through the candidate's methods.
/// </summary>
public sealed class EligibilityReview
{
    private List<RequirementJudgement> _judgements = [];

    // Kept in the order judged (EF identifies JSON list items by position); sorted when read.
    public IReadOnlyList<RequirementJudgement> Judgements => _judgements.OrderBy(j => j.Requirement).ToList();
    public SafeguardingChecks? Safeguarding { get; private set; }
    public SchoolSupportConfirmation? SchoolSupport { get; private set; }

    /// <summary>The policy version the candidate was accepted or rejected under.</summary>
    public int? DecidedUnderPolicyVersion { get; private set; }

    public string? DecisionReason { get; private set; }

    public RequirementJudgement? JudgementOf(EligibilityRequirement requirement) => _judgements.Find(j => j.Requirement == requirement);

    internal void Judge(RequirementJudgement judgement)
    {
        var index = _judgements.FindIndex(j => j.Requirement == judgement.Requirement);
        if (index >= 0) _judgements[index] = judgement;
        else _judgements.Add(judgement);
    }

    internal void RecordSafeguarding(SafeguardingChecks checks) => Safeguarding = checks;

    internal void RecordSchoolSupport(SchoolSupportConfirmation confirmation) => SchoolSupport = confirmation;

    internal void ClearSchoolSupport()
    {
        SchoolSupport = null;
        _judgements.RemoveAll(j => j.Requirement == EligibilityRequirement.SchoolSupport);
    }

    /// <summary>
    /// Removes the judgements that rest on the candidate's answers (see <see cref="EligibilityNames.RestsOnAnswers"/>);
    /// the provider's own checks and the school's confirmation stand. Returns how many were removed.
    /// </summary>
    internal int ClearJudgementsOfAnswers() => _judgements.RemoveAll(j => j.Requirement.RestsOnAnswers());

    internal void RecordDecision(int policyVersion, string? reason)
    {
        DecidedUnderPolicyVersion = policyVersion;
        DecisionReason = reason;
    }
}
