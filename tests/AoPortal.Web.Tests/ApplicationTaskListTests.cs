using System.Net;
using AoPortal.Web.Tests.Support;

namespace AoPortal.Web.Tests;

[Collection(PortalCollection.Name)]
public sealed class ApplicationTaskListTests(PortalFactory factory)
{
    private static readonly string[] SectionNames =
        ["Personal details", "Degree and GCSEs", "Teaching experience", "Age range and subjects", "Declarations", "Your school"];

    private static readonly string[] SectionLinks =
    [
        "/application/personal-details", "/application/qualifications", "/application/experience",
        "/application/age-range", "/application/declarations", "/application/school",
    ];

    [Fact]
    public async Task A_new_candidate_sees_six_sections_not_started()
    {
        var applicant = await ApplicationApplicants.CreateSignedInAsync(factory);

        var page = await applicant.Client.GetPageAsync("/application");

        Assert.Equal("Your application", PageAssert.Heading(page));
        Assert.StartsWith("Your application – ", page.Title);
        Assert.Equal("You have completed 0 of 6 sections.", page.GetElementById("progress")?.TextContent.Trim());
        var items = page.QuerySelectorAll("ul.govuk-task-list > li.govuk-task-list__item.govuk-task-list__item--with-link");
        Assert.Equal(SectionNames, items.Select(i => i.QuerySelector("a.govuk-task-list__link")?.TextContent.Trim()));
        Assert.Equal(SectionLinks, items.Select(i => i.QuerySelector("a.govuk-task-list__link")?.GetAttribute("href")));
        Assert.All(items, item =>
        {
            var status = item.QuerySelector(".govuk-task-list__status");
            Assert.Equal("Not started", status?.QuerySelector("strong.govuk-tag.govuk-tag--blue")?.TextContent.Trim());
            Assert.Contains(status!.Id!, item.QuerySelector("a.govuk-task-list__link")!.GetAttribute("aria-describedby")!);
        });
        Assert.Null(page.QuerySelector("main a[href='/application/check']"));
    }

    [Fact]
    public async Task The_home_page_sends_a_new_candidate_to_their_application()
    {
        var applicant = await ApplicationApplicants.CreateSignedInAsync(factory);

        var home = await applicant.Client.GetPageAsync("/");

        Assert.Equal("Your Assessment Only route to QTS", PageAssert.Heading(home));
        Assert.Equal("0 of 6 sections completed", home.GetElementById("application-progress")?.TextContent.Trim());
        var start = home.QuerySelector("main a.govuk-button.govuk-button--start[href='/application']");
        Assert.NotNull(start);
        Assert.Equal("Start your application", start.TextContent.Trim());
    }

    [Fact]
    public async Task Each_section_shows_whether_it_is_completed_or_in_progress()
    {
        var applicant = await ApplicationApplicants.CreateSignedInAsync(factory);
        var client = applicant.Client;

        await ApplicationApplicants.SaveAsync(client, "/application/personal-details", ApplicationApplicants.GoodPersonalDetails());
        await ApplicationApplicants.SaveAsync(client, "/application/degree", Fields.Of(
            ("Form.Subject", "BSc Biology"), ("Form.Institution", "University of York"), ("Form.AwardYear", "2011")), "/application/qualifications");
        await ApplicationApplicants.SaveAsync(client, "/application/experience/new", ApplicationApplicants.Post("Hillside Primary School"), "/application/experience");

        var page = await client.GetPageAsync("/application");

        Assert.Equal("You have completed 1 of 6 sections.", page.GetElementById("progress")?.TextContent.Trim());
        var statuses = page.QuerySelectorAll(".govuk-task-list__status").ToList();
        Assert.Equal("Completed", statuses[0].TextContent.Trim());
        Assert.Null(statuses[0].QuerySelector(".govuk-tag"));
        Assert.Equal("In progress", statuses[1].QuerySelector("strong.govuk-tag.govuk-tag--light-blue")?.TextContent.Trim());
        Assert.Equal("In progress", statuses[2].QuerySelector("strong.govuk-tag.govuk-tag--light-blue")?.TextContent.Trim());
        Assert.All(statuses.Skip(3), s => Assert.Equal("Not started", s.QuerySelector("strong.govuk-tag.govuk-tag--blue")?.TextContent.Trim()));

        var home = await client.GetPageAsync("/");
        Assert.Equal("1 of 6 sections completed", home.GetElementById("application-progress")?.TextContent.Trim());
        Assert.Equal("Continue your application", home.QuerySelector("main a.govuk-button--start")?.TextContent.Trim());
    }

