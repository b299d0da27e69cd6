using AoPortal.Domain.Common;
using AoPortal.Domain.Standards;

namespace AoPortal.Domain.Assessments;

/// <summary>The judgement of one standard in an observation or discussion, with a comment and the points it ticked.</summary>
public sealed class StandardJudgement
{
    private StandardJudgement() { }

    public StandardJudgement(string code, StandardOutcome outcome, string? comment, IEnumerable<string> points)
    {
        var catalogue = StandardsCatalogue.Current;
        if (catalogue.Judged.All(s => s.Code != code)) throw new DomainRuleException($"'{code}' is not one of the Teachers' Standards");
        var allowed = catalogue.PointsUnder(code).Select(p => p.Code).ToList();
        var ticked = points.Distinct().ToList();
        if (ticked.FirstOrDefault(p => !allowed.Contains(p)) is { } stray)
            throw new DomainRuleException($"{stray} is not a point under {code}");
        Code = code;
        Outcome = outcome;
        Comment = Guard.Optional(comment, 2000, $"The comment on {code}");
        // Kept in the catalogue's order, as one comma-separated value: simple to store inside the JSON document.
        Points = string.Join(',', allowed.Where(ticked.Contains));
    }

    /// <summary>TS1 to TS8, or P2 for Part Two.</summary>
    public string Code { get; private set; } = "";

    public StandardOutcome Outcome { get; private set; }
    public string? Comment { get; private set; }

    /// <summary>The ticked points, comma-separated in the catalogue's order ("TS1a,TS1c"); empty when none.</summary>
    public string Points { get; private set; } = "";

    public IReadOnlyList<string> PointList => Points.Split(',', StringSplitOptions.RemoveEmptyEntries);
}
