using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AoPortal.EndToEnd.Tests;

/// <summary>
/// The journey gives the demo candidate Kwame Mensah a password and adds, reviews and resubmits evidence in his portfolio,
/// so it runs against its own portal process (its own database, uploads and mail folder): other collections always see
/// him as seeded.
/// </summary>
[CollectionDefinition(Name)]
public sealed class EvidenceJourneyCollection : ICollectionFixture<PortalProcess>, ICollectionFixture<BrowserHost>
{
    public const string Name = "Evidence journey in its own portal";
}

/// <remarks>
/// Kwame Mensah is seeded in assessment with Sam Assessor, with no password, and with three portfolio items of his own
/// (titles unlike the one added here). The admin sends him a new invitation; he sets a password, adds a lesson plan with
/// a PDF; Sam asks for more evidence; Kwame adds a second version with another PDF; Sam accepts it; Kwame sees it accepted
/// and counted on the standards coverage map.
/// </remarks>
[Collection(EvidenceJourneyCollection.Name)]
public sealed class EvidenceJourneyTests(PortalProcess portal, BrowserHost browsers)
{
    private const string Candidate = "Kwame Mensah";
    private const string CandidateEmail = "kwame.mensah@demo.test";
    private const string CandidatePassword = "copper meadow falcon 17";
    private const string AssessorEmail = "assessor@demo.test";
    private const string Title = "Year 11 lesson plan: electromagnetic induction";
    private const string Description = "A lesson built around a coil, a magnet and a data logger.";
    private const string Feedback = "Please add the worksheet the pupils used and show how you adapted it for the lower set.";
    private const string Note = "Added the worksheet and the adapted version for set 4.";
    private const string FirstFile = "induction-lesson-plan.pdf";
    private const string SecondFile = "induction-worksheets.pdf";

    [BrowserFact]
    public Task A_candidate_adds_evidence_the_assessor_asks_for_more_and_accepts_the_new_version() =>
        PortalSession.RunAsync(portal, browsers, nameof(A_candidate_adds_evidence_the_assessor_asks_for_more_and_accepts_the_new_version), async session =>
        {
            var s = new JourneySteps(session, "evidence");
            var mailbox = new Mailbox(portal);
            var today = JourneySteps.UkToday();
            var folder = Directory.CreateTempSubdirectory("aoportal-evidence-");
            try
            {
                var candidateId = await AdminInvitesTheCandidateAgain(s);
                await s.SetPasswordFromInvitation(mailbox, CandidateEmail, CandidatePassword);
                await CandidateAddsEvidence(s, candidateId, today, TestFiles.Pdf(folder, FirstFile, "Lesson plan: electromagnetic induction"));
                await AssessorAsksForMore(s, today);
                await CandidateAddsANewVersion(s, TestFiles.Pdf(folder, SecondFile, "Worksheets: electromagnetic induction"));
                await AssessorAcceptsTheNewVersion(s);
                await CandidateSeesItAcceptedAndCovered(s, candidateId);
            }
            finally
            {
                folder.Delete(recursive: true);
            }

            session.AssertNoBrowserErrors();
        });

    private static async Task<string> AdminInvitesTheCandidateAgain(JourneySteps s)
    {
        await s.SignInAndLandOnHome("admin@demo.test", PortalSession.DemoPassword);
        var candidateId = await s.OpenCandidateRecord("Kwame", Candidate);
        await Expect(s.StatusTag).ToHaveTextAsync("In assessment");

        await s.Submit("Send a new invitation", "sending a new invitation");
        await Expect(s.SuccessBanner).ToContainTextAsync($"We have emailed {Candidate} a new link to set their password");
        await s.SignOut("admin-signed-out");
        return candidateId;
    }

