using AoPortal.Application.Abstractions;

namespace AoPortal.Application.Features.Reports;

/// <summary>
/// The on-time rate of milestones, by the calendar month they fell due: of the milestones due in the range, the share
/// done on or before the due date. Done late, and not done once the due date has passed, are not on time. Left out:
/// milestones not yet due (due today or later and not done), those paused by a deferral still running, and those of a
/// withdrawn candidate that fell due on or after the withdrawal and were never done.
/// </summary>
public static class MilestonesOnTimeReport
{
    public sealed record Counts(int OnTime, int Late, int NotDone)
    {
        public int Due => OnTime + Late + NotDone;

        /// <summary>The share on time, as a percentage; null when nothing fell due.</summary>
        public double? OnTimePercent => Due == 0 ? null : Math.Round(100.0 * OnTime / Due, 1);
    }

    public sealed record MonthRow(DateOnly Month, Counts Counts);

    public sealed record Result(ReportRange Range, IReadOnlyList<MonthRow> ByMonth, Counts Total, int NotYetDue);

    private enum Standing { OnTime, Late, NotDone, NotCounted, NotYetDue }

    public static Result Compute(ReportRange range, DateOnly today, IEnumerable<ReportQueries.PlanMilestones> plans)
    {
        var counted = plans
            .SelectMany(p => p.Milestones.Where(m => range.Contains(m.DueDate)).Select(m => (m.DueDate, Standing: StandingOf(m, p, today))))
            .ToList();

        static Counts CountOf(IEnumerable<(DateOnly DueDate, Standing Standing)> items)
        {
            var list = items.ToList();
            return new Counts(list.Count(i => i.Standing == Standing.OnTime), list.Count(i => i.Standing == Standing.Late),
                list.Count(i => i.Standing == Standing.NotDone));
        }

        var byMonth = range.Months.Select(month => new MonthRow(month, CountOf(counted.Where(c => ReportRange.MonthOf(c.DueDate) == month)))).ToList();
        return new Result(range, byMonth, CountOf(counted), counted.Count(c => c.Standing == Standing.NotYetDue));
    }

    private static Standing StandingOf(ReportQueries.MilestoneDates milestone, ReportQueries.PlanMilestones plan, DateOnly today)
    {
        if (milestone.CompletedOn is { } done) return done <= milestone.DueDate ? Standing.OnTime : Standing.Late;
        if (milestone.DueDate >= today) return Standing.NotYetDue;
        if (plan.PausedOn is { } paused && milestone.DueDate >= paused) return Standing.NotCounted;
        if (plan.WithdrawnAt is { } withdrawn && milestone.DueDate >= ReportRange.UkDayOf(withdrawn)) return Standing.NotCounted;
        return Standing.NotDone;
    }

    /// <summary>One query: every plan's milestone dates.</summary>
    public sealed class Handler(IAppDbContext db, TimeProvider clock)
    {
        public async Task<Result> Handle(ReportRange range, CancellationToken cancellationToken) =>
            Compute(range, Common.UkDate.Today(clock), await ReportQueries.MilestonesAsync(db, cancellationToken));
    }
}
