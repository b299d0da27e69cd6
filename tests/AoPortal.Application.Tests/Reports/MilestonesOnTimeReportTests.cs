using AoPortal.Application.Features.Reports;
using AoPortal.Application.Tests.Support;
using static AoPortal.Application.Tests.Reports.ReportRows;

namespace AoPortal.Application.Tests.Reports;

/// <summary>
/// The on-time rate of milestones over March to July 2026, seen on 15 July 2026, against a hand-computed fixture:
/// <list type="bullet">
/// <item>Plan 1 starts Monday 23 February: due 23 February (done, before the range), 2 March (done that day: on time),
/// 9 March (done 10 March: late), 13 July (not done: overdue), 27 July (not done: not yet due).</item>
/// <item>Plan 2 starts 30 March: due 30 March (done 1 April: late), 27 April (done 20 April: on time), 1 June (not done,
/// but the candidate was withdrawn on 20 May: not counted).</item>
/// <item>Plan 3 starts 29 June: due 29 June (done that day: on time), 13 July (not done, paused by a deferral from 6 July: not counted).</item>
/// </list>
/// So March 1 of 3, April 1 of 1, May nothing, June 1 of 1, July 0 of 1; in all 3 of 6 (50%), with one not yet due.
/// </summary>
public sealed class MilestonesOnTimeReportTests : IDisposable
{
    private static readonly ReportRange MarchToJuly = new(new DateOnly(2026, 3, 1), new DateOnly(2026, 7, 31));
    private static readonly DateTimeOffset FifteenthOfJuly = new(2026, 7, 15, 9, 0, 0, TimeSpan.Zero);
    private readonly SqliteTestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    internal static async Task SeedAsync(ReportRows rows)
    {
        await rows.PlanAsync(new DateOnly(2026, 2, 23),
            (0, new DateOnly(2026, 2, 23)), (1, new DateOnly(2026, 3, 2)), (2, new DateOnly(2026, 3, 10)), (20, null), (22, null));
        var withdrawn = await rows.PlanAsync(new DateOnly(2026, 3, 30),
            (0, new DateOnly(2026, 4, 1)), (4, new DateOnly(2026, 4, 20)), (9, null));
        await rows.WithdrawnAsync(withdrawn, Utc(2026, 5, 20, 10));
        var deferred = await rows.PlanAsync(new DateOnly(2026, 6, 29), (0, new DateOnly(2026, 6, 29)), (2, null));
        await rows.DeferAsync(deferred, new DateOnly(2026, 7, 6));
    }

    [Fact]
    public async Task Milestones_due_in_the_range_are_on_time_late_or_not_done_by_month_due()
    {
        await SeedAsync(new ReportRows(_database));

        var report = await ReportAsync(MarchToJuly);

        Assert.Equal(
        [
            ("March 2026", 3, 1, 2, 0, (double?)33.3),
            ("April 2026", 1, 1, 0, 0, 100),
            ("May 2026", 0, 0, 0, 0, null),
            ("June 2026", 1, 1, 0, 0, 100),
            ("July 2026", 1, 0, 0, 1, 0),
        ], report.ByMonth.Select(r => (ReportCsv.MonthName(r.Month), r.Counts.Due, r.Counts.OnTime, r.Counts.Late, r.Counts.NotDone, r.Counts.OnTimePercent)));
        Assert.Equal((6, 3, 2, 1, (double?)50), (report.Total.Due, report.Total.OnTime, report.Total.Late, report.Total.NotDone, report.Total.OnTimePercent));
        Assert.Equal(1, report.NotYetDue);
    }

    [Fact]
    public async Task Milestones_due_outside_the_range_are_not_counted()
    {
        await SeedAsync(new ReportRows(_database));

        // 2 to 9 March: the on-time one on the first day and the late one on the last.
        var report = await ReportAsync(new ReportRange(new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 9)));

        Assert.Equal((2, 1, 1, 0), (report.Total.Due, report.Total.OnTime, report.Total.Late, report.Total.NotDone));
    }

    [Fact]
    public async Task A_milestone_due_today_and_not_done_is_not_yet_due()
    {
        await new ReportRows(_database).PlanAsync(new DateOnly(2026, 7, 1), (2, null));

        var report = await ReportAsync(MarchToJuly);

        Assert.Equal((0, 1), (report.Total.Due, report.NotYetDue));
        Assert.Null(report.Total.OnTimePercent);
    }

    private async Task<MilestonesOnTimeReport.Result> ReportAsync(ReportRange range)
    {
        await using var db = ReportRows.Context(_database);
        return await new MilestonesOnTimeReport.Handler(db, new FakeTimeProvider(FifteenthOfJuly)).Handle(range, CancellationToken.None);
    }
}