    private static async Task CandidateAddsEvidence(JourneySteps s, string candidateId, DateOnly today, string file)
    {
        await s.SignInAndLandOnHome(CandidateEmail, CandidatePassword);
        await Expect(s.StatusTag).ToHaveTextAsync("In assessment");
        await s.Page.Locator("#your-assessment").GetByRole(AriaRole.Link, new() { Name = "Your portfolio", Exact = true }).ClickAsync();
        await Expect(s.Heading).ToHaveTextAsync("Your portfolio");
        await Expect(s.Page).ToHaveURLAsync($"{s.BaseUrl}/candidates/{candidateId}/evidence");
        // The seeded portfolio: two accepted items and one awaiting review, none of them the one added here.
        await Expect(s.Page.Locator("#portfolio tbody tr")).ToHaveCountAsync(3);
        await Expect(s.Page.Locator("#portfolio")).Not.ToContainTextAsync(Title);
        await s.Shot("candidate-portfolio-seeded");

        await s.Link("Add evidence").ClickAsync();
        await Expect(s.Heading).ToHaveTextAsync("Add evidence");
        await s.Shot("candidate-add-form-empty");

        await s.Page.GetByRole(AriaRole.Group, new() { Name = "What kind of evidence is it?" }).GetByLabel("Lesson plan", new() { Exact = true }).CheckAsync();
        await s.Field("Title").FillAsync(Title);
        await s.FillDate("Date of the evidence", today);
        await s.Field("Description (optional)").FillAsync(Description);
        var standards = s.Page.GetByRole(AriaRole.Group, new() { Name = "Teachers’ Standards this evidences" });
        await standards.GetByLabel(new Regex("^TS4: ")).CheckAsync();
        await s.Page.Locator("main details", new() { HasText = "Points under TS2" }).Locator("summary").ClickAsync();
        await standards.GetByLabel(new Regex("^TS2a: ")).CheckAsync();
        await s.Page.Locator("#form-files").SetInputFilesAsync(file);
        await s.Field("I have removed or hidden pupils' names, photos and other personal data").CheckAsync();
        await s.Shot("candidate-add-form-filled");
        await s.Session.AssertFormCarriesAntiforgeryTokenAsync($"/candidates/{candidateId}/evidence/new");
        await s.Submit("Add evidence", "adding the evidence");

        await Expect(s.Heading).ToHaveTextAsync(Title);
        await Expect(s.SuccessBanner).ToContainTextAsync("Your evidence has been added. Your assessor will review it.");
        await Expect(s.Page.Locator("#status")).ToHaveTextAsync("Awaiting review");
        await Expect(s.SummaryValue("Kind")).ToHaveTextAsync("Lesson plan");
        await Expect(s.SummaryValue("Standards")).ToHaveTextAsync("TS2a, TS4");
        await Expect(s.Page.Locator("#version-1")).ToContainTextAsync(FirstFile);
        await s.Shot("candidate-item-added");

        await s.Link("Back to your portfolio").ClickAsync();
        await Expect(s.Heading).ToHaveTextAsync("Your portfolio");
        var row = s.Page.Locator("#portfolio tbody tr", new() { HasText = Title });
        await Expect(row.Locator(".govuk-tag")).ToHaveTextAsync("Awaiting review");
        await s.Shot("candidate-portfolio-awaiting-review");
        await s.SignOut("candidate-signed-out");
    }

    private static async Task AssessorAsksForMore(JourneySteps s, DateOnly today)
    {
        var answerBy = today.AddDays(14);
        await s.SignInAndLandOnHome(AssessorEmail, PortalSession.DemoPassword);
        await s.Page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Evidence to review", Exact = true }).ClickAsync();
        await Expect(s.Heading).ToHaveTextAsync("Evidence to review");
        var row = QueueRow(s);
        await Expect(row).ToContainTextAsync(Candidate);
        await Expect(row.Locator("td").Nth(3)).ToHaveTextAsync("1");
        await s.Shot("assessor-queue");

        await row.GetByRole(AriaRole.Link, new() { Name = Title, Exact = true }).ClickAsync();
        await Expect(s.Heading).ToHaveTextAsync(Title);
        await Expect(s.Caption).ToHaveTextAsync(Candidate);
        await Expect(s.Page.Locator("#files")).ToContainTextAsync(FirstFile);
        await s.Shot("assessor-review-form");

        await s.Page.GetByRole(AriaRole.Group, new() { Name = "Your decision" }).GetByLabel("Ask for more evidence", new() { Exact = true }).CheckAsync();
        await s.Field("What more is needed").FillAsync(Feedback);
        await s.FillDate("Date to answer by (optional)", answerBy);
        await s.Shot("assessor-review-asking-for-more");
        await s.Submit("Save decision", "asking for more evidence");

        await Expect(s.Heading).ToHaveTextAsync("Evidence to review");
        await Expect(s.SuccessBanner).ToContainTextAsync("More evidence requested. We have emailed the candidate with your feedback.");
        await Expect(QueueRow(s)).ToHaveCountAsync(0);
        await s.Shot("assessor-queue-after-request");
        await s.SignOut("assessor-signed-out");
    }