    [Fact]
    public async Task The_qualifications_page_lists_the_degree_and_the_gcses_the_age_range_needs()
    {
        var primary = await ApplicationApplicants.CreateSignedInAsync(factory, "5-11");
        var secondary = await ApplicationApplicants.CreateSignedInAsync(factory, "11-16");
        await ApplicationApplicants.SaveAsync(primary.Client, "/application/gcse/maths", Fields.Of(
            ("Form.IsGcse", "False"), ("Form.Qualification", "O level"), ("Form.Grade", "B"), ("Form.Year", "1984")), "/application/qualifications");

        var primaryPage = await primary.Client.GetPageAsync("/application/qualifications");
        var secondaryPage = await secondary.Client.GetPageAsync("/application/qualifications");

        Assert.Equal("Degree and GCSEs", PageAssert.Heading(primaryPage));
        Assert.Equal(["English", "Maths", "Science"], primaryPage.QuerySelectorAll("#gcses .govuk-summary-list__key").Select(k => k.TextContent.Trim()));
        Assert.Equal(["English", "Maths"], secondaryPage.QuerySelectorAll("#gcses .govuk-summary-list__key").Select(k => k.TextContent.Trim()));
        var maths = primaryPage.QuerySelectorAll("#gcses .govuk-summary-list__row")[1];
        Assert.Equal("O level, grade B, 1984", maths.QuerySelector(".govuk-summary-list__value")?.TextContent.Trim());
        Assert.Equal("Change maths qualification", maths.QuerySelector("a[href='/application/gcse/maths']")?.TextContent.Trim());
        Assert.Equal("Add degree", primaryPage.QuerySelector("#degree a[href='/application/degree']")?.TextContent.Trim());
        Assert.Equal("Add English qualification", primaryPage.QuerySelector("#gcses a[href='/application/gcse/english']")?.TextContent.Trim());
    }

    [Fact]
    public async Task A_gcse_page_for_a_subject_that_is_not_offered_is_not_found()
    {
        var applicant = await ApplicationApplicants.CreateSignedInAsync(factory);

        await applicant.Client.GetPageAsync("/application/gcse/history", HttpStatusCode.NotFound);
        await applicant.Client.GetPageAsync("/application/gcse/1", HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData(DemoAccounts.Admin, "/application")]
    [InlineData(DemoAccounts.Assessor, "/application")]
    [InlineData(DemoAccounts.Moderator, "/application")]
    [InlineData(DemoAccounts.SchoolLead, "/application")]
    [InlineData(DemoAccounts.Admin, "/application/personal-details")]
    [InlineData(DemoAccounts.SchoolLead, "/application/check")]
    public async Task Only_candidates_have_an_application(string email, string path)
    {
        var client = factory.CreatePortalClient();
        await client.SignInAsync(email);

        var page = await client.GetPageAsync(path, HttpStatusCode.Forbidden);

        Assert.Equal("You do not have permission to see this page", PageAssert.Heading(page));
    }

    [Fact]
    public async Task Someone_not_signed_in_is_sent_to_sign_in()
    {
        using var response = await factory.CreatePortalClient().GetAsync("/application");

        Assert.Equal("/sign-in?returnUrl=%2Fapplication", response.RedirectTarget());
    }
}
