using AoPortal.Application.Features.Reports;
using AoPortal.Application.Tests.Support;
using AoPortal.Domain.Recommendations;
using static AoPortal.Application.Tests.Reports.ReportRows;

namespace AoPortal.Application.Tests.Reports;

/// <summary>All the reports together take the same number of SQL commands whatever the number of candidates.</summary>
public sealed class ReportQueryCountTests : IDisposable
{
    private static readonly ReportRange MarchToJuly = new(new DateOnly(2026, 3, 1), new DateOnly(2026, 7, 31));
    private readonly SqliteTestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task The_reports_take_as_many_queries_for_twenty_candidates_as_for_two()
    {
        var rows = new ReportRows(_database);
        await AddAsync(rows, 2);
        var withTwo = await CountAsync();

        await AddAsync(rows, 18);
        var withTwenty = await CountAsync();

        Assert.Equal(4, withTwo.Commands);
        Assert.Equal(withTwo.Commands, withTwenty.Commands);
        // The figures did grow: the count is not fixed by reading nothing.
        Assert.Equal((2, 20), (withTwo.Report.Outcomes.Total.Total, withTwenty.Report.Outcomes.Total.Total));
        Assert.Equal((1, 10), (withTwo.Report.TimeToDecision.All.Count, withTwenty.Report.TimeToDecision.All.Count));
        Assert.Equal((4, 40), (withTwo.Report.Milestones.Total.Due, withTwenty.Report.Milestones.Total.Due));
    }

    /// <summary>Candidates each with a plan (two milestones due in March, one done on time), alternately decided or withdrawn.</summary>
    private static async Task AddAsync(ReportRows rows, int count)
    {
        for (var n = 0; n < count; n++)
        {
            var id = await rows.PlanAsync(new DateOnly(2026, 3, 2), (0, new DateOnly(2026, 3, 2)), (1, null));
            await rows.AcceptedAsync(id, Utc(2026, 2, 1, 9));
            if (n % 2 == 0) await rows.DecisionAsync(id, RecommendationOutcome.Recommend, Utc(2026, 6, 1 + n % 28, 9));
            else await rows.WithdrawnAsync(id, Utc(2026, 5, 1 + n % 28, 9));
        }
    }

    private async Task<(int Commands, ReportsOverview.Result Report)> CountAsync()
    {
        var counter = new CommandCounter();
        await using var db = ReportRows.Context(_database, counter);
        var clock = new FakeTimeProvider();
        var report = await new ReportsOverview.Handler(db, clock, TestCaches.Progress(clock)).Handle(MarchToJuly, CancellationToken.None);
        return (counter.Count, report);
    }
}
