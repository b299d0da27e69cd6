using AoPortal.Application.Abstractions;

namespace AoPortal.Application.Features.Reports;

/// <summary>
/// Every report for one date range, for the reports page: four queries in all (decisions, withdrawals, plans' milestones,
/// candidates by age range), whatever the number of candidates.
/// </summary>
public static class ReportsOverview
{
    public sealed record Result(
        ReportRange Range, OutcomesReport.Result Outcomes, TimeToDecisionReport.Result TimeToDecision, MilestonesOnTimeReport.Result Milestones, PhaseReport.Result Phases);

    public sealed class Handler(IAppDbContext db, TimeProvider clock)
    {
        public async Task<Result> Handle(ReportRange range, CancellationToken cancellationToken)
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
