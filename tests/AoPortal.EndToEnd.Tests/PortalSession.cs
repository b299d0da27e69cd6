using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AoPortal.EndToEnd.Tests;

/// <summary>
/// One test's browser context and page against the running portal: navigation, signing in and out, screenshots,
/// the browser console errors and page errors seen (CSP violations show up as console errors), and axe-core's check of
/// every page opened (<see cref="AccessibilityChecks"/>): a violation fails the test at the next screenshot or navigation
/// the session makes, or at its end.
/// </summary>
public sealed class PortalSession : IAsyncDisposable
{
    public const string DemoPassword = "AoPortal-demo-2026";

    private readonly IBrowserContext context;
    private readonly List<string> browserErrors = [];

    private PortalSession(PortalProcess portal, IBrowserContext context, IPage page, AccessibilityChecks accessibility)
    {
        Portal = portal;
        this.context = context;
        Page = page;
        Accessibility = accessibility;
        page.Console += (_, message) =>
        {
            if (message.Type == "error") Record($"console error on {page.Url}: {message.Text}");
        };
        page.PageError += (_, error) => Record($"page error on {page.Url}: {error}");
        page.Response += (_, response) =>
        {
            if (response.Request.IsNavigationRequest && response.Status >= 400)
            {
                Record($"{response.Request.Method} {response.Url} answered {response.Status}");
            }
        };
    }

    public PortalProcess Portal { get; }

    public IPage Page { get; }

    public AccessibilityChecks Accessibility { get; }

    public IReadOnlyList<string> BrowserErrors
    {
        get { lock (browserErrors) return browserErrors.ToList(); }
    }

    /// <summary>
    /// Runs a test body in a fresh browser context, then fails on any accessibility violation axe-core found on the way.
    /// If it throws, saves FAILED-&lt;testName&gt;.png in <see cref="BrowserHost.ScreenshotFolder"/> (kept by CI with the
    /// test results), then rethrows.
    /// </summary>
    public static async Task RunAsync(PortalProcess portal, BrowserHost browsers, string testName, Func<PortalSession, Task> body)
    {
        var browser = await browsers.GetBrowserAsync();
        var context = await browser.NewContextAsync(new() { BaseURL = portal.BaseUrl, ViewportSize = new() { Width = 1280, Height = 800 } });
        context.SetDefaultTimeout(15_000);
        var accessibility = await AccessibilityChecks.AttachAsync(context);
        var session = new PortalSession(portal, context, await context.NewPageAsync(), accessibility);
        await using (session)
        {
            try
            {
                await body(session);
                await session.AssertAccessibleSoFarAsync();
            }
            catch
            {
                try
                {
                    await session.Page.ScreenshotAsync(new() { Path = ScreenshotPath($"FAILED-{testName}"), FullPage = true });
                }
                catch (PlaywrightException)
                {
                    // The page itself may be what broke; the original failure matters more.
                }

                throw;
            }
        }
    }

    /// <summary>Goes to a path and checks the server answered it with 200.</summary>
    public async Task GoToAsync(string path)
    {
        await AssertAccessibleSoFarAsync();
        var response = await Page.GotoAsync(path);
        Assert.NotNull(response);
        if (response.Status == 200) return;

        var detail = response.Status >= 500 ? "\n--- end of the app's output ---\n" + Portal.OutputTail(40) : "";
        Assert.Fail($"GET {path} answered {response.Status} (ended at {Page.Url}).{detail}");
    }

    /// <summary>Saves a full-page screenshot, once axe-core has checked the page (a violation fails the test here).</summary>
    public async Task ScreenshotAsync(string name)
    {
        await AssertAccessibleSoFarAsync();
        await Page.ScreenshotAsync(new() { Path = ScreenshotPath(name), FullPage = true });
    }

    /// <summary>Waits for axe-core's check of the current page, then fails on any violation found on this or an earlier page.</summary>
    public async Task AssertAccessibleSoFarAsync()
    {
        await AccessibilityChecks.WaitForPageAsync(Page);
        Accessibility.AssertNoViolations();
    }

    /// <summary>Opens /, is sent to the sign-in page, and signs in there as a person would.</summary>
    public async Task SignInAsync(string email, string password = DemoPassword, string? screenshotOfSignInPage = null)
    {
        await AssertAccessibleSoFarAsync();
        await Page.GotoAsync("/");
        await Expect(Page).ToHaveURLAsync(new Regex("/sign-in(\\?|$)"));
        await Expect(Page.Locator("h1")).ToHaveTextAsync("Sign in");
        if (screenshotOfSignInPage is not null) await ScreenshotAsync(screenshotOfSignInPage);

        await AssertFormCarriesAntiforgeryTokenAsync("/sign-in");
        await Page.GetByLabel("Email address", new() { Exact = true }).FillAsync(email);
        await Page.GetByLabel("Password", new() { Exact = true }).FillAsync(password);
        await AssertAccessibleSoFarAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
    }

    public async Task SignInAndLandOnHomeAsync(string email, string? screenshotOfSignInPage = null)
    {
        await SignInAsync(email, DemoPassword, screenshotOfSignInPage);
        await Expect(Page).ToHaveURLAsync(Portal.BaseUrl + "/");
        await Expect(Page.Locator("header")).ToContainTextAsync("Signed in as");
    }

    public async Task SignOutAsync()
    {
        await AssertFormCarriesAntiforgeryTokenAsync("/sign-out");
        await AssertAccessibleSoFarAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign out", Exact = true }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/sign-in(\\?|$)"));
        await Expect(Page.Locator("main")).ToContainTextAsync("You have signed out");
        await Expect(Page.Locator("header")).Not.ToContainTextAsync("Signed in as");
    }

    /// <summary>
    /// The portal refuses every POST without a valid antiforgery token (400). A form that lacks the hidden token
    /// cannot work in a real browser, so say so plainly instead of failing later on a browser error page.
    /// </summary>
    public async Task AssertFormCarriesAntiforgeryTokenAsync(string action)
    {
        var tokens = await Page.Locator($"form[action='{action}'] input[name='__RequestVerificationToken']").CountAsync();
        Assert.True(tokens == 1,
            $"The form posting to {action} on {Page.Url} carries no __RequestVerificationToken, so the portal will refuse " +
            "its POST with 400 and nobody can use it. (MVC's form tag helper only adds the token by itself to forms " +
            "without an explicit action attribute.)");
    }

    public void AssertNoBrowserErrors()
    {
        var errors = BrowserErrors;
        Assert.True(errors.Count == 0,
            $"The browser reported {errors.Count} error(s) (a console error is often a CSP violation):\n  " + string.Join("\n  ", errors));
    }

    public async ValueTask DisposeAsync() => await context.CloseAsync();

    private static string ScreenshotPath(string name) => Path.Combine(BrowserHost.ScreenshotFolder, name + ".png");

    private void Record(string error)
    {
        lock (browserErrors) browserErrors.Add(error);
    }
}
