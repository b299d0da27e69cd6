using static Microsoft.Playwright.Assertions;

namespace AoPortal.EndToEnd.Tests;

[Collection(PortalCollection.Name)]
public sealed class SignInTests(PortalProcess portal, BrowserHost browsers)
{
    [BrowserFact]
    public Task The_sign_in_page_renders_with_its_styles_and_scripts_under_the_CSP() =>
        PortalSession.RunAsync(portal, browsers, nameof(The_sign_in_page_renders_with_its_styles_and_scripts_under_the_CSP), async s =>
        {
            await s.Page.GotoAsync("/");
            await Expect(s.Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/sign-in(\\?|$)"));
            await Expect(s.Page.Locator("main h1")).ToHaveTextAsync("Sign in");
            await Expect(s.Page.GetByLabel("Email address", new() { Exact = true })).ToBeVisibleAsync();
            await Expect(s.Page.GetByLabel("Password", new() { Exact = true })).ToBeVisibleAsync();

            // app.js (a module importing govuk-frontend.min.js) marks the body once it has run under the strict CSP.
            await Expect(s.Page.Locator("body")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("\\bgovuk-frontend-supported\\b"));
            // The stylesheet applied: GOV.UK Frontend's header and button styles are in effect, not the browser's defaults.
            var buttonBackground = await s.Page.Locator("main .govuk-button").EvaluateAsync<string>("b => getComputedStyle(b).backgroundColor");
            Assert.NotEqual("rgba(0, 0, 0, 0)", buttonBackground);
            Assert.NotEqual("rgb(239, 239, 239)", buttonBackground);

            await s.ScreenshotAsync("signin-page");
            s.AssertNoBrowserErrors();
        });

    [BrowserTheory]
    [InlineData("admin")]
    [InlineData("assessor")]
    [InlineData("moderator")]
    [InlineData("schoollead")]
    [InlineData("candidate")]
    public Task Each_demo_role_signs_in_through_the_real_page(string account) =>
        PortalSession.RunAsync(portal, browsers, $"{nameof(Each_demo_role_signs_in_through_the_real_page)}-{account}", async s =>
        {
            await s.SignInAndLandOnHomeAsync($"{account}@demo.test", screenshotOfSignInPage: $"signin-{account}-sign-in-page");

            var main = s.Page.Locator("main");
            switch (account)
            {
                case "admin":
                case "assessor":
                case "moderator":
                    var name = account switch { "admin" => "Alex Admin", "assessor" => "Sam Assessor", _ => "Morgan Moderator" };
                    await Expect(main.Locator("h1")).ToHaveTextAsync($"Welcome, {name}");
                    await Expect(main.Locator("h2", new() { HasText = "Candidates by status" })).ToBeVisibleAsync();
                    break;
                case "schoollead":
                    await Expect(main.Locator("h1")).ToHaveTextAsync("Your staff");
                    await Expect(main).ToContainTextAsync("Oakfield Primary School");
                    break;
                case "candidate":
                    await Expect(main.Locator("h1")).ToHaveTextAsync("Your Assessment Only route to QTS");
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(account), account, null);
            }

            await Expect(s.Page.Locator("header")).ToContainTextAsync("Signed in as");
            await s.ScreenshotAsync($"signin-{account}-home");

            await s.SignOutAsync();
            await s.ScreenshotAsync($"signin-{account}-signed-out");
            s.AssertNoBrowserErrors();
        });

    [BrowserFact]
    public Task A_wrong_password_shows_the_error_summary_and_focuses_it() =>
        PortalSession.RunAsync(portal, browsers, nameof(A_wrong_password_shows_the_error_summary_and_focuses_it), async s =>
        {
            // One failed attempt: far below the lockout threshold (5), and the next good sign-in resets the count.
            await s.SignInAsync("assessor@demo.test", "not-the-right-password");

            var summary = s.Page.Locator(".govuk-error-summary");
            await Expect(summary).ToBeVisibleAsync();
            await Expect(summary).ToContainTextAsync("Enter a correct email address and password");
            await Expect(s.Page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("^Error: "));

            // GOV.UK Frontend's ErrorSummary moves focus to the summary when it initialises: this only happens if
            // app.js and govuk-frontend.min.js load and run as modules under the portal's strict CSP.
            const string focusInSummary = "() => !!document.activeElement && !!document.activeElement.closest('.govuk-error-summary')";
            try
            {
                await s.Page.WaitForFunctionAsync(focusInSummary, null, new() { Timeout = 5_000 });
            }
            catch (Exception e) when (e is System.TimeoutException or Microsoft.Playwright.PlaywrightException)
            {
                var active = await s.Page.EvaluateAsync<string>("() => document.activeElement ? document.activeElement.outerHTML.slice(0, 200) : 'none'");
                var bodyClass = await s.Page.EvaluateAsync<string>("() => document.body.className");
                Assert.Fail($"Focus did not move into .govuk-error-summary (GOV.UK Frontend JS not running?). " +
                            $"Active element: {active}; body class: \"{bodyClass}\"; browser errors: {string.Join(" | ", s.BrowserErrors)}");
            }

            await Expect(s.Page.Locator("body")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("\\bgovuk-frontend-supported\\b"));
            await s.ScreenshotAsync("signin-wrong-password");
            s.AssertNoBrowserErrors();
        });
}
