using static Microsoft.Playwright.Assertions;

namespace AoPortal.EndToEnd.Tests;

/// <remarks>
/// The demo school lead, Helen Head of Oakfield Primary School, signs in and finds "Your staff": each member of staff
/// with their status, week, next milestone, standards coverage and anything overdue. She opens Owen Price (seeded
/// recommended for QTS) and reads his progress: the plan week by week, the shared observations and discussions, the
/// coverage and the link to the outcome. Nothing here changes data, so it shares the portal with the other read-only tests.
/// </remarks>
[Collection(PortalCollection.Name)]
public sealed class SchoolLeadJourneyTests(PortalProcess portal, BrowserHost browsers)
{
    private const string Owen = "Owen Price";

    [BrowserFact]
    public Task The_school_lead_follows_their_staff_and_opens_a_progress_page() =>
        PortalSession.RunAsync(portal, browsers, nameof(The_school_lead_follows_their_staff_and_opens_a_progress_page), async session =>
        {
            var s = new JourneySteps(session, "schoollead");

            await s.SignInAndLandOnHome("schoollead@demo.test", PortalSession.DemoPassword);
            await Expect(s.Heading).ToHaveTextAsync("Your staff");
            await Expect(s.Caption).ToHaveTextAsync("Oakfield Primary School");
            var staff = s.Page.Locator("#your-staff");
            await Expect(staff).ToBeVisibleAsync();
            foreach (var header in new[] { "Name", "Status", "Week", "Next milestone", "Standards", "Overdue" })
                await Expect(staff.Locator("thead")).ToContainTextAsync(header);
            var owenRow = staff.Locator("tbody tr", new() { HasText = Owen });
            await Expect(owenRow.Locator(".govuk-tag").First).ToHaveTextAsync("Recommended for QTS");
            await Expect(owenRow.Locator("[data-label='coverage']")).ToContainTextAsync("of 9 standards evidenced");
            await Expect(s.Page.Locator("main")).Not.ToContainTextAsync("Riverside Academy");
            await s.Shot("your-staff");

            await s.Follow(Owen, "Progress");
            await Expect(s.Caption).ToHaveTextAsync(Owen);
            await Expect(s.Page.Locator("#progress-summary")).ToContainTextAsync("Recommended for QTS");
            await Expect(s.Page.Locator("#progress-summary")).ToContainTextAsync("Sam Assessor");
            await Expect(s.Page.Locator("#progress-plan tbody tr").First).ToBeVisibleAsync();
            await Expect(s.Page.Locator("#progress-records li").First).ToBeVisibleAsync();
            await Expect(s.Page.Locator("#progress-coverage-table tbody tr")).ToHaveCountAsync(9);
            await Expect(s.Page.Locator("#outcome-link")).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("/candidates/[0-9a-f-]{36}/outcome$"));
            Assert.Equal(0, await s.Page.Locator("main form").CountAsync());
            await s.Shot("progress");

            await s.Link("View the outcome of the assessment").ClickAsync();
            await Expect(s.Heading).ToHaveTextAsync("Outcome of the assessment");
            await s.Page.GoBackAsync();
            await s.Link("Back to your staff").ClickAsync();
            await Expect(s.Heading).ToHaveTextAsync("Your staff");

            session.AssertNoBrowserErrors();
        });
}
