using System.Net;
using AngleSharp.Dom;
using AoPortal.Domain.Assessments;
using AoPortal.Domain.Candidates;
using AoPortal.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Web.Tests;

/// <summary>
/// The assessment plan template page and publishing a new version. A test that publishes changes the plan of every
/// assessment started afterwards, so it runs on a portal of its own; the shared portal keeps version 1, which the
/// assessment plan tests start from.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class PlanTemplateTests(PortalFactory factory)
{
    private const string TemplateUrl = "/plan-template";
    private const string PublishUrl = "/plan-template/new";
    private const string PublishForm = "form[action='/plan-template/new']";
    private const string Reason = "Six-week assessments for experienced teachers";

    /// <summary>Version 1 has ten milestones; the form adds three empty rows.</summary>
    private const int FormRows = 13;

    [Fact]
    public async Task An_admin_sees_the_template_in_force_its_milestones_by_week_and_its_history()
    {
        var admin = await SignedInAsync(factory, DemoAccounts.Admin);

        var page = await admin.GetPageAsync(TemplateUrl);

        Assert.Equal("Assessment plan template", PageAssert.Heading(page));
        Assert.Contains("Version 1, in force", PageAssert.MainText(page));
        var current = SummaryRows(page);
        Assert.Equal("12 weeks", current["Length"]);
        Assert.Equal("Up to 4 weeks past the planned end, in total", current["Longest extension"]);
        Assert.Equal("Up to 90 days paused, in total", current["Longest deferral"]);
        Assert.StartsWith("Set up with the portal on", current["Published"]);
        Assert.StartsWith("The starting plan", current["Reason for the change"]);
        var milestones = Milestones(page);
        Assert.Equal(10, milestones.Count);
        Assert.Equal(["At the start", "Initial meeting", "Initial meeting"], milestones[0]);
        Assert.Equal(["3 weeks after the start", "First assessor visit", "Assessor visit"], milestones[2]);
        Assert.Equal(["12 weeks after the start", "Moderation", "Moderation"], milestones[9]);
        var version1 = Assert.Single(History(page));
        Assert.Contains("1 (in force)", version1);
        Assert.Contains("10 milestones", version1);
        Assert.Equal(PublishUrl, page.QuerySelector("main a.govuk-button")?.GetAttribute("href"));
    }

    [Fact]
    public async Task An_admin_finds_the_template_from_their_home_page_but_not_in_the_navigation()
    {
        var admin = await SignedInAsync(factory, DemoAccounts.Admin);

        var home = await admin.GetPageAsync("/");

        var links = home.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains(TemplateUrl, links);
        Assert.Equal(links.IndexOf("/eligibility-policy") + 1, links.IndexOf(TemplateUrl));
        Assert.Equal("Manage the assessment plan template", home.QuerySelector($"main a[href='{TemplateUrl}']")?.TextContent.Trim());
        Assert.Null(home.QuerySelector($".govuk-service-navigation a[href='{TemplateUrl}']"));
    }

    [Theory]
    [InlineData(DemoAccounts.Assessor)]
    [InlineData(DemoAccounts.Moderator)]
    [InlineData(DemoAccounts.Candidate)]
    [InlineData(DemoAccounts.SchoolLead)]
    public async Task Only_admins_may_see_or_publish_the_template(string email)
    {
        var client = await SignedInAsync(factory, email);

        foreach (var path in new[] { TemplateUrl, PublishUrl })
        {
            var page = await client.GetPageAsync(path, HttpStatusCode.Forbidden);
            Assert.Equal("You do not have permission to see this page", PageAssert.Heading(page));
        }

        Assert.Null((await client.GetPageAsync("/")).QuerySelector($"a[href='{TemplateUrl}']"));
    }

    [Fact]
    public async Task A_non_admin_cannot_publish_by_posting_the_form()
    {
        var assessor = await SignedInAsync(factory, DemoAccounts.Assessor);
        var before = await VersionsAsync(factory);

        // The assessor's own antiforgery token, from a form they may use, so only the role stands in the way.
        var token = (await assessor.GetPageAsync("/standards")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var response = await assessor.PostRawAsync(PublishUrl, Fields.Of(
            ("__RequestVerificationToken", token), ("Form.CurrentVersion", "1"), ("Form.LengthWeeks", "6"), ("Form.MaxExtensionWeeks", "2"),
            ("Form.MaxDeferralDays", "30"), ("Form.Milestones[0].Kind", "Other"), ("Form.Milestones[0].Title", "Mine"), ("Form.Milestones[0].Week", "0"),
            ("Form.Reason", "Not mine to change")));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, await VersionsAsync(factory));
    }

    [Fact]
    public async Task Publishing_needs_the_antiforgery_token()
    {
        var admin = await SignedInAsync(factory, DemoAccounts.Admin);
        var before = await VersionsAsync(factory);

        using var response = await admin.PostRawAsync(PublishUrl, Fields.Of(
            ("Form.CurrentVersion", "1"), ("Form.LengthWeeks", "6"), ("Form.MaxExtensionWeeks", "2"), ("Form.MaxDeferralDays", "30"),
            ("Form.Milestones[0].Kind", "Other"), ("Form.Milestones[0].Title", "Forged"), ("Form.Milestones[0].Week", "0"), ("Form.Reason", "Forged")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await VersionsAsync(factory));
    }

    [Fact]
    public async Task The_publish_form_starts_with_the_template_in_force_and_three_empty_rows()
    {
        var admin = await SignedInAsync(factory, DemoAccounts.Admin);

        var page = await admin.GetPageAsync(PublishUrl);

        Assert.Equal("Publish a new assessment plan template", PageAssert.Heading(page));
        Assert.Contains("Assessments already running keep the plan they started with.", page.QuerySelector(".govuk-warning-text")?.TextContent);
        Assert.NotNull(page.QuerySelector($"{PublishForm} input[name='__RequestVerificationToken']"));
        Assert.Equal("1", page.QuerySelector("input[name='Form.CurrentVersion']")?.GetAttribute("value"));
        Assert.Equal("12", page.GetElementById("form-lengthweeks")?.GetAttribute("value"));
        Assert.Equal("4", page.GetElementById("form-maxextensionweeks")?.GetAttribute("value"));
        Assert.Equal("90", page.GetElementById("form-maxdeferraldays")?.GetAttribute("value"));
        var rows = FormRowsOf(page);
        Assert.Equal(FormRows, rows.Count);
        Assert.Equal(("InitialMeeting", "Initial meeting", "0"), rows[0]);
        Assert.Equal(("AssessorVisit", "First assessor visit", "3"), rows[2]);
        Assert.Equal(("Moderation", "Moderation", "12"), rows[9]);
        Assert.All(rows.Skip(10), row => Assert.Equal(("", "", ""), row));
        Assert.Equal(["Milestone 1", "Milestone 13"], new[] { 0, 12 }.Select(i => page.QuerySelectorAll($"{PublishForm} legend")[i].TextContent.Trim()));
        Assert.Equal(new[] { "" }.Concat(Enum.GetValues<MilestoneKind>().Select(k => k.ToString())),
            page.QuerySelectorAll("select[name='Form.Milestones[12].Kind'] option").Select(o => o.GetAttribute("value")));
        Assert.Equal("Assessor visit", page.QuerySelector("select[name='Form.Milestones[12].Kind'] option[value='AssessorVisit']")?.TextContent);
        Assert.Equal("", page.GetElementById("form-reason")?.TextContent);
        Assert.Equal("Publish version 2", page.QuerySelector($"{PublishForm} button")?.TextContent.Trim());
    }

    [Fact]
    public async Task Publishing_through_the_form_stores_version_2_and_the_page_shows_it()
    {
        await using var portal = new PortalFactory();
        var admin = await SignedInAsync(portal, DemoAccounts.Admin);

        using var response = await admin.PostFormAsync(PublishUrl, PublishForm, SixWeekTemplate());

        Assert.Equal(TemplateUrl, response.RedirectTarget());
        var page = await admin.FollowAsync(response);
        PageAssert.SuccessBanner(page, "Plan template version 2 has been published");
        Assert.Contains("Version 2, in force", PageAssert.MainText(page));
        var current = SummaryRows(page);
        Assert.Equal("6 weeks", current["Length"]);
        Assert.Equal("Up to 2 weeks past the planned end, in total", current["Longest extension"]);
        Assert.Equal("Up to 30 days paused, in total", current["Longest deferral"]);
        Assert.StartsWith("By Alex Admin on ", current["Published"]);
        Assert.Equal(Reason, current["Reason for the change"]);
        var milestones = Milestones(page);
        Assert.Equal(2, milestones.Count);
        Assert.Equal(["At the start", "Welcome meeting", "Initial meeting"], milestones[0]);
        Assert.Equal(["6 weeks after the start", "Final assessment", "Final assessment"], milestones[1]);
        var history = History(page);
        Assert.Equal(2, history.Count);
        Assert.Contains("2 (in force)", history[0]);
        Assert.Contains("6 weeks", history[0]);
        Assert.Contains("2 milestones", history[0]);
        Assert.Contains(Reason, history[0]);
        Assert.Contains("12 weeks", history[1]);

        var stored = await portal.WithDbAsync(db => db.PlanTemplates.AsNoTracking().SingleAsync(t => t.Version == 2));
        Assert.Equal((6, 2, 30), (stored.LengthWeeks, stored.MaxExtensionWeeks, stored.MaxDeferralDays));
        Assert.Equal([new(MilestoneKind.InitialMeeting, "Welcome meeting", 0), new(MilestoneKind.FinalAssessment, "Final assessment", 6)], stored.Milestones);
        Assert.Equal(("Alex Admin", Reason), (stored.PublishedByName, stored.ChangeReason));
        var audit = await portal.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(a => a.SubjectId == PlanTemplate.AuditSubjectId));
        Assert.Equal("Plan template version 2 published", audit.Action);
        Assert.Equal("Alex Admin", audit.ActorName);
        Assert.Equal(Reason, audit.Detail);
        Assert.Equal(10, (await portal.WithDbAsync(db => db.PlanTemplates.AsNoTracking().SingleAsync(t => t.Version == 1))).Milestones.Count);
    }

    [Fact]
    public async Task Invalid_answers_are_listed_in_the_error_summary_and_nothing_is_published()
    {
        var before = await VersionsAsync(factory);
        var admin = await SignedInAsync(factory, DemoAccounts.Admin);

        using var response = await admin.PostFormAsync(PublishUrl, PublishForm, Fields.Of(
            ("Form.LengthWeeks", ""), ("Form.MaxDeferralDays", "400"),
            ("Form.Milestones[1].Week", "two"), ("Form.Milestones[3].Title", ""),
            ("Form.Milestones[10].Kind", "AssessorVisit"), ("Form.Reason", "")));

        var page = await response.ReadPageAsync();
        Assert.Equal("Error: Publish a new assessment plan template", page.Title?.Split(" – ")[0]);
        (string Field, string Message)[] expected =
        [
            ("form-lengthweeks", "Enter how many weeks the assessment lasts"),
            ("form-maxdeferraldays", "The longest deferral must be between 0 and 365 days"),
            (RowFieldId(1, "Week"), "Week of milestone 2 must be a whole number from 0 to the length of the assessment"),
            (RowFieldId(3, "Title"), "Enter the title of milestone 4"),
            (RowFieldId(10, "Title"), "Enter the title of milestone 11"),
            (RowFieldId(10, "Week"), "Enter the week of milestone 11"),
            ("form-reason", "Enter why the plan template is changing"),
        ];
        foreach (var (field, message) in expected)
        {
            PageAssert.ErrorSummaryLists(page, message, field);
            PageAssert.FieldHasError(page, field, message);
        }

        Assert.Equal(expected.Select(e => e.Message),
            page.QuerySelectorAll(".govuk-error-summary__list li").Select(li => li.TextContent.Trim()));
        var rows = FormRowsOf(page);
        Assert.Equal(("BaselineObservation", "Baseline observation", "two"), rows[1]);
        Assert.Equal(("PortfolioCheckpoint", "", "4"), rows[3]);
        Assert.Equal(("AssessorVisit", "", ""), rows[10]);
        // Row 11 is now in use, so the form offers one more empty row: three after the last filled one.
        Assert.Equal(FormRows + 1, rows.Count);
        Assert.All(rows.Skip(11), row => Assert.Equal(("", "", ""), row));
        Assert.Equal(before, await VersionsAsync(factory));
    }

    [Fact]
    public async Task A_week_after_the_end_is_refused_against_the_length_given()
    {
        var admin = await SignedInAsync(factory, DemoAccounts.Admin);

        using var response = await admin.PostFormAsync(PublishUrl, PublishForm, SixWeekTemplate(("Form.Milestones[11].Week", "7")));

        var page = await response.ReadPageAsync();
        PageAssert.ErrorSummaryLists(page, "Week of milestone 12 must be a whole number from 0 to 6", RowFieldId(11, "Week"));
        Assert.Equal([1], await VersionsAsync(factory));
    }

    [Fact]
    public async Task A_form_with_every_row_cleared_is_told_to_enter_a_milestone()
    {
        var admin = await SignedInAsync(factory, DemoAccounts.Admin);
        var cleared = Enumerable.Range(0, FormRows).SelectMany(ClearedRow).Append(new("Form.Reason", Reason));

        using var response = await admin.PostFormAsync(PublishUrl, PublishForm, cleared);

        var page = await response.ReadPageAsync();
        PageAssert.ErrorSummaryLists(page, "Enter at least one milestone", "form-milestones");
        PageAssert.FieldHasError(page, "form-milestones", "Enter at least one milestone");
        Assert.Equal([1], await VersionsAsync(factory));
    }

    [Fact]
    public async Task A_form_opened_before_another_admin_published_is_refused()
    {
        await using var portal = new PortalFactory();
        var first = await SignedInAsync(portal, DemoAccounts.Admin);
        var second = await SignedInAsync(portal, DemoAccounts.Admin);
        var firstForm = await first.GetPageAsync(PublishUrl);
        var secondForm = await second.GetPageAsync(PublishUrl);

        using var published = await first.PostFormAsync(firstForm, PublishForm, Fields.Of(("Form.Reason", "The first admin's change")));
        Assert.Equal(TemplateUrl, published.RedirectTarget());
        using var refused = await second.PostFormAsync(secondForm, PublishForm, Fields.Of(("Form.LengthWeeks", "14"), ("Form.Reason", "The second admin's change")));

        PageAssert.ErrorSummaryLists(await refused.ReadPageAsync(),
            "Another admin published a new version just now. Check the current plan template and try again");
        Assert.Equal([1, 2], await VersionsAsync(portal));
        var stored = await portal.WithDbAsync(db => db.PlanTemplates.AsNoTracking().SingleAsync(t => t.Version == 2));
        Assert.Equal(("The first admin's change", 12), (stored.ChangeReason, stored.LengthWeeks));
    }

    [Fact]
    public async Task After_a_six_week_template_is_published_new_assessments_follow_it_and_running_ones_keep_theirs()
    {
        await using var portal = new PortalFactory();
        var running = await AllocatedAsync(portal);
        var assessor = await SignedInAsync(portal, DemoAccounts.Assessor);
        await StartThroughThePageAsync(portal, assessor, running);
        var admin = await SignedInAsync(portal, DemoAccounts.Admin);
        using (var published = await admin.PostFormAsync(PublishUrl, PublishForm, SixWeekTemplate()))
        {
            Assert.Equal(TemplateUrl, published.RedirectTarget());
        }

        var candidate = await AllocatedAsync(portal);
        var page = await StartThroughThePageAsync(portal, assessor, candidate);

        var today = Application.Common.UkDate.Today(portal.Clock);
        var plan = await PlanAsync(portal, candidate);
        Assert.Equal(2, plan.TemplateVersion);
        Assert.Equal((today, today.AddDays(42)), (plan.StartDate, plan.EndDate));
        Assert.Equal([("Welcome meeting", today), ("Final assessment", today.AddDays(42))], plan.Milestones.Select(m => (m.Title, m.DueDate)));
        Assert.Contains("Week 1 of 6", PageAssert.MainText(page));
        Assert.Equal(2, PageAssert.TableRows(page).Count);

        var kept = await PlanAsync(portal, running);
        Assert.Equal(1, kept.TemplateVersion);
        Assert.Equal(today.AddDays(84), kept.EndDate);
        Assert.Equal(10, kept.Milestones.Count);
    }

    /// <summary>
    /// The form's fields for a six-week template with a welcome meeting and a final assessment, written into rows 11 and
    /// 12 (the first two empty rows) with version 1's ten rows cleared; <paramref name="changes"/> override any of them.
    /// </summary>
    private static List<KeyValuePair<string, string>> SixWeekTemplate(params (string Name, string Value)[] changes)
    {
        var fields = Fields.Of(("Form.LengthWeeks", "6"), ("Form.MaxExtensionWeeks", "2"), ("Form.MaxDeferralDays", "30"), ("Form.Reason", Reason),
            ("Form.Milestones[10].Kind", "FinalAssessment"), ("Form.Milestones[10].Title", "Final assessment"), ("Form.Milestones[10].Week", "6"),
            ("Form.Milestones[11].Kind", "InitialMeeting"), ("Form.Milestones[11].Title", "Welcome meeting"), ("Form.Milestones[11].Week", "0"));
        fields.AddRange(Enumerable.Range(0, 10).SelectMany(ClearedRow));
        return fields.Where(f => changes.All(c => c.Name != f.Key)).Concat(Fields.Of(changes)).ToList();
    }

    private static List<KeyValuePair<string, string>> ClearedRow(int index) =>
        Fields.Of(($"Form.Milestones[{index}].Kind", ""), ($"Form.Milestones[{index}].Title", ""), ($"Form.Milestones[{index}].Week", ""));

    /// <summary>The element id of a row's field, as the tag helpers write it (and the error summary links to it).</summary>
    private static string RowFieldId(int index, string field) => $"form-milestones-{index}--{field.ToLowerInvariant()}";

    private static IReadOnlyList<(string Kind, string Title, string Week)> FormRowsOf(IDocument page) =>
        page.QuerySelectorAll($"{PublishForm} select[name^='Form.Milestones[']").Select((select, index) =>
        (
            select.QuerySelector("option[selected]")?.GetAttribute("value") ?? "",
            page.QuerySelector($"input[name='Form.Milestones[{index}].Title']")?.GetAttribute("value") ?? "",
            page.QuerySelector($"input[name='Form.Milestones[{index}].Week']")?.GetAttribute("value") ?? ""
        )).ToList();

    private static async Task<IDocument> StartThroughThePageAsync(PortalFactory portal, PortalClient assessor, ReviewCandidate candidate)
    {
        var today = Application.Common.UkDate.Today(portal.Clock);
        var url = $"/candidates/{candidate.Id}/assessment/start";
        using var response = await assessor.PostFormAsync(url, $"form[action='{url}']", Fields.Of(
            ("Form.StartDate.Day", today.Day.ToString()), ("Form.StartDate.Month", today.Month.ToString()), ("Form.StartDate.Year", today.Year.ToString()),
            ("Form.AgeRange", "11-16"), ("Form.Subjects", "Mathematics")));
        Assert.Equal($"/candidates/{candidate.Id}/assessment", response.RedirectTarget());
        return await assessor.FollowAsync(response);
    }

    private static async Task<ReviewCandidate> AllocatedAsync(PortalFactory portal)
    {
        var candidate = await ReviewCandidates.CreateAsync(portal);
        await ReviewCandidates.AcceptAsync(portal, candidate.Id);
        var samId = await portal.UserIdAsync(DemoAccounts.Assessor);
        await ReviewCandidates.ChangeAsync(portal, candidate.Id, (c, _, now) => [c.AllocateAssessor(samId, "Sam Assessor", ReviewCandidates.SetUpReviewer, now)]);
        return candidate;
    }

    private static Task<AssessmentPlan> PlanAsync(PortalFactory portal, ReviewCandidate candidate) =>
        portal.WithDbAsync(db => db.AssessmentPlans.AsNoTracking().SingleAsync(p => p.CandidateId == candidate.Id));

    private static async Task<PortalClient> SignedInAsync(PortalFactory portal, string email)
    {
        var client = portal.CreatePortalClient();
        await client.SignInAsync(email);
        return client;
    }

    private static Task<List<int>> VersionsAsync(PortalFactory portal) =>
        portal.WithDbAsync(db => db.PlanTemplates.OrderBy(t => t.Version).Select(t => t.Version).ToListAsync());

    /// <summary>The current template's summary list, key to value text.</summary>
    private static Dictionary<string, string> SummaryRows(IDocument page) =>
        page.QuerySelectorAll("#current-template .govuk-summary-list__row").ToDictionary(
            row => row.QuerySelector(".govuk-summary-list__key")!.TextContent.Trim(),
            row => row.QuerySelector(".govuk-summary-list__value")!.TextContent.Trim());

    /// <summary>The current template's milestones table: due, title and kind of each row.</summary>
    private static IReadOnlyList<string[]> Milestones(IDocument page) =>
        page.QuerySelectorAll("#current-milestones tbody tr")
            .Select(row => row.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray()).ToList();

    private static IReadOnlyList<string> History(IDocument page) =>
        page.QuerySelectorAll("#template-history tbody tr").Select(row => row.TextContent).ToList();
}
