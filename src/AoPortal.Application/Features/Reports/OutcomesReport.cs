using AoPortal.Application.Abstractions;
using AoPortal.Domain.Recommendations;

namespace AoPortal.Application.Features.Reports;

/// <summary>
/// Outcomes by calendar month (UK time) and by assessor: confirmed recommendations for QTS and decisions not to recommend
/// (by the day the moderator confirmed them; withdrawn decisions are left out), and candidates withdrawn (by the day of
/// the withdrawal). The assessor is the candidate's allocated assessor, or whoever proposed the decision when none is.
/// </summary>
public static class OutcomesReport
{
    public const string NoAssessor = "No assessor allocated";

    public sealed record Counts(int Recommended, int NotRecommended, int Withdrawn)
    {
        public int Total => Recommended + NotRecommended + Withdrawn;
    }

    public sealed record MonthRow(DateOnly Month, Counts Counts);

    public sealed record AssessorRow(string Assessor, Counts Counts);

    public sealed record Result(ReportRange Range, IReadOnlyList<MonthRow> ByMonth, IReadOnlyList<AssessorRow> ByAssessor, Counts Total);

    /// <summary>Every month of the range has a row, with noughts where nothing happened; assessors appear when they have something.</summary>
    public static Result Compute(ReportRange range, IEnumerable<ReportQueries.Decision> decisions, IEnumerable<ReportQueries.Withdrawal> withdrawals)
    {
        var events = decisions
            .Select(d => (Day: ReportRange.UkDayOf(d.ConfirmedAt), Assessor: d.AssessorName, Kind: d.Outcome == RecommendationOutcome.Recommend ? 0 : 1))
            .Concat(withdrawals.Select(w => (Day: ReportRange.UkDayOf(w.WithdrawnAt), Assessor: w.AssessorName, Kind: 2)))
            .Where(e => range.Contains(e.Day))
            .ToList();

        static Counts CountOf(IEnumerable<(DateOnly Day, string? Assessor, int Kind)> group)
        {
            var list = group.ToList();
            return new Counts(list.Count(e => e.Kind == 0), list.Count(e => e.Kind == 1), list.Count(e => e.Kind == 2));
        }

        var byMonth = range.Months
            .Select(month => new MonthRow(month, CountOf(events.Where(e => ReportRange.MonthOf(e.Day) == month))))
            .ToList();
        var byAssessor = events
            .GroupBy(e => string.IsNullOrWhiteSpace(e.Assessor) ? NoAssessor : e.Assessor.Trim())
            .Select(g => new AssessorRow(g.Key, CountOf(g)))
            .OrderBy(r => r.Assessor == NoAssessor)
            .ThenBy(r => r.Assessor, StringComparer.OrdinalIgnoreCase)
            .ToList();
        return new Result(range, byMonth, byAssessor, CountOf(events));
    }

    /// <summary>Two queries: the decisions and the withdrawals in the range.</summary>
    public sealed class Handler(IAppDbContext db)
    {
        public async Task<Result> Handle(ReportRange range, CancellationToken cancellationToken)
        {
            var decisions = await ReportQueries.DecisionsAsync(db, range, cancellationToken);
            var withdrawals = await ReportQueries.WithdrawalsAsync(db, range, cancellationToken);
            return Compute(range, decisions, withdrawals);
        }
    }
}
