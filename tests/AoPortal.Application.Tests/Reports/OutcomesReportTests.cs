using AoPortal.Application.Features.Reports;
using AoPortal.Application.Tests.Support;
using AoPortal.Domain.Recommendations;
using static AoPortal.Application.Tests.Reports.ReportRows;

namespace AoPortal.Application.Tests.Reports;

/// <summary>
/// Outcomes by month and by assessor against a hand-computed fixture over March to July 2026. The UK is on GMT until
/// 01:00 GMT on 29 March 2026 and on BST (UTC+1) after it, so times near midnight UTC land on the UK day shown beside them.
/// </summary>
public sealed class OutcomesReportTests : IDisposable
{
    private static readonly ReportRange MarchToJuly = new(new DateOnly(2026, 3, 1), new DateOnly(2026, 7, 31));
    private readonly SqliteTestDatabase _database = new();
    private readonly ReportRows _rows;

    public OutcomesReportTests() => _rows = new ReportRows(_database);

    public void Dispose() => _database.Dispose();

    /// <summary>
    /// Recommended: A (Sam, 1 March 00:00 GMT, the first instant of the range), C (Alex, 31 July 23:59:59 BST, the last).
    /// Not recommended: B (Sam, 30 April 23:30 UTC = 1 May 00:30 BST), G (no assessor, proposed by Pat, 15 June).
    /// Withdrawn: H (Alex, 29 March 00:30 GMT), I (no assessor, 31 May 23:30 UTC = 1 June 00:30 BST).
    /// Left out: D (31 July 23:00 UTC = 1 August 00:00 BST), E (28 February 23:59:59 GMT), F (a withdrawn decision),
    /// J (withdrawn 1 August 00:00 UTC = 01:00 BST).
    /// </summary>
    internal static async Task SeedAsync(ReportRows rows)
    {
        var a = await rows.CandidateAsync("Sam Assessor");
        await rows.AcceptedAsync(a, Utc(2026, 1, 10, 10));
        await rows.DecisionAsync(a, RecommendationOutcome.Recommend, Utc(2026, 3, 1));

        var b = await rows.CandidateAsync("Sam Assessor");
        await rows.AcceptedAsync(b, Utc(2026, 2, 1, 9));
        await rows.DecisionAsync(b, RecommendationOutcome.NotRecommend, Utc(2026, 4, 30, 23, 30));

        var c = await rows.CandidateAsync("Alex Jones");
        await rows.AcceptedAsync(c, Utc(2026, 3, 1, 12));
        await rows.DecisionAsync(c, RecommendationOutcome.Recommend, Utc(2026, 7, 31, 22, 59, 59));

        var d = await rows.CandidateAsync("Alex Jones");
        await rows.AcceptedAsync(d, Utc(2026, 3, 2, 12));
        await rows.DecisionAsync(d, RecommendationOutcome.Recommend, Utc(2026, 7, 31, 23));

        var e = await rows.CandidateAsync("Sam Assessor");
        await rows.AcceptedAsync(e, Utc(2025, 12, 1, 12));
        await rows.DecisionAsync(e, RecommendationOutcome.Recommend, Utc(2026, 2, 28, 23, 59, 59));

        var f = await rows.CandidateAsync("Sam Assessor");
        await rows.AcceptedAsync(f, Utc(2026, 1, 5, 12));
        await rows.DecisionAsync(f, RecommendationOutcome.Recommend, Utc(2026, 4, 10, 12), RecommendationStatus.Withdrawn);

        var g = await rows.CandidateAsync(assessorName: null);
        await rows.AcceptedAsync(g, Utc(2026, 2, 15, 10));
        await rows.DecisionAsync(g, RecommendationOutcome.NotRecommend, Utc(2026, 6, 15, 10), proposedBy: "Pat Proposer");

        await rows.WithdrawnAsync(await rows.CandidateAsync("Alex Jones"), Utc(2026, 3, 29, 0, 30));
        await rows.WithdrawnAsync(await rows.CandidateAsync(assessorName: null), Utc(2026, 5, 31, 23, 30));
        await rows.WithdrawnAsync(await rows.CandidateAsync("Sam Assessor"), Utc(2026, 8, 1));
    }

    [Fact]
    public async Task Outcomes_are_counted_by_the_UK_month_of_the_decision_or_withdrawal()
    {
        await SeedAsync(_rows);

        var report = await ReportAsync(MarchToJuly);

        Assert.Equal(
        [
            ("March 2026", 1, 0, 1),
            ("April 2026", 0, 0, 0),
            ("May 2026", 0, 1, 0),
            ("June 2026", 0, 1, 1),
            ("July 2026", 1, 0, 0),
        ], report.ByMonth.Select(r => (ReportCsv.MonthName(r.Month), r.Counts.Recommended, r.Counts.NotRecommended, r.Counts.Withdrawn)));
        Assert.Equal((2, 2, 2), (report.Total.Recommended, report.Total.NotRecommended, report.Total.Withdrawn));
    }

    [Fact]
    public async Task Outcomes_are_counted_by_assessor_with_those_without_one_last()
    {
        await SeedAsync(_rows);

        var report = await ReportAsync(MarchToJuly);

        Assert.Equal(
        [
            ("Alex Jones", 1, 0, 1),
            ("Pat Proposer", 0, 1, 0),
            ("Sam Assessor", 1, 1, 0),
            (OutcomesReport.NoAssessor, 0, 0, 1),
        ], report.ByAssessor.Select(r => (r.Assessor, r.Counts.Recommended, r.Counts.NotRecommended, r.Counts.Withdrawn)));
    }

    [Fact]
    public async Task The_edges_of_the_range_are_UK_midnights()
    {
        await SeedAsync(_rows);

        // One day each side: 28 February takes E, 1 August takes D and J; neither takes A, C or the others.
        var february = await ReportAsync(new ReportRange(new DateOnly(2026, 2, 28), new DateOnly(2026, 2, 28)));
        var august = await ReportAsync(new ReportRange(new DateOnly(2026, 8, 1), new DateOnly(2026, 8, 1)));
        var firstOfMarch = await ReportAsync(new ReportRange(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 1)));

        Assert.Equal((1, 0, 0), (february.Total.Recommended, february.Total.NotRecommended, february.Total.Withdrawn));
        Assert.Equal((1, 0, 1), (august.Total.Recommended, august.Total.NotRecommended, august.Total.Withdrawn));
        Assert.Equal((1, 0, 0), (firstOfMarch.Total.Recommended, firstOfMarch.Total.NotRecommended, firstOfMarch.Total.Withdrawn));
        Assert.Equal(["February 2026"], february.ByMonth.Select(r => ReportCsv.MonthName(r.Month)));
    }

    [Fact]
    public async Task A_period_with_nothing_has_a_row_of_noughts_for_each_month_and_no_assessors()
    {
        var report = await ReportAsync(new ReportRange(new DateOnly(2025, 11, 15), new DateOnly(2026, 1, 2)));

        Assert.Equal(["November 2025", "December 2025", "January 2026"], report.ByMonth.Select(r => ReportCsv.MonthName(r.Month)));
        Assert.All(report.ByMonth, r => Assert.Equal(0, r.Counts.Total));
        Assert.Empty(report.ByAssessor);
    }

    private async Task<OutcomesReport.Result> ReportAsync(ReportRange range)
    {
        await using var db = ReportRows.Context(_database);
        return await new OutcomesReport.Handler(db).Handle(range, CancellationToken.None);
    }
}
