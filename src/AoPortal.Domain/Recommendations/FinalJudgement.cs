using AoPortal.Domain.Assessments;
using AoPortal.Domain.Common;
using AoPortal.Domain.Standards;

namespace AoPortal.Domain.Recommendations;

/// <summary>
/// The assessor's final judgement of one standard (TS1–TS8 or Part Two): met or not yet met, with the rationale and the
/// observations, discussions and portfolio items it cites.
/// </summary>
public sealed class FinalJudgement
{
    public const int MaxRationaleLength = 4000;

    private FinalJudgement() { }

    public FinalJudgement(string code, StandardOutcome outcome, string? rationale, IEnumerable<Guid> citedRecords, IEnumerable<Guid> citedEvidence)
    {
        if (StandardsCatalogue.Current.Judged.All(s => s.Code != code)) throw new DomainRuleException($"'{code}' is not one of the Teachers' Standards");
        if (outcome == StandardOutcome.NotAssessed || !Enum.IsDefined(outcome))
            throw new DomainRuleException($"Select whether {code} is met or not yet met", code);
        Code = code;
        Outcome = outcome;
        Rationale = Guard.Required(rationale, $"Enter the rationale for your judgement of {code}", MaxRationaleLength);
        // Comma-separated ids, like an observation's ticked points: simple to keep inside the JSON document.
        CitedRecords = string.Join(',', citedRecords.Distinct());
        CitedEvidence = string.Join(',', citedEvidence.Distinct());
    }

    /// <summary>TS1 to TS8, or P2 for Part Two.</summary>
    public string Code { get; private set; } = "";

    public StandardOutcome Outcome { get; private set; }
    public string Rationale { get; private set; } = "";

    /// <summary>The observations and discussions cited, comma-separated ids.</summary>
    public string CitedRecords { get; private set; } = "";

    /// <summary>The portfolio items cited, comma-separated ids.</summary>
    public string CitedEvidence { get; private set; } = "";

    public bool IsMet => Outcome == StandardOutcome.Met;

    public IReadOnlyList<Guid> CitedRecordIds => Ids(CitedRecords);

    public IReadOnlyList<Guid> CitedEvidenceIds => Ids(CitedEvidence);

    private static List<Guid> Ids(string text) => text.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse).ToList();
}
