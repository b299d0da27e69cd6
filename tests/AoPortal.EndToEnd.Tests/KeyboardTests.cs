using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AoPortal.EndToEnd.Tests;

/// <summary>The keyboard tests submit forms and give a demo candidate a password, so they run against their own portal.</summary>
[CollectionDefinition(Name)]
public sealed class KeyboardCollection : ICollectionFixture<PortalProcess>, ICollectionFixture<BrowserHost>
{
    public const string Name = "Keyboard tests in their own portal";
}

/// <remarks>
/// A keyboard-only pass over the main forms: sign-in, an application section (personal details), the observation form
/// and the evidence upload. On each: the first Tab reaches the skip link, which moves focus to the main content; tabbing
/// through the page, every element that takes focus looks different focused (GOV.UK's yellow focus style: outline,
/// box-shadow or background, compared with the same element unfocused); submitting the form with errors puts focus on
/// the error summary; and sign-in and the personal details are completed and submitted with keys alone.
/// </remarks>
[Collection(KeyboardCollection.Name)]
public sealed class KeyboardTests(PortalProcess portal, BrowserHost browsers)
{
    private const string Kwame = "Kwame Mensah";
    private const string KwameEmail = "kwame.mensah@demo.test";
    private const string KwamePassword = "harbour copper lantern 63";

    [BrowserFact]
    public Task Sign_in_is_completed_with_the_keyboard_alone() =>
        PortalSession.RunAsync(portal, browsers, nameof(Sign_in_is_completed_with_the_keyboard_alone), async session =>
        {
            var keys = new KeyboardSteps(new JourneySteps(session, "keyboard-sign-in"));
            await keys.PassOverTheForm("/sign-in", "Sign in", "Sign in");

            await keys.TabToField("Email address");
            await session.Page.Keyboard.TypeAsync("candidate@demo.test");
            await keys.TabToField("Password");
            await session.Page.Keyboard.TypeAsync(PortalSession.DemoPassword);
            await keys.TabToButtonAndPressEnter("Sign in");
            await Expect(session.Page).ToHaveURLAsync(portal.BaseUrl + "/");
            await Expect(session.Page.Locator("main h1")).ToHaveTextAsync("Your Assessment Only route to QTS");
            await keys.Steps.Shot("signed-in-by-keyboard");
            session.AssertNoBrowserErrors();
        });

    [BrowserFact]
    public Task An_application_section_is_completed_with_the_keyboard_alone() =>
        PortalSession.RunAsync(portal, browsers, nameof(An_application_section_is_completed_with_the_keyboard_alone), async session =>
        {
            var s = new JourneySteps(session, "keyboard-application");
            var keys = new KeyboardSteps(s);
            await s.SignInAndLandOnHome("candidate@demo.test", PortalSession.DemoPassword);
            await keys.PassOverTheForm("/application/personal-details", "Personal details", submit: null);
            foreach (var field in new[] { "First names", "Last name" })
            {
                await keys.TabToField(field);
                await session.Page.Keyboard.PressAsync("Control+A");
                await session.Page.Keyboard.PressAsync("Delete");
            }

            await keys.SubmitEmptyAndExpectTheErrorSummaryFocused("Save and continue");

            foreach (var (field, value) in new[]
            {
                ("First names", "Priya"), ("Last name", "Sharma"), ("Day", "14"), ("Month", "3"), ("Year", "1990"),
                ("Phone number", "01632 960 123"), ("Address", "12 Elm Road"), ("Postcode", "LS6 3HN"), ("Nationality", "British"),
            })
            {
                await keys.TabToField(field);
                await session.Page.Keyboard.PressAsync("Control+A");
                await session.Page.Keyboard.TypeAsync(value);
            }

            await s.Shot("personal-details-typed");
            await keys.TabToButtonAndPressEnter("Save and continue");
            await Expect(s.Heading).ToHaveTextAsync("Your application");
            await Expect(session.Page.Locator("#task-list-1-status")).ToHaveTextAsync("Completed");
            await s.Shot("personal-details-saved-by-keyboard");
            session.AssertNoBrowserErrors();
        });

