using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AoPortal.EndToEnd.Tests;

[Collection(PortalCollection.Name)]
public sealed class PageRenderingTests(PortalProcess portal, BrowserHost browsers)
{
    private static readonly (string Path, string Screenshot)[] AdminPages =
    [
        ("/", "admin-home"),
        ("/candidates", "admin-candidates"),
        ("/candidates/new", "admin-candidates-new"),
        ("/admin/schools", "admin-schools"),
        ("/admin/schools/new", "admin-schools-new"),
        ("/admin/users", "admin-users"),
        ("/admin/users/new", "admin-users-new"),
        ("/admin/outbox", "admin-outbox"),
        ("/reports", "admin-reports"),
        ("/standards", "admin-standards"),
        ("/account/change-password", "admin-change-password"),
        ("/account", "admin-account"),
        ("/notifications", "admin-notifications"),
    ];

    [BrowserFact]
    public Task The_admin_pages_render() =>
        PortalSession.RunAsync(portal, browsers, nameof(The_admin_pages_render), async s =>
        {
            await s.SignInAndLandOnHomeAsync("admin@demo.test");

            foreach (var (path, screenshot) in AdminPages)
            {
                await s.GoToAsync(path);
                await s.ScreenshotAsync(screenshot);
                await AssertRenderedWithoutErrors(s, path);
            }

            // The one deliberate error state: the new candidate form submitted empty.
            await s.GoToAsync("/candidates/new");
            await s.AssertFormCarriesAntiforgeryTokenAsync("/candidates/new");
            await s.Page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Create record and send invitation" }).ClickAsync();
            var summary = s.Page.Locator(".govuk-error-summary");
            await Expect(summary).ToBeVisibleAsync();
            await Expect(summary).ToContainTextAsync("There is a problem");
            await Expect(s.Page.Locator(".govuk-error-message").First).ToBeVisibleAsync();
            await Expect(s.Page.Locator("h1")).ToBeVisibleAsync();
            await s.ScreenshotAsync("admin-candidates-new-empty-submit");

            s.AssertNoBrowserErrors();
        });

    [BrowserFact]
    public Task The_candidate_and_school_lead_pages_render() =>
        PortalSession.RunAsync(portal, browsers, nameof(The_candidate_and_school_lead_pages_render), async s =>
        {
            await s.SignInAndLandOnHomeAsync("candidate@demo.test");
            await Expect(s.Page.Locator("main h1")).ToHaveTextAsync("Your Assessment Only route to QTS");
            await Expect(s.Page.Locator("main")).ToContainTextAsync("Priya Sharma");
            await s.ScreenshotAsync("candidate-home");
            await AssertRenderedWithoutErrors(s, "/ (candidate)");
            await s.GoToAsync("/standards");
            await s.ScreenshotAsync("candidate-standards");
            await AssertRenderedWithoutErrors(s, "/standards (candidate)");
            await s.SignOutAsync();

            await s.SignInAndLandOnHomeAsync("schoollead@demo.test");
            await Expect(s.Page.Locator("main h1")).ToHaveTextAsync("Your staff");
            await Expect(s.Page.Locator("main")).ToContainTextAsync("Oakfield Primary School");
            await s.ScreenshotAsync("schoollead-home");
            await AssertRenderedWithoutErrors(s, "/ (school lead)");
            await s.GoToAsync("/standards");
            await s.ScreenshotAsync("schoollead-standards");
            await AssertRenderedWithoutErrors(s, "/standards (school lead)");

            s.AssertNoBrowserErrors();
        });

    [BrowserFact]
    public Task The_provider_review_pages_render() =>
        PortalSession.RunAsync(portal, browsers, nameof(The_provider_review_pages_render), async s =>
        {
            await s.SignInAndLandOnHomeAsync("admin@demo.test");

            // Daniel Evans is seeded with a submitted application: found the way an admin would, through the list.
            await s.Page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" })
                .GetByRole(AriaRole.Link, new() { Name = "Candidates", Exact = true }).ClickAsync();
            await Expect(s.Page.Locator("main h1")).ToHaveTextAsync("Candidates");
            await s.Page.GetByLabel("Search by name, email address or TRN", new() { Exact = true }).FillAsync("Daniel");
            await s.Page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
            await Expect(s.Page.Locator("#results-count")).ToHaveTextAsync("Showing 1 to 1 of 1 candidate");
            await s.ScreenshotAsync("review-candidates-search-daniel");
            await s.Page.GetByRole(AriaRole.Link, new() { Name = "Daniel Evans", Exact = true }).ClickAsync();
            await Expect(s.Page.Locator("main h1")).ToHaveTextAsync("Daniel Evans");
            var id = Regex.Match(s.Page.Url, "/candidates/([0-9a-fA-F-]{36})$") is { Success: true } match
                ? match.Groups[1].Value
                : throw new InvalidOperationException($"The candidate record's address {s.Page.Url} holds no id.");
            await s.ScreenshotAsync("review-candidate-daniel");
            await AssertRenderedWithoutErrors(s, "the candidate record");

            await s.GoToAsync($"/candidates/{id}/eligibility");
            await Expect(s.Page.Locator("main h1")).ToHaveTextAsync("Entry requirements");
            await s.ScreenshotAsync("review-eligibility");
            await AssertRenderedWithoutErrors(s, "/candidates/{id}/eligibility");

            var firstJudge = s.Page.Locator("main table").GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Judge ") }).First;
            await firstJudge.ClickAsync();
            await Expect(s.Page).ToHaveURLAsync(new Regex($"/candidates/{id}/review/[A-Za-z]+$"));
            await Expect(s.Page.Locator("main h1")).ToBeVisibleAsync();
            await s.ScreenshotAsync("review-judge-first");
            await AssertRenderedWithoutErrors(s, "the first Judge page");

            foreach (var (path, screenshot) in new[]
            {
                ($"/candidates/{id}/review/return", "review-return"),
                ($"/candidates/{id}/review/reject", "review-reject"),
                ($"/candidates/{id}/review/safeguarding/record", "review-safeguarding-record"),
                ($"/candidates/{id}/safeguarding", "review-safeguarding-details"),
            })
            {
                await s.GoToAsync(path);
                await s.ScreenshotAsync(screenshot);
                await AssertRenderedWithoutErrors(s, path.Replace(id, "{id}"));
            }

            s.AssertNoBrowserErrors();
        });

    private static async Task AssertRenderedWithoutErrors(PortalSession s, string what)
    {
        Assert.True(await s.Page.Locator("main h1").CountAsync() >= 1, $"{what} has no h1 in <main>.");
        await Expect(s.Page.Locator("main h1").First).ToBeVisibleAsync();
        Assert.True(await s.Page.Locator(".govuk-error-summary").CountAsync() == 0, $"{what} shows an error summary.");
        Assert.True(await s.Page.Locator("link[rel=stylesheet]").CountAsync() >= 1, $"{what} has no stylesheet.");
    }
}
