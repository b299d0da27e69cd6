using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AoPortal.EndToEnd.Tests;

/// <summary>
/// The journey changes Priya Sharma's record from a draft to accepted, so it runs against its own portal process
/// (its own database): the tests in <see cref="PortalCollection"/> always see the demo data as seeded, whatever order
/// the collections run in. Each collection starts its own app and browser; they run in parallel.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ApplicationJourneyCollection : ICollectionFixture<PortalProcess>, ICollectionFixture<BrowserHost>
{
    public const string Name = "Application journey in its own portal";
}

[Collection(ApplicationJourneyCollection.Name)]
public sealed class ApplicationJourneyTests(PortalProcess portal, BrowserHost browsers)
{
    private static readonly Applicant Priya = new("Priya", "Sharma", "candidate@demo.test", PortalSession.DemoPassword);

    [BrowserFact]
    public Task A_candidate_applies_the_school_confirms_support_and_the_provider_accepts() =>
        PortalSession.RunAsync(portal, browsers, nameof(A_candidate_applies_the_school_confirms_support_and_the_provider_accepts), async session =>
        {
            var s = new JourneySteps(session, "journey");
            var application = new ApplicationSteps(s, Priya);

            await application.CandidateCompletesAndSubmitsTheApplication();
            await application.SchoolLeadConfirmsSupport();

            await s.SignInAndLandOnHome("admin@demo.test", PortalSession.DemoPassword);
            await s.Shot("admin-home");
            await application.AdminRecordsSafeguardingChecks();
            await s.SignOut("admin-signed-out");

            await s.SignInAndLandOnHome("assessor@demo.test", PortalSession.DemoPassword);
            await s.Shot("assessor-home");
            await application.OpenEntryRequirementsAsProviderStaff("assessor");
            await application.ReviewerJudgesEveryRequirementAndAccepts("assessor");
            await s.SignOut("assessor-signed-out");

            await CandidateSeesTheyAreAccepted(s);

            AssertAcceptanceEmailWritten();
            session.AssertNoBrowserErrors();
        });

    /// <summary>The portal emails the decision: an .eml in the pickup folder this fixture gave the app.</summary>
    private void AssertAcceptanceEmailWritten()
    {
        var folder = Path.Combine(portal.DataFolder, "mail");
        var emails = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.eml").Select(File.ReadAllText).ToList() : [];
        Assert.True(
            emails.Any(e => e.Contains("candidate@demo.test", StringComparison.OrdinalIgnoreCase) && e.Contains("Your application has been accepted")),
            $"No acceptance email to candidate@demo.test among the {emails.Count} .eml file(s) in {folder}.");
    }

    private static async Task CandidateSeesTheyAreAccepted(JourneySteps s)
    {
        await s.SignInAndLandOnHome(Priya.Email, Priya.Password);
        await Expect(s.Heading).ToHaveTextAsync("Your Assessment Only route to QTS");
        await Expect(s.StatusTag).ToHaveTextAsync("Accepted");
        await Expect(s.Page.Locator("#application-progress")).ToContainTextAsync("You have submitted your application.");
        await s.Shot("candidate-home-accepted");

        await s.Page.GetByRole(AriaRole.Link, new() { Name = "View your application" }).ClickAsync();
        await Expect(s.Page).ToHaveURLAsync(s.BaseUrl + "/application");
        await Expect(s.Heading).ToHaveTextAsync("Your application");
        await Expect(s.StatusTag).ToHaveTextAsync("Accepted");
        await s.Shot("candidate-task-list-accepted");

        await s.SignOut("candidate-signed-out-at-the-end");
    }
}
