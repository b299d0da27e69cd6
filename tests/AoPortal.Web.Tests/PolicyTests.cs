using System.Net;
using AngleSharp.Dom;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Eligibility;
using AoPortal.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Web.Tests;

/// <summary>
/// The eligibility policy page, publishing a new version, and the age ranges people are offered from it. A test that
/// publishes changes the policy for every page, so it runs on a portal of its own; the shared portal keeps version 1,
/// whose standard age ranges the other tests choose from.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class PolicyTests(PortalFactory factory)
{
    private const string PolicyUrl = "/eligibility-policy";
    private const string PublishUrl = "/eligibility-policy/new";
    private const string PublishForm = "form[action='/eligibility-policy/new']";
    private const string Reason = "DfE now accepts 18 months of experience";

    [Fact]
    public async Task An_admin_sees_the_policy_in_force_in_words_and_its_history()
    {
        var admin = await SignedInAsync(factory, DemoAccounts.Admin);

        var page = await admin.GetPageAsync(PolicyUrl);

        Assert.Equal("Eligibility policy", PageAssert.Heading(page));
        var current = SummaryRows(page);
        Assert.StartsWith("2 years of whole-class teaching", current["Minimum teaching experience"]);
        Assert.Equal("2 schools or settings", current["Minimum schools or settings"]);
        Assert.StartsWith("Yes", current["Two consecutive key stages"]);
        Assert.StartsWith("Yes", current["GCSE science or equivalent"]);
        Assert.Equal(["Teaching experience", "Age range taught"], ListItems(page, "Requirements that may be waived"));
        Assert.Equal(["3 to 7", "3 to 11", "5 to 11", "7 to 11", "7 to 14", "11 to 16", "11 to 18", "14 to 19"], ListItems(page, "Age ranges offered"));
        Assert.StartsWith("Set up with the portal on", current["Published"]);
        Assert.Contains("Version 1, in force", PageAssert.MainText(page));
        var version1 = Assert.Single(PageAssert.TableRows(page));
        Assert.Contains("1 (in force)", version1);
        Assert.Equal(PublishUrl, page.QuerySelector("main a.govuk-button")?.GetAttribute("href"));
    }

    [Fact]
    public async Task An_admin_finds_the_policy_from_their_home_page_and_the_navigation()
    {
        var admin = await SignedInAsync(factory, DemoAccounts.Admin);

        var home = await admin.GetPageAsync("/");

        Assert.NotNull(home.QuerySelector($"main a[href='{PolicyUrl}']"));
        Assert.Equal("Eligibility policy", home.QuerySelector($".govuk-service-navigation a[href='{PolicyUrl}']")?.TextContent.Trim());
    }

    [Theory]
    [InlineData(DemoAccounts.Assessor)]
    [InlineData(DemoAccounts.Moderator)]
    [InlineData(DemoAccounts.Candidate)]
    [InlineData(DemoAccounts.SchoolLead)]
    public async Task Only_admins_may_see_or_publish_the_policy(string email)
    {
        var client = await SignedInAsync(factory, email);

        foreach (var path in new[] { PolicyUrl, PublishUrl })
        {
            var page = await client.GetPageAsync(path, HttpStatusCode.Forbidden);
            Assert.Equal("You do not have permission to see this page", PageAssert.Heading(page));
        }

        Assert.Null((await client.GetPageAsync("/")).QuerySelector($"a[href='{PolicyUrl}']"));
    }

    [Fact]
    public async Task A_non_admin_cannot_publish_by_posting_the_form()
    {
        var admin = await SignedInAsync(factory, DemoAccounts.Admin);
        var form = await admin.GetPageAsync(PublishUrl);
        var assessor = await SignedInAsync(factory, DemoAccounts.Assessor);
        var before = await VersionsAsync(factory);

        // The assessor's own antiforgery token, from a form they may use, so only the role stands in the way.
        var token = (await assessor.GetPageAsync("/standards")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var response = await assessor.PostRawAsync(PublishUrl, Fields.Of(
            ("__RequestVerificationToken", token), ("Form.CurrentVersion", "1"), ("Form.MinimumYearsOfTeaching", "1"), ("Form.MinimumSettings", "1"),
            ("Form.OfferedAgeRanges", "11-16"), ("Form.Reason", "Not mine to change")));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.NotNull(form.QuerySelector(PublishForm));
        Assert.Equal(before, await VersionsAsync(factory));
    }

    [Fact]
    public async Task The_publish_form_starts_with_the_settings_in_force()
    {
        var admin = await SignedInAsync(factory, DemoAccounts.Admin);

        var page = await admin.GetPageAsync(PublishUrl);

        Assert.Equal("Publish a new eligibility policy", PageAssert.Heading(page));
        Assert.Contains("Candidates already decided keep the version they were decided under", page.QuerySelector(".govuk-warning-text")?.TextContent);
        Assert.Equal("1", page.QuerySelector("input[name='Form.CurrentVersion']")?.GetAttribute("value"));
        Assert.Equal("2", page.GetElementById("form-minimumyearsofteaching")?.GetAttribute("value"));
        Assert.Equal("2", page.GetElementById("form-minimumsettings")?.GetAttribute("value"));
        Assert.NotNull(page.QuerySelector("input[name='Form.RequireConsecutiveKeyStages'][value='True'][checked]"));
        Assert.NotNull(page.QuerySelector("input[name='Form.RequireScienceForPrimary'][value='True'][checked]"));
        Assert.Equal(Enum.GetValues<EligibilityRequirement>().Select(r => r.DisplayName()),
            page.QuerySelectorAll("input[name='Form.DiscretionAllowed'] + label").Select(l => l.TextContent.Trim()));
        Assert.Equal(["Experience", "AgeRange"],
            page.QuerySelectorAll("input[name='Form.DiscretionAllowed'][checked]").Select(i => i.GetAttribute("value")));
        Assert.Equal("3-7, 3-11, 5-11, 7-11, 7-14, 11-16, 11-18, 14-19", page.GetElementById("form-offeredageranges")?.GetAttribute("value"));
        Assert.Equal("", page.GetElementById("form-reason")?.TextContent);
        Assert.Equal("Publish version 2", page.QuerySelector($"{PublishForm} button")?.TextContent.Trim());
    }

    [Fact]
    public async Task Publishing_through_the_form_stores_version_2_and_the_page_shows_it()
    {
        await using var portal = new PortalFactory();
        var admin = await SignedInAsync(portal, DemoAccounts.Admin);

        using var response = await admin.PostFormAsync(PublishUrl, PublishForm, Fields.Of(
            ("Form.MinimumYearsOfTeaching", "1.5"), ("Form.MinimumSettings", "3"), ("Form.RequireScienceForPrimary", "False"),
            ("Form.DiscretionAllowed", "TwoSchools"), ("Form.DiscretionAllowed", "Experience"),
            ("Form.OfferedAgeRanges", "11-18, 3-7, 11-16"), ("Form.Reason", Reason)));

        Assert.Equal(PolicyUrl, response.RedirectTarget());
        var page = await admin.FollowAsync(response);
        PageAssert.SuccessBanner(page, "Eligibility policy version 2 has been published");
        Assert.Contains("Version 2, in force", PageAssert.MainText(page));
        var current = SummaryRows(page);
        Assert.StartsWith("1 year 6 months of whole-class teaching", current["Minimum teaching experience"]);
        Assert.Equal("3 schools or settings", current["Minimum schools or settings"]);
        Assert.Equal("No", current["GCSE science or equivalent"]);
        Assert.Equal(["Taught in two schools or settings", "Teaching experience"], ListItems(page, "Requirements that may be waived"));
        Assert.Equal(["3 to 7", "11 to 16", "11 to 18"], ListItems(page, "Age ranges offered"));
        Assert.StartsWith("By Alex Admin on ", current["Published"]);
        Assert.Equal(Reason, current["Reason for the change"]);
        var history = PageAssert.TableRows(page);
        Assert.Equal(2, history.Count);
        Assert.Contains("2 (in force)", history[0]);
        Assert.Contains(Reason, history[0]);
        Assert.Contains("1 year 6 months in 3 schools or settings", history[0]);
        Assert.Contains("2 years in 2 schools or settings", history[1]);

        var stored = await portal.WithDbAsync(db => db.EligibilityPolicies.AsNoTracking().SingleAsync(p => p.Version == 2));
        Assert.Equal(1.5m, stored.MinimumYearsOfTeaching);
        Assert.Equal(3, stored.MinimumSettings);
        Assert.True(stored.RequireConsecutiveKeyStages);
        Assert.False(stored.RequireScienceForPrimary);
        Assert.Equal([EligibilityRequirement.TwoSchools, EligibilityRequirement.Experience], stored.DiscretionAllowed);
        Assert.Equal([new AgeRange(3, 7), new AgeRange(11, 16), new AgeRange(11, 18)], stored.OfferedAgeRanges);
        Assert.Equal("Alex Admin", stored.PublishedByName);
        var audit = await portal.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(a => a.SubjectId == EligibilityPolicy.AuditSubjectId));
        Assert.Equal("Eligibility policy version 2 published", audit.Action);
        Assert.Equal("Alex Admin", audit.ActorName);
        Assert.Equal(Reason, audit.Detail);
    }

    [Fact]
    public async Task Invalid_answers_are_listed_in_the_error_summary_and_nothing_is_published()
    {
        var before = await VersionsAsync(factory);
        var admin = await SignedInAsync(factory, DemoAccounts.Admin);

        using var response = await admin.PostFormAsync(PublishUrl, PublishForm, Fields.Of(
            ("Form.MinimumYearsOfTeaching", ""), ("Form.MinimumSettings", "6"), ("Form.OfferedAgeRanges", "3-7, 12-13"), ("Form.Reason", "")));

        var page = await response.ReadPageAsync();
        Assert.Equal("Error: Publish a new eligibility policy", page.Title?.Split(" – ")[0]);
        (string Field, string Message)[] expected =
        [
            ("form-minimumyearsofteaching", "Enter the minimum years of teaching"),
            ("form-minimumsettings", "Minimum schools or settings must be between 1 and 5"),
            ("form-offeredageranges", "'12-13' is not an age range: ages run from 3 to 19 and span at least 4 years"),
            ("form-reason", "Enter why the policy is changing"),
        ];
        foreach (var (field, message) in expected)
        {
            PageAssert.ErrorSummaryLists(page, message, field);
            PageAssert.FieldHasError(page, field, message);
        }

        Assert.Equal("3-7, 12-13", page.GetElementById("form-offeredageranges")?.GetAttribute("value"));
        Assert.Equal(["Experience", "AgeRange"], page.QuerySelectorAll("input[name='Form.DiscretionAllowed'][checked]").Select(i => i.GetAttribute("value")));
        Assert.Equal(before, await VersionsAsync(factory));
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
        Assert.Equal(PolicyUrl, published.RedirectTarget());
        using var refused = await second.PostFormAsync(secondForm, PublishForm, Fields.Of(("Form.Reason", "The second admin's change")));

        PageAssert.ErrorSummaryLists(await refused.ReadPageAsync(),
            "Another admin published a new version just now. Check the current policy and try again");
        Assert.Equal([1, 2], await VersionsAsync(portal));
        Assert.Equal("The first admin's change",
            await portal.WithDbAsync(db => db.EligibilityPolicies.Where(p => p.Version == 2).Select(p => p.ChangeReason).SingleAsync()));
    }

    [Fact]
    public async Task After_a_policy_offering_only_two_ranges_people_are_offered_only_those_and_a_candidate_keeps_their_own()
    {
        await using var portal = new PortalFactory();
        var admin = await SignedInAsync(portal, DemoAccounts.Admin);
        using (var published = await admin.PostFormAsync(PublishUrl, PublishForm, Fields.Of(("Form.OfferedAgeRanges", "11-16, 11-18"), ("Form.Reason", Reason))))
        {
            Assert.Equal(PolicyUrl, published.RedirectTarget());
        }

        var applicant = await ApplicationApplicants.CreateSignedInAsync(portal, "5-11");
        var ageRangePage = await applicant.Client.GetPageAsync("/application/age-range");
        Assert.Equal(["5-11", "11-16", "11-18"], AgeRangeChoices(ageRangePage));
        Assert.NotNull(ageRangePage.QuerySelector("input[name='Form.AgeRange'][value='5-11'][checked]"));
        Assert.Equal(["11-16", "11-18"], AgeRangeChoices(await admin.GetPageAsync("/candidates/new")));
        var lead = await SignedInAsync(portal, DemoAccounts.SchoolLead);
        Assert.Equal(["11-16", "11-18"], AgeRangeChoices(await lead.GetPageAsync("/school/nominate")));

        using var refused = await applicant.Client.PostFormAsync(ageRangePage, "form[action='/application/age-range']", Fields.Of(("Form.AgeRange", "7-11")));
        var page = await refused.ReadPageAsync();
        PageAssert.ErrorSummaryLists(page, "Select an age range from the list", "form-agerange");
        Assert.Equal(["5-11", "11-16", "11-18"], AgeRangeChoices(page));
        Assert.Equal("5-11", (await ApplicationApplicants.CandidateAsync(portal, applicant.CandidateId)).IntendedAgeRange!.Value.Code);

        await ApplicationApplicants.SaveAsync(applicant.Client, "/application/age-range", Fields.Of(("Form.AgeRange", "5-11")));
        Assert.True((await ApplicationApplicants.CandidateAsync(portal, applicant.CandidateId)).Application.IntendedAssessmentConfirmed);

        var email = TestAccounts.UniqueEmail("not-offered");
        var oakfield = await portal.SchoolIdAsync(DemoAccounts.OakfieldPrimary);
        using var notOffered = await admin.PostFormAsync("/candidates/new", "form[action='/candidates/new']", Fields.Of(
            ("Form.FirstNames", "Grace"), ("Form.LastName", "Hopper"), ("Form.Email", email),
            ("Form.EmployingSchoolId", oakfield.ToString()), ("Form.AgeRange", "5-11")));
        PageAssert.FieldHasError(await notOffered.ReadPageAsync(), "form-agerange", "Select an age range from the list");
        Assert.False(await portal.WithDbAsync(db => db.Candidates.AnyAsync(c => c.Email == email)));
        Assert.False(await portal.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email)));
    }

    private static async Task<PortalClient> SignedInAsync(PortalFactory portal, string email)
    {
        var client = portal.CreatePortalClient();
        await client.SignInAsync(email);
        return client;
    }

    private static Task<List<int>> VersionsAsync(PortalFactory portal) =>
        portal.WithDbAsync(db => db.EligibilityPolicies.OrderBy(p => p.Version).Select(p => p.Version).ToListAsync());

    /// <summary>The current policy's summary list, key to value text.</summary>
    private static Dictionary<string, string> SummaryRows(IDocument page) =>
        page.QuerySelectorAll("#current-policy .govuk-summary-list__row").ToDictionary(
            row => row.QuerySelector(".govuk-summary-list__key")!.TextContent.Trim(),
            row => row.QuerySelector(".govuk-summary-list__value")!.TextContent.Trim());

    private static IReadOnlyList<string> ListItems(IDocument page, string key) =>
        page.QuerySelectorAll("#current-policy .govuk-summary-list__row")
            .Single(row => row.QuerySelector(".govuk-summary-list__key")!.TextContent.Trim() == key)
            .QuerySelectorAll("li").Select(li => li.TextContent.Trim()).ToList();

    private static IReadOnlyList<string?> AgeRangeChoices(IDocument page) =>
        page.QuerySelectorAll("input[name='Form.AgeRange']").Select(i => i.GetAttribute("value")).ToList();
}
