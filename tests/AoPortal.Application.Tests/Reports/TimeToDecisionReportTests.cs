using AoPortal.Application.Features.Reports;
using AoPortal.Application.Tests.Support;
using AoPortal.Domain.Recommendations;
using static AoPortal.Application.Tests.Reports.ReportRows;

namespace AoPortal.Application.Tests.Reports;

/// <summary>
/// Days from acceptance to a confirmed decision, over the fixture of <see cref="OutcomesReportTests"/>: A 10 January to
/// 1 March = 50 days, B 1 February to 1 May (UK) = 89, C 1 March to 31 July = 152, G 15 February to 15 June = 120.
/// </summary>
public sealed class TimeToDecisionReportTests : IDisposable
{
    private static readonly ReportRange MarchToJuly = new(new DateOnly(2026, 3, 1), new DateOnly(2026, 7, 31));
    private readonly SqliteTestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task The_median_of_an_even_number_of_decisions_is_the_mean_of_the_middle_two()
    {
        await OutcomesReportTests.SeedAsync(new ReportRows(_database));

        var report = await ReportAsync(MarchToJuly);

        // All: 50, 89, 120, 152 -> (89 + 120) / 2. Recommended: 50, 152 -> 101. Not recommended: 89, 120 -> 104.5.
        Assert.Equal(
        [
            (TimeToDecisionReport.AllDecisions, 4, (double?)104.5, (int?)50, (int?)152),
            (TimeToDecisionReport.Recommended, 2, 101, 50, 152),
            (TimeToDecisionReport.NotRecommended, 2, 104.5, 89, 120),
        ], report.Rows.Select(r => (r.Decisions, r.Count, r.MedianDays, r.ShortestDays, r.LongestDays)));
        Assert.Equal(0, report.WithoutAcceptance);
    }

    [Fact]
    public async Task A_decision_without_a_recorded_acceptance_is_counted_apart_and_an_odd_count_takes_the_middle()
    {
        var rows = new ReportRows(_database);
        foreach (var (accepted, confirmed) in new[] { (Utc(2026, 3, 1, 9), Utc(2026, 3, 11, 9)), (Utc(2026, 3, 1, 9), Utc(2026, 3, 31, 9)), (Utc(2026, 3, 1, 9), Utc(2026, 3, 4, 9)) })
        {
            var id = await rows.CandidateAsync("Sam Assessor");
            await rows.AcceptedAsync(id, accepted);
            await rows.DecisionAsync(id, RecommendationOutcome.Recommend, confirmed);
        }

        await rows.DecisionAsync(await rows.CandidateAsync("Sam Assessor"), RecommendationOutcome.Recommend, Utc(2026, 3, 20, 9));

        var report = await ReportAsync(MarchToJuly);

        Assert.Equal((3, (double?)10, 1), (report.All.Count, report.All.MedianDays, report.WithoutAcceptance));
    }

    [Fact]
    public async Task With_no_decisions_there_is_no_median()
    {
        var report = await ReportAsync(MarchToJuly);

        Assert.All(report.Rows, r => Assert.Equal((0, (double?)null), (r.Count, r.MedianDays)));
    }

    [Theory]
    [InlineData(new[] { 7 }, 7.0)]
    [InlineData(new[] { 9, 1, 5 }, 5.0)]
    [InlineData(new[] { 4, 1 }, 2.5)]
    [InlineData(new[] { 10, 2, 8, 4 }, 6.0)]
    public void Median_takes_the_middle_value_or_the_mean_of_the_middle_two(int[] values, double median) =>
        Assert.Equal(median, TimeToDecisionReport.Median(values));

    private async Task<TimeToDecisionReport.Result> ReportAsync(ReportRange range)
    {
        await using var db = ReportRows.Context(_database);
        return await new TimeToDecisionReport.Handler(db).Handle(range, CancellationToken.None);
    }
}