    [BrowserFact]
    public Task The_observation_form_and_the_evidence_upload_work_from_the_keyboard() =>
        PortalSession.RunAsync(portal, browsers, nameof(The_observation_form_and_the_evidence_upload_work_from_the_keyboard), async session =>
        {
            var s = new JourneySteps(session, "keyboard-assessment");
            var keys = new KeyboardSteps(s);

            // The observation form, as Kwame Mensah's assessor (he is seeded in assessment with Sam Assessor).
            await s.SignInAndLandOnHome("admin@demo.test", PortalSession.DemoPassword);
            var kwameId = await s.OpenCandidateRecord("Kwame", Kwame);
            await s.Submit("Send a new invitation", "sending a new invitation");
            await s.SignOut("admin-signed-out");

            await s.SignInAndLandOnHome("assessor@demo.test", PortalSession.DemoPassword);
            await keys.PassOverTheForm($"/candidates/{kwameId}/assessment/records/new?kind=Observation", "Record an observation", "Save as draft");
            await s.SignOut("assessor-signed-out");

            // The evidence upload, as Kwame.
            await s.SetPasswordFromInvitation(new Mailbox(portal), KwameEmail, KwamePassword);
            await s.SignInAndLandOnHome(KwameEmail, KwamePassword);
            await keys.PassOverTheForm($"/candidates/{kwameId}/evidence/new", "Add evidence", "Add evidence");
            session.AssertNoBrowserErrors();
        });

    /// <summary>What a keyboard user does on a page: Tab, Enter, Space, and what they see of focus.</summary>
    private sealed class KeyboardSteps(JourneySteps steps)
    {
        private const int MostTabStops = 250;

        /// <summary>
        /// What an element looks like: its own outline, box-shadow, background, colour and underline, and for a radio or
        /// checkbox (a hidden input) those of its label's ::before, where GOV.UK Frontend draws the box and its focus ring.
        /// </summary>
        private const string Look = """
            el => {
              const styled = (el.matches('input[type=radio], input[type=checkbox]') && el.labels && el.labels.length)
                ? [el.labels[0], '::before'] : [el, null];
              const c = getComputedStyle(styled[0], styled[1]);
              return [c.outlineStyle, c.outlineWidth, c.outlineColor, c.outlineOffset, c.boxShadow, c.backgroundColor, c.color,
                c.textDecorationLine, c.textDecorationThickness, c.borderColor, c.borderWidth].join(' | ');
            }
            """;

        public JourneySteps Steps => steps;

        private IPage Page => steps.Page;

        /// <summary>
        /// On freshly loaded copies of a form's page: the skip link, a Tab through every element, and (with a button
        /// named) the form submitted empty. Leaves the page freshly loaded again.
        /// </summary>
        public async Task PassOverTheForm(string path, string heading, string? submit)
        {
            await steps.Session.GoToAsync(path);
            await Expect(steps.Heading).ToHaveTextAsync(heading);
            await SkipLinkComesFirstAndMovesFocusToMain();
            await steps.Session.GoToAsync(path);
            await EveryFocusedElementShowsFocus();
            await steps.Session.GoToAsync(path);
            if (submit is null) return;
            await SubmitEmptyAndExpectTheErrorSummaryFocused(submit);
            await steps.Session.GoToAsync(path);
        }

        public async Task SkipLinkComesFirstAndMovesFocusToMain()
        {
            await steps.Session.AssertAccessibleSoFarAsync();
            await Page.Keyboard.PressAsync("Tab");
            var first = await Active("el => el.outerHTML.slice(0, 160)");
            Assert.True(await Active("el => el.matches('a.govuk-skip-link')") == "true",
                $"The first Tab on {Page.Url} reached {first}, not the skip link.");
            await Expect(Page.Locator("a.govuk-skip-link")).ToBeVisibleAsync();
            await steps.Shot("skip-link-focused");

            await Page.Keyboard.PressAsync("Enter");
            await Page.WaitForFunctionAsync("() => document.activeElement && document.activeElement.id === 'main-content'", null, new() { Timeout = 5_000 });
            Assert.EndsWith("#main-content", Page.Url);
        }

