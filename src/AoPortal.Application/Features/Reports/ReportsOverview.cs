using AoPortal.Application.Abstractions;

namespace AoPortal.Application.Features.Reports;

/// <summary>
/// Every report for one date range, for the reports page: four queries in all (decisions, withdrawals, plans' milestones,
/// candidates by age range), whatever the number of candidates. Kept in <see cref="IProgressCache"/> for each range until
/// a candidate's progress changes: the milestones' on-time rate reads every plan.
/// </summary>
public static class ReportsOverview
{
    public sealed record Result(
        ReportRange Range, OutcomesReport.Result Outcomes, TimeToDecisionReport.Result TimeToDecision, MilestonesOnTimeReport.Result Milestones, PhaseReport.Result Phases);

    public sealed class Handler(IAppDbContext db, TimeProvider clock, IProgressCache cache)
    {
        public Task<Result> Handle(ReportRange range, CancellationToken cancellationToken) =>
            cache.GetOrAddAsync($"reports from {range.From:yyyy-MM-dd} to {range.To:yyyy-MM-dd}", ct => WorkOut(range, ct), cancellationToken);

        private async Task<Result> WorkOut(ReportRange range, CancellationToken cancellationToken)
        {
            var decisions = await ReportQueries.DecisionsAsync(db, range, cancellationToken);
            var withdrawals = await ReportQueries.WithdrawalsAsync(db, range, cancellationToken);
            var plans = await ReportQueries.MilestonesAsync(db, cancellationToken);
            var ageRanges = await ReportQueries.AgeRangesAsync(db, cancellationToken);
            return new Result(
                range,
                OutcomesReport.Compute(range, decisions, withdrawals),
                TimeToDecisionReport.Compute(range, decisions),
                MilestonesOnTimeReport.Compute(range, Common.UkDate.Today(clock), plans),
                PhaseReport.Compute(ageRanges));
        }
    }
}
