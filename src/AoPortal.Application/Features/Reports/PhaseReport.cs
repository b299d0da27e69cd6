using AoPortal.Application.Abstractions;
using AoPortal.Domain.Candidates;

namespace AoPortal.Application.Features.Reports;

/// <summary>
/// Current candidates by phase (primary, middle, secondary) and the age range they are to be assessed for: every
/// candidate with an age range except those rejected or withdrawn. A count of today, so the date range does not apply.
/// </summary>
public static class PhaseReport
{
    public sealed record AgeRangeRow(AgeRange AgeRange, int Count);

    public sealed record PhaseRow(AssessmentPhase Phase, int Count, IReadOnlyList<AgeRangeRow> AgeRanges);

    public sealed record Result(IReadOnlyList<PhaseRow> Phases)
    {
        public int Total => Phases.Sum(p => p.Count);
    }

    /// <summary>Every phase has a row, in order, with its age ranges youngest first.</summary>
    public static Result Compute(IEnumerable<ReportQueries.AgeRangeCount> counts)
    {
        var list = counts.ToList();
        return new Result(Enum.GetValues<AssessmentPhase>()
            .Select(phase =>
            {
                var ranges = list.Where(c => c.AgeRange.Phase == phase)
                    .GroupBy(c => c.AgeRange)
                    .Select(g => new AgeRangeRow(g.Key, g.Sum(c => c.Count)))
                    .OrderBy(r => r.AgeRange.FromAge).ThenBy(r => r.AgeRange.ToAge)
                    .ToList();
                return new PhaseRow(phase, ranges.Sum(r => r.Count), ranges);
            })
            .ToList());
    }

    /// <summary>One grouped query.</summary>
    public sealed class Handler(IAppDbContext db)
    {
        public async Task<Result> Handle(CancellationToken cancellationToken) => Compute(await ReportQueries.AgeRangesAsync(db, cancellationToken));
    }
}