        /// <summary>
        /// Tabs from the top of a freshly loaded page to its end. For each element that takes focus, compares how it looks
        /// focused with how it looks once focus has moved on; fails naming every element whose focus cannot be seen.
        /// </summary>
        public async Task EveryFocusedElementShowsFocus()
        {
            await steps.Session.AssertAccessibleSoFarAsync();
            var unseen = new List<string>();
            var reached = 0;
            IElementHandle? previous = null;
            string? previousLook = null;
            string? previousName = null;
            for (var i = 0; i < MostTabStops; i++)
            {
                await Page.Keyboard.PressAsync("Tab");
                var current = await Page.EvaluateHandleAsync("() => document.activeElement") as IElementHandle;
                if (previous is not null) CheckPrevious(await previous.EvaluateAsync<string>(Look));
                if (current is null || await current.EvaluateAsync<bool>("el => el === document.body || el === document.documentElement")) break;

                var name = await current.EvaluateAsync<string>(
                    "el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.name ? '[name=' + el.name + ']' : '') + ' \"' + (el.innerText || el.value || el.getAttribute('aria-label') || '').trim().slice(0, 40) + '\"'");
                if (await current.EvaluateAsync<bool>("el => { const seen = !!el.dataset.aoKeyboardSeen; el.dataset.aoKeyboardSeen = '1'; return seen; }")) break;
                reached++;
                if (i == 3) await steps.Shot("tabbing");
                previous = current;
                previousLook = await current.EvaluateAsync<string>(Look);
                previousName = name;
            }

            Assert.True(reached > 3, $"Tabbing through {Page.Url} reached only {reached} element(s).");
            Assert.True(unseen.Count == 0,
                $"On {Page.Url}, {unseen.Count} of the {reached} elements reached by Tab look the same focused and unfocused:\n  " + string.Join("\n  ", unseen));

            void CheckPrevious(string lookNow)
            {
                if (lookNow == previousLook) unseen.Add($"{previousName}: {lookNow}");
            }
        }

        /// <summary>Presses Enter on the form's button with nothing (or too little) filled in; the error summary takes focus.</summary>
        public async Task SubmitEmptyAndExpectTheErrorSummaryFocused(string button)
        {
            await TabToButtonAndPressEnter(button);
            await Expect(Page.Locator(".govuk-error-summary")).ToBeVisibleAsync();
            await Expect(Page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("^Error: "));
            await Page.WaitForFunctionAsync(
                "() => !!document.activeElement && !!document.activeElement.closest('.govuk-error-summary')", null, new() { Timeout = 5_000 });
            await steps.Shot("error-summary-focused");

            // Its first link takes the keyboard to the field in error.
            await Page.Keyboard.PressAsync("Tab");
            Assert.Equal("true", await Active("el => !!el.closest('.govuk-error-summary__list')"));
            await Page.Keyboard.PressAsync("Enter");
            Assert.Equal("true", await Active("el => el.matches('input, textarea, select')"));
        }

        /// <summary>Tabs until the field with this label (or a date part: Day, Month, Year) has focus.</summary>
        public Task TabToField(string label) =>
            TabUntil($"el => !!el.labels && [...el.labels].some(l => l.innerText.trim().split('\\n')[0].trim() === {Js(label)})", $"the field \"{label}\"");

        /// <summary>Tabs to the button, presses Enter and waits for the page it leads to.</summary>
        public async Task TabToButtonAndPressEnter(string button)
        {
            await TabUntil($"el => el.matches('button, input[type=submit]') && el.innerText.trim() === {Js(button)}", $"the button \"{button}\"");
            await steps.Session.AssertAccessibleSoFarAsync();
            await Page.EvaluateAsync("() => { window.aoPortalJourneyOldPage = true; }");
            await Page.Keyboard.PressAsync("Enter");
            await Page.WaitForFunctionAsync("() => window.aoPortalJourneyOldPage !== true");
            await Page.WaitForLoadStateAsync(LoadState.Load);
        }

        private async Task TabUntil(string predicate, string what)
        {
            for (var i = 0; i < MostTabStops; i++)
            {
                if (await Active(predicate) == "true") return;
                await Page.Keyboard.PressAsync("Tab");
            }

            Assert.Fail($"Tab never reached {what} on {Page.Url}.");
        }

        private async Task<string> Active(string function) =>
            await Page.EvaluateAsync<string>($"() => {{ const el = document.activeElement; return el ? String(({function})(el)) : 'none'; }}");

        private static string Js(string text) => System.Text.Json.JsonSerializer.Serialize(text);
    }
}
