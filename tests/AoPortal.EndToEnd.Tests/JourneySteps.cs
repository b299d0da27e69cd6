using System.Globalization;
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
        await Session.AssertAccessibleSoFarAsync();
        await Link(link).ClickAsync();
        await Expect(Heading).ToHaveTextAsync(expectedHeading);
    }

    /// <summary>
    /// Clicks a form's button and waits until the browser shows the next document (the redirect after a save, or the
    /// form again with its errors), then fails with the page's error summary if there is one.
    /// </summary>
    public async Task Submit(string button, string what)
    {
        await Session.AssertAccessibleSoFarAsync();
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

    /// <summary>Follows a link of the header's menu ("Candidates", "Your caseload", "Moderation"…) and waits for its page.</summary>
    public async Task Menu(string link, string expectedHeading)
    {
        await Session.AssertAccessibleSoFarAsync();
        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = link, Exact = true }).ClickAsync();
        await Expect(Heading).ToHaveTextAsync(expectedHeading);
    }

    /// <summary>Finds one candidate through Candidates and its search, opens their record and returns their id.</summary>
    public async Task<string> OpenCandidateRecord(string search, string name)
    {
        await Menu("Candidates", "Candidates");
        await Field("Search by name, email address or TRN").FillAsync(search);
        await Button("Search").ClickAsync();
        await Expect(Page.Locator("#results-count")).ToHaveTextAsync("Showing 1 to 1 of 1 candidate");
        await Follow(name, name);
        return CandidateIdInUrl();
    }

    /// <summary>The candidate's id in the current address (/candidates/{id}/…).</summary>
    public string CandidateIdInUrl() =>
        Regex.Match(Page.Url, "/candidates/([0-9a-fA-F-]{36})(/|$)") is { Success: true } match
            ? match.Groups[1].Value
            : throw new InvalidOperationException($"The address {Page.Url} holds no candidate id.");

    /// <summary>Follows the newest invitation emailed to the address and sets the password there.</summary>
    public async Task SetPasswordFromInvitation(Mailbox mailbox, string email, string password)
    {
        var invitation = await mailbox.LatestToAsync(email, "Set your password for the Assessment Only portal");
        await Session.GoToAsync(mailbox.LinkIn(invitation, "/set-password?"));
        await Expect(Heading).ToHaveTextAsync("Set your password");
        await Field("New password").FillAsync(password);
        await Field("Confirm new password").FillAsync(password);
        await Shot("candidate-set-password");
        await Session.AssertFormCarriesAntiforgeryTokenAsync("/set-password");
        await Submit("Set password", "setting the password");
        await Expect(SuccessBanner).ToContainTextAsync("Your password has been set");
    }

    /// <summary>Fills a GOV.UK date input (Day, Month, Year) found by its legend.</summary>
    public async Task FillDate(string legend, DateOnly date)
    {
        var group = Page.GetByRole(AriaRole.Group, new() { Name = legend, Exact = true });
        await group.GetByLabel("Day", new() { Exact = true }).FillAsync(date.Day.ToString(CultureInfo.InvariantCulture));
        await group.GetByLabel("Month", new() { Exact = true }).FillAsync(date.Month.ToString(CultureInfo.InvariantCulture));
        await group.GetByLabel("Year", new() { Exact = true }).FillAsync(date.Year.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>The value of a row of a summary list on the page, by its key.</summary>
    public ILocator SummaryValue(string key) =>
        Page.Locator("main .govuk-summary-list__row")
            .Filter(new() { Has = Page.Locator(".govuk-summary-list__key", new() { HasTextRegex = new Regex($"^\\s*{Regex.Escape(key)}\\s*$") }) })
            .Locator(".govuk-summary-list__value");

    /// <summary>Today in the UK, as the portal counts it: a date typed in is a UK date.</summary>
    public static DateOnly UkToday() =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/London")));

    /// <summary>A date as the portal writes it: 4 March 2027.</summary>
    public static string Day(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

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
