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
        ("/standards", "admin-standards"),
        ("/account/change-password", "admin-change-password"),
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

    private static async Task AssertRenderedWithoutErrors(PortalSession s, string what)
    {
        Assert.True(await s.Page.Locator("main h1").CountAsync() >= 1, $"{what} has no h1 in <main>.");
        await Expect(s.Page.Locator("main h1").First).ToBeVisibleAsync();
        Assert.True(await s.Page.Locator(".govuk-error-summary").CountAsync() == 0, $"{what} shows an error summary.");
        Assert.True(await s.Page.Locator("link[rel=stylesheet]").CountAsync() >= 1, $"{what} has no stylesheet.");
    }
}
