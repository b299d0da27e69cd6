using AoPortal.Application.Abstractions;
using AoPortal.Domain.Recommendations;

namespace AoPortal.Application.Features.Reports;

/// <summary>
/// How long candidates took from acceptance to a confirmed decision: for each decision confirmed in the range, the UK
/// calendar days from the "Application accepted" audit entry to the moderator's confirmation. The median of an even
/// number of decisions is the mean of the middle two (so it may end in .5). A decision whose acceptance was never
/// recorded is counted separately, not guessed.
/// </summary>
public static class TimeToDecisionReport
{
    public sealed record Row(string Decisions, int Count, double? MedianDays, int? ShortestDays, int? LongestDays);

    public sealed record Result(ReportRange Range, IReadOnlyList<Row> Rows, int WithoutAcceptance)
    {
        public Row All => Rows[0];
    }

    public const string AllDecisions = "All decisions";
    public const string Recommended = "Recommended for QTS";
    public const string NotRecommended = "Not recommended";

    public static Result Compute(ReportRange range, IEnumerable<ReportQueries.Decision> decisions)
    {
        var inRange = decisions.Where(d => range.Contains(ReportRange.UkDayOf(d.ConfirmedAt))).ToList();
        var measured = inRange
            .Where(d => d.AcceptedAt is not null)
            .Select(d => (d.Outcome, Days: ReportRange.UkDayOf(d.ConfirmedAt).DayNumber - ReportRange.UkDayOf(d.AcceptedAt!.Value).DayNumber))
            .ToList();

        static Row RowOf(string label, IEnumerable<int> days)
        {
            var list = days.ToList();
            return new Row(label, list.Count, Median(list), list.Count == 0 ? null : list.Min(), list.Count == 0 ? null : list.Max());
        }

        return new Result(range,
        [
            RowOf(AllDecisions, measured.Select(m => m.Days)),
            RowOf(Recommended, measured.Where(m => m.Outcome == RecommendationOutcome.Recommend).Select(m => m.Days)),
            RowOf(NotRecommended, measured.Where(m => m.Outcome == RecommendationOutcome.NotRecommend).Select(m => m.Days)),
        ], inRange.Count - measured.Count);
    }

    /// <summary>The middle value; with an even count, the mean of the middle two. Null when there are none.</summary>
    public static double? Median(IReadOnlyCollection<int> values)
    {
        if (values.Count == 0) return null;
        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
    }

    /// <summary>One query: the decisions in the range, each with its acceptance time.</summary>
    public sealed class Handler(IAppDbContext db)
    {
        public async Task<Result> Handle(ReportRange range, CancellationToken cancellationToken) =>
            Compute(range, await ReportQueries.DecisionsAsync(db, range, cancellationToken));
    }
}
