using AoPortal.Domain.Assessments;
using AoPortal.Domain.Standards;

namespace AoPortal.Domain.Evidence;

/// <summary>How strongly a standard is evidenced, in words as well as colour: by how many kinds of source.</summary>
public enum CoverageStrength
{
    /// <summary>No source yet: a gap.</summary>
    None,

    /// <summary>One kind of source.</summary>
    Thin,

    /// <summary>Two or three kinds: independent sources, as providers expect.</summary>
    Good,
}

/// <summary>
/// One row of the coverage map: a standard (or a point under it) and what evidences it, by source, with the ids to link:
/// accepted portfolio items, shared observations judging it met, shared professional discussions judging it met.
/// </summary>
public sealed record CoverageRow(
    string Code, string Heading, IReadOnlyList<Guid> PortfolioItems, IReadOnlyList<Guid> Observations, IReadOnlyList<Guid> Discussions, IReadOnlyList<CoverageRow> Points)
{
    public int SourceKinds => new[] { PortfolioItems.Count, Observations.Count, Discussions.Count }.Count(n => n > 0);

    public CoverageStrength Strength => SourceKinds switch { 0 => CoverageStrength.None, 1 => CoverageStrength.Thin, _ => CoverageStrength.Good };
}

/// <summary>A portfolio item as the coverage map reads it: only its standards codes and its status, not its files or reviews.</summary>
public sealed record CoveringItem(Guid Id, string Standards, EvidenceStatus Status)
{
    public IReadOnlyList<string> Codes => EvidenceItem.CodesIn(Standards);
}

/// <summary>An observation or professional discussion as the coverage map reads it: its judgements, not its whole content or amendments.</summary>
public sealed record CoveringRecord(Guid Id, RecordKind Kind, RecordStatus Status, IReadOnlyList<StandardJudgement> Judgements)
{
    public StandardJudgement? JudgementOf(string code) => Judgements.FirstOrDefault(j => j.Code == code);
}

/// <summary>
/// The standards coverage map for one candidate: a row for each of TS1 to TS8 and Part Two, each with rows for its
/// points. Only what the candidate can see counts (accepted items, shared records), so the map is the same for the
/// candidate, their assessor and their school lead. It reads items and records as <see cref="CoveringItem"/> and
/// <see cref="CoveringRecord"/>, so a page can load just those columns rather than every item's files and reviews.
/// </summary>
public static class StandardsCoverage
{
    public static IReadOnlyList<CoverageRow> Of(IEnumerable<CoveringItem> items, IEnumerable<CoveringRecord> records)
    {
        // Each item's codes worked out once, not once for every standard and point they are checked against.
        var catalogue = StandardsCatalogue.Current;
        var accepted = items.Where(i => i.Status == EvidenceStatus.Accepted).Select(i => (i.Id, i.Codes))
            .Select(i => (i.Id, Judged: i.Codes.Select(catalogue.JudgedStandardOf).ToHashSet(), i.Codes)).ToList();
        var shared = records.Where(r => r.Status == RecordStatus.Shared).ToList();
        return catalogue.Judged.Select(standard => new CoverageRow(
                standard.Code,
                standard.Heading,
                accepted.Where(i => i.Judged.Contains(standard.Code)).Select(i => i.Id).ToList(),
                MetIn(shared, RecordKind.Observation, standard.Code, null),
                MetIn(shared, RecordKind.ProfessionalDiscussion, standard.Code, null),
                catalogue.PointsUnder(standard.Code).Select(point => new CoverageRow(
                    point.Code,
                    point.Summary,
                    accepted.Where(i => i.Codes.Contains(point.Code)).Select(i => i.Id).ToList(),
                    MetIn(shared, RecordKind.Observation, standard.Code, point.Code),
                    MetIn(shared, RecordKind.ProfessionalDiscussion, standard.Code, point.Code),
                    [])).ToList()))
            .ToList();
    }

    /// <summary>
    /// The judged standards (TS1 to TS8, P2) with at least one source, in the catalogue's order, from the standards codes
    /// alone: each accepted item's <see cref="EvidenceItem.Standards"/> (a point counts for its standard) and the judgements
    /// in shared records. The same rule as a row of <see cref="Of"/> with some source, for pages that follow many
    /// candidates and read these columns rather than every item and record whole; pass only accepted items and shared records.
    /// </summary>
    public static IReadOnlyList<string> Evidenced(IEnumerable<string> acceptedItemStandards, IEnumerable<StandardJudgement> sharedRecordJudgements)
    {
        var catalogue = StandardsCatalogue.Current;
        var evidenced = acceptedItemStandards
            .SelectMany(EvidenceItem.CodesIn)
            .Distinct()
            .Select(catalogue.JudgedStandardOf)
            .Concat(sharedRecordJudgements.Where(j => j.Outcome == StandardOutcome.Met).Select(j => j.Code))
            .ToHashSet();
        return catalogue.Judged.Select(s => s.Code).Where(evidenced.Contains).ToList();
    }

    /// <summary>Shared records of a kind that judged the standard met (with the point ticked, for a point's row).</summary>
    private static List<Guid> MetIn(List<CoveringRecord> records, RecordKind kind, string standard, string? point) =>
        records.Where(r => r.Kind == kind && r.JudgementOf(standard) is { Outcome: StandardOutcome.Met } judged
                && (point is null || judged.PointList.Contains(point)))
            .Select(r => r.Id)
            .ToList();
}