    private static async Task CandidateAddsANewVersion(JourneySteps s, string file)
    {
        await s.SignInAndLandOnHome(CandidateEmail, CandidatePassword);
        await s.Page.Locator("#your-assessment").GetByRole(AriaRole.Link, new() { Name = "Your portfolio", Exact = true }).ClickAsync();
        await Expect(s.Heading).ToHaveTextAsync("Your portfolio");
        await Expect(s.Page.Locator("#feedback-waiting")).ToContainTextAsync("1 item needs more evidence");
        var row = s.Page.Locator("#portfolio tbody tr", new() { HasText = Title });
        await Expect(row.Locator(".govuk-tag")).ToHaveTextAsync("More evidence needed");
        await Expect(row).ToContainTextAsync(Feedback);
        await s.Shot("candidate-portfolio-more-needed");

        await s.Follow(Title, Title);
        await Expect(s.Page.Locator("#status")).ToHaveTextAsync("More evidence needed");
        await Expect(s.Page.Locator("main")).ToContainTextAsync(Feedback);
        await s.Page.Locator("#form-files").SetInputFilesAsync(file);
        await s.Field("What this version changes").FillAsync(Note);
        await s.Shot("candidate-new-version-form");
        await s.Submit("Add new version", "adding a new version");

        await Expect(s.Heading).ToHaveTextAsync(Title);
        await Expect(s.SuccessBanner).ToContainTextAsync("Your new version has been added. Your assessor will review it.");
        await Expect(s.Page.Locator("#status")).ToHaveTextAsync("Awaiting review");
        await Expect(s.Page.Locator("#version-2")).ToContainTextAsync(SecondFile);
        await Expect(s.Page.Locator("#version-2")).ToContainTextAsync(Note);
        await Expect(s.Page.Locator("#version-1")).ToContainTextAsync(FirstFile);
        await s.Shot("candidate-item-two-versions");
        await s.SignOut("candidate-signed-out-after-version");
    }

    private static async Task AssessorAcceptsTheNewVersion(JourneySteps s)
    {
        await s.SignInAndLandOnHome(AssessorEmail, PortalSession.DemoPassword);
        await s.Page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Evidence to review", Exact = true }).ClickAsync();
        var row = QueueRow(s);
        await Expect(row.Locator("td").Nth(3)).ToHaveTextAsync("2");
        await s.Shot("assessor-queue-version-2");

        await row.GetByRole(AriaRole.Link, new() { Name = Title, Exact = true }).ClickAsync();
        await Expect(s.Heading).ToHaveTextAsync(Title);
        await Expect(s.Page.Locator("#files")).ToContainTextAsync(SecondFile);
        await Expect(s.Page.Locator("#reviews")).ToContainTextAsync(Feedback);
        await s.Page.GetByRole(AriaRole.Group, new() { Name = "Your decision" }).GetByLabel("Accept the evidence", new() { Exact = true }).CheckAsync();
        await s.Shot("assessor-review-version-2");
        await s.Submit("Save decision", "accepting the evidence");

        await Expect(s.Heading).ToHaveTextAsync("Evidence to review");
        await Expect(s.SuccessBanner).ToContainTextAsync("Evidence accepted. We have emailed the candidate.");
        await Expect(QueueRow(s)).ToHaveCountAsync(0);
        await s.SignOut("assessor-signed-out-after-accepting");
    }

    private static async Task CandidateSeesItAcceptedAndCovered(JourneySteps s, string candidateId)
    {
        await s.SignInAndLandOnHome(CandidateEmail, CandidatePassword);
        await s.Page.Locator("#your-assessment").GetByRole(AriaRole.Link, new() { Name = "Your portfolio", Exact = true }).ClickAsync();
        var row = s.Page.Locator("#portfolio tbody tr", new() { HasText = Title });
        await Expect(row.Locator(".govuk-tag")).ToHaveTextAsync("Accepted");
        await Expect(row).ToContainTextAsync("Lesson plan, version 2");
        await s.Shot("candidate-portfolio-accepted");

        await s.Follow(Title, Title);
        await Expect(s.Page.Locator("#status")).ToHaveTextAsync("Accepted");
        // The candidate's item page lists the reviews under the "Reviews" heading, newest first.
        var reviews = s.Page.Locator("main .govuk-inset-text");
        await Expect(reviews).ToHaveCountAsync(2);
        await Expect(reviews.Nth(0)).ToContainTextAsync("Version 2: accepted by Sam Assessor");
        await Expect(reviews.Nth(1)).ToContainTextAsync("Version 1: more evidence needed by Sam Assessor");
        await Expect(reviews.Nth(1)).ToContainTextAsync(Feedback);
        await s.Shot("candidate-item-accepted");

        await s.Link("Back to your portfolio").ClickAsync();
        await s.Link("which standards are well evidenced and which are thin").ClickAsync();
        await Expect(s.Heading).ToHaveTextAsync("Standards coverage");
        await Expect(s.Page).ToHaveURLAsync($"{s.BaseUrl}/candidates/{candidateId}/coverage");
        await Expect(s.Page.Locator("#coverage-TS4")).ToContainTextAsync(Title);
        await Expect(s.Page.Locator("#coverage-TS2")).ToContainTextAsync(Title);
        // The seeded accepted reflective assignment counts under TS7; the seeded item awaiting review does not count under TS5.
        await Expect(s.Page.Locator("#coverage-TS7")).ToContainTextAsync("Reflective assignment: behaviour management");
        await Expect(s.Page.Locator("#coverage-TS5")).Not.ToContainTextAsync("Adapted practical worksheets");
        await s.Shot("candidate-coverage");
        await s.SignOut("candidate-signed-out-at-the-end");
    }

    private static ILocator QueueRow(JourneySteps s) => s.Page.Locator("main tbody tr", new() { HasText = Title });
}
