using AoPortal.Domain.Assessments;
using AoPortal.Domain.Evidence;

namespace AoPortal.Domain.Tests.Evidence;

/// <summary>The coverage map of whole items and records, read as the pages read them: just the columns the map needs.</summary>
internal static class Coverage
{
    public static IReadOnlyList<CoverageRow> Of(IEnumerable<EvidenceItem> items, IEnumerable<AssessmentRecord> records) =>
        StandardsCoverage.Of(
            items.Select(i => new CoveringItem(i.Id, i.Standards, i.Status)),
            records.Select(r => new CoveringRecord(r.Id, r.Kind, r.Status, r.Content.Standards)));
}
