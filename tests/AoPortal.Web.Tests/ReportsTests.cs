using System.Globalization;
using System.Net;
using System.Text;
using AoPortal.Web.Tests.Support;

namespace AoPortal.Web.Tests;

/// <summary>
/// The admins' reports page and its CSV downloads. The shared portal holds the demo data and other tests' candidates, so
/// these tests look at the page's structure and at the change their own candidate makes (the collection runs one test
/// at a time); the exact figures are tested against a hand-computed fixture in the application tests.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class ReportsTests(PortalFactory factory)
{
    private const string ReportsUrl = "/reports";

    [Fact]
    public async Task An_admin_sees_each_report_as_a_table_and_an_accessible_chart_for_the_last_twelve_months()
    {
        var admin = await factory.SignedInAsync(DemoAccounts.Admin);

        var page = await admin.GetPageAsync(ReportsUrl);

        Assert.Equal("Reports", PageAssert.Heading(page));
        PageAssert.NoErrors(page);
        var today = AssessmentCandidates.Today(factory);
        var from = new DateOnly(today.Year, today.Month, 1).AddMonths(-11);
        Assert.Equal($"Showing {Day(from)} to {Day(today)}.", page.GetElementById("report-range")!.TextContent.Trim());
        Assert.Equal(from.Day.ToString(CultureInfo.InvariantCulture), page.GetElementById("form-from")!.GetAttribute("value"));
        foreach (var table in new[] { "outcomes-by-month", "time-to-decision-table", "milestones-table", "phases-table" })
            Assert.NotNull(page.QuerySelector($"table#{table}.govuk-table"));
        Assert.Equal(12, page.QuerySelectorAll("#outcomes-by-month tbody tr").Length);

        var charts = page.QuerySelectorAll("main svg");
        Assert.True(charts.Length >= 4, $"Expected a chart per report, found {charts.Length}");
        foreach (var chart in charts)
        {
            Assert.Equal("img", chart.GetAttribute("role"));
            var labelledBy = chart.GetAttribute("aria-labelledby")!.Split(' ');
            Assert.Equal("title", page.GetElementById(labelledBy[0])!.LocalName);
            Assert.Equal("desc", page.GetElementById(labelledBy[1])!.LocalName);
            Assert.Null(chart.QuerySelector("[style]"));
        }

        // The chart says in text what the table says: the phases' totals.
        var phaseDescription = page.GetElementById("phase-and-age-range-chart-desc")!.TextContent;
        foreach (var subtotal in page.QuerySelectorAll("#phases-table tbody tr.app-report__subtotal"))
        {
            var cells = subtotal.Children.Select(c => c.TextContent.Trim()).ToList();
            Assert.Contains($"{cells[0]}: {cells[2]}", phaseDescription);
        }
    }

    [Fact]
    public async Task A_confirmed_recommendation_adds_one_to_this_month_and_to_its_assessor_on_the_page_and_in_the_CSV()
    {
        var admin = await factory.SignedInAsync(DemoAccounts.Admin);
        var byMonthBefore = await CsvRowsAsync(admin, "outcomes-by-month");
        var byAssessorBefore = await CsvRowsAsync(admin, "outcomes-by-assessor");

        await RecommendationCandidates.ConfirmedAsync(factory);

        var byMonthAfter = await CsvRowsAsync(admin, "outcomes-by-month");
        var byAssessorAfter = await CsvRowsAsync(admin, "outcomes-by-assessor");
        var thisMonth = MonthName(AssessmentCandidates.Today(factory));
        Assert.Equal(Recommended(byMonthBefore, thisMonth) + 1, Recommended(byMonthAfter, thisMonth));
        Assert.Equal(Recommended(byAssessorBefore, "Sam Assessor") + 1, Recommended(byAssessorAfter, "Sam Assessor"));

        var page = await admin.GetPageAsync(ReportsUrl);
        var row = page.QuerySelectorAll("#outcomes-by-month tbody tr").Single(r => r.Children[0].TextContent.Trim() == thisMonth);
        Assert.Equal(Recommended(byMonthAfter, thisMonth).ToString(CultureInfo.InvariantCulture), row.Children[1].TextContent.Trim());
        Assert.Contains($"{thisMonth}: {Recommended(byMonthAfter, thisMonth)} recommended for QTS", page.GetElementById("outcomes-by-month-chart-desc")!.TextContent);
        Assert.Contains("the median time from the application being accepted to the decision being confirmed was", page.GetElementById("time-to-decision-summary")!.TextContent);
    }

    [Theory]
    [InlineData("outcomes-by-month", "Month,Recommended for QTS,Not recommended,Withdrawn")]
    [InlineData("outcomes-by-assessor", "Assessor,Recommended for QTS,Not recommended,Withdrawn")]
    [InlineData("time-to-decision", "Decisions,Number of decisions,Median days from acceptance to decision,Shortest (days),Longest (days)")]
    [InlineData("milestones-on-time", "Month due,Milestones due,Done on time,Done late,Not done,On-time rate (%)")]
    [InlineData("phase-and-age-range", "Phase,Age range,Candidates")]
    public async Task Each_report_downloads_as_CSV_with_a_plain_English_header(string name, string header)
    {
        var admin = await factory.SignedInAsync(DemoAccounts.Admin);

        using var response = await admin.GetAsync($"/reports/{name}.csv?Form.From.Day=1&Form.From.Month=1&Form.From.Year=2020&Form.To.Day=31&Form.To.Month=12&Form.To.Year=2030");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal($"{name}-2020-01-01-to-2030-12-31.csv", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.NotEqual(0xEF, bytes[0]);
        var lines = Encoding.UTF8.GetString(bytes).Split("\r\n");
        Assert.Equal(header, lines[0]);
        Assert.Equal("", lines[^1]);
        Assert.True(lines.Length >= 3, "Expected at least one row after the header");
        var columns = header.Split(',').Length;
        Assert.All(lines[1..^1], line => Assert.Equal(columns, line.Split(',').Length));
        if (name == "outcomes-by-month")
        {
            Assert.Equal(132, lines.Length - 2);
            Assert.StartsWith("January 2020,", lines[1]);
        }
        if (name == "time-to-decision") Assert.StartsWith("All decisions,", lines[1]);
    }

    [Fact]
    public async Task The_page_links_each_CSV_with_the_dates_shown()
    {
        var admin = await factory.SignedInAsync(DemoAccounts.Admin);

        var page = await admin.GetPageAsync($"{ReportsUrl}?Form.From.Day=1&Form.From.Month=3&Form.From.Year=2026&Form.To.Day=31&Form.To.Month=7&Form.To.Year=2026");

        Assert.Equal("Showing 1 March 2026 to 31 July 2026.", page.GetElementById("report-range")!.TextContent.Trim());
        Assert.Equal(["March 2026", "April 2026", "May 2026", "June 2026", "July 2026"],
            page.QuerySelectorAll("#outcomes-by-month tbody th").Select(th => th.TextContent.Trim()));
        var links = page.QuerySelectorAll("a[href^='/reports/']").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(5, links.Count);
        Assert.All(links, href => Assert.EndsWith(".csv?Form.From.Day=1&Form.From.Month=3&Form.From.Year=2026&Form.To.Day=31&Form.To.Month=7&Form.To.Year=2026", href));
    }

    [Fact]
    public async Task Dates_that_are_not_real_or_out_of_order_show_a_GOV_UK_error()
    {
        var admin = await factory.SignedInAsync(DemoAccounts.Admin);

        var notReal = await admin.GetPageAsync($"{ReportsUrl}?Form.From.Day=31&Form.From.Month=2&Form.From.Year=2026&Form.To.Day=1&Form.To.Month=3&Form.To.Year=2026");
        var backwards = await admin.GetPageAsync($"{ReportsUrl}?Form.From.Day=2&Form.From.Month=3&Form.From.Year=2026&Form.To.Day=1&Form.To.Month=3&Form.To.Year=2026");

        PageAssert.ErrorSummaryLists(notReal, "The start date must be a real date", "form-from");
        PageAssert.FieldHasError(notReal, "form-from", "The start date must be a real date");
        Assert.StartsWith("Error:", notReal.Title);
        Assert.Null(notReal.QuerySelector("main svg"));
        Assert.Equal("31", notReal.GetElementById("form-from")!.GetAttribute("value"));
        PageAssert.ErrorSummaryLists(backwards, "The end date must be the same as or after the start date", "form-to");
    }

    [Fact]
    public async Task A_CSV_asked_for_with_a_bad_filter_goes_back_to_the_page_and_an_unknown_report_is_not_found()
    {
        var admin = await factory.SignedInAsync(DemoAccounts.Admin);
        const string query = "?Form.From.Day=31&Form.From.Month=2&Form.From.Year=2026&Form.To.Day=1&Form.To.Month=3&Form.To.Year=2026";

        using var bad = await admin.GetAsync($"/reports/outcomes-by-month.csv{query}");
        using var unknown = await admin.GetAsync("/reports/salaries.csv");

        Assert.Equal($"{ReportsUrl}{query}", bad.RedirectTarget());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Theory]
    [InlineData(DemoAccounts.Assessor)]
    [InlineData(DemoAccounts.Moderator)]
    [InlineData(DemoAccounts.SchoolLead)]
    [InlineData(DemoAccounts.Candidate)]
    public async Task Only_admins_may_see_the_reports(string email)
    {
        var client = await factory.SignedInAsync(email);

        using var page = await client.GetAsync(ReportsUrl);
        using var csv = await client.GetAsync("/reports/outcomes-by-month.csv");

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, csv.StatusCode);
    }

    private static async Task<IReadOnlyList<string[]>> CsvRowsAsync(PortalClient client, string name)
    {
        var text = await client.Http.GetStringAsync($"/reports/{name}.csv");
        return text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')).ToList();
    }

    private static int Recommended(IReadOnlyList<string[]> rows, string first) =>
        rows.FirstOrDefault(r => r[0] == first) is { } row ? int.Parse(row[1], CultureInfo.InvariantCulture) : 0;

    private static string Day(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    private static string MonthName(DateOnly date) => date.ToString("MMMM yyyy", CultureInfo.InvariantCulture);
}
