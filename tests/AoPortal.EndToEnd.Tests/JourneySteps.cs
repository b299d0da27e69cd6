using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AoPortal.EndToEnd.Tests;

/// <summary>
/// What the journeys in <see cref="RegistrationJourneyTests"/> and <see cref="ReturnAndRejectJourneyTests"/> do on every
/// page: find the heading, banner and status, submit a form and wait for the next page, fail with the page's own error
/// summary, sign in and out, and save numbered screenshots (&lt;prefix&gt;-NN-&lt;name&gt;.png). Sessions of one journey
/// (several browser contexts) share the numbering, so the screenshots sort in the order the journey took.
/// </summary>
public sealed class JourneySteps
{
    private readonly string prefix;
    private readonly Counter shots;

    public JourneySteps(PortalSession session, string prefix)
        : this(session, prefix, new Counter())
    {
    }

    private JourneySteps(PortalSession session, string prefix, Counter shots)
    {
        Session = session;
        this.prefix = prefix;
        this.shots = shots;
    }

    public PortalSession Session { get; }

    public IPage Page => Session.Page;

    public string BaseUrl => Session.Portal.BaseUrl;

    public ILocator Heading => Page.Locator("main h1");

    public ILocator Caption => Page.Locator("main .govuk-caption-l");

    public ILocator SuccessBanner => Page.Locator(".govuk-notification-banner--success");

    /// <summary>The status tag on pages that say "Status: …" (home pages, a candidate's record, entry requirements).</summary>
    public ILocator StatusTag => Page.Locator("main p", new() { HasText = "Status:" }).Locator(".govuk-tag");

    /// <summary>The same journey, its screenshots numbered on, in another browser context (another person at another computer).</summary>
    public JourneySteps In(PortalSession other) => new(other, prefix, shots);

    public Task Shot(string name) => Session.ScreenshotAsync($"{prefix}-{shots.Next():00}-{name}");

    public ILocator Link(string name) => Page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true });

    public ILocator Button(string name) => Page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    public ILocator Field(string label) => Page.GetByLabel(label, new() { Exact = true });

    /// <summary>Follows a link and waits for the page it leads to.</summary>
    public async Task Follow(string link, string expectedHeading)
    {
        await Link(link).ClickAsync();
        await Expect(Heading).ToHaveTextAsync(expectedHeading);
    }

    /// <summary>
    /// Clicks a form's button and waits until the browser shows the next document (the redirect after a save, or the
    /// form again with its errors), then fails with the page's error summary if there is one.
    /// </summary>
    public async Task Submit(string button, string what)
    {
        await Page.EvaluateAsync("() => { window.aoPortalJourneyOldPage = true; }");
        await Button(button).ClickAsync();
        await Page.WaitForFunctionAsync("() => window.aoPortalJourneyOldPage !== true");
        await Page.WaitForLoadStateAsync(LoadState.Load);
        await ExpectNoErrorSummary(what);
    }

    /// <summary>Fails with the page's own error summary if it shows one: a refused form lists there what is wrong.</summary>
    public async Task ExpectNoErrorSummary(string what)
    {
        var summary = Page.Locator(".govuk-error-summary");
        if (await summary.CountAsync() > 0)
        {
            await Shot($"error-{Slug(what)}");
            var text = Regex.Replace(await summary.First.InnerTextAsync(), @"\s+", " ").Trim();
            Assert.Fail($"After {what}, {Page.Url} shows an error summary: \"{text}\"");
        }
    }

    /// <summary>Signs in on the real sign-in page with any password (PortalSession's helper assumes the demo one) and lands on home.</summary>
    public async Task SignInAndLandOnHome(string email, string password)
    {
        await Session.SignInAsync(email, password);
        await ExpectNoErrorSummary($"signing in as {email}");
        await Expect(Page).ToHaveURLAsync(BaseUrl + "/");
        await Expect(Page.Locator("header")).ToContainTextAsync("Signed in as");
    }

    public async Task SignOut(string screenshot)
    {
        await Session.SignOutAsync();
        await Shot(screenshot);
    }

    /// <summary>The text of an element with its white space collapsed, for messages and contains-checks across line breaks.</summary>
    public static async Task<string> TextOf(ILocator locator) =>
        Regex.Replace(await locator.InnerTextAsync(), @"\s+", " ").Trim();

    public static string Slug(string text) => Regex.Replace(text.ToLowerInvariant(), "[^a-z0-9]+", "-").Trim('-');

    private sealed class Counter
    {
        private int value;

        public int Next() => Interlocked.Increment(ref value);
    }
}
