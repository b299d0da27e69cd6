using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AoPortal.EndToEnd.Tests;

/// <summary>
/// The journey returns and then rejects the demo candidate Daniel Evans, so it runs against its own portal process (its
/// own database and mail folder), like <see cref="ApplicationJourneyTests"/>: other collections always see him as seeded.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ReturnAndRejectJourneyCollection : ICollectionFixture<PortalProcess>, ICollectionFixture<BrowserHost>
{
    public const string Name = "Return and reject journey in its own portal";
}

/// <remarks>
/// Daniel Evans is seeded with a complete, submitted application but no password. Rather than fill in a whole
/// application again (<see cref="ApplicationJourneyTests"/> does that), the admin sends him a new invitation from his
/// record, as they would for a real candidate who never set one, and he sets his password from the emailed link.
/// </remarks>
[Collection(ReturnAndRejectJourneyCollection.Name)]
public sealed class ReturnAndRejectJourneyTests(PortalProcess portal, BrowserHost browsers)
{
    private const string Candidate = "Daniel Evans";
    private const string CandidateEmail = "daniel.evans@demo.test";
    private const string CandidatePassword = "copper kettle meadow 19";
    private const string Reviewer = "Sam Assessor";
    private const string ReturnMessage =
        "Please give the full title of your degree, for example BSc Mathematics, so that we can check it against the subject you will teach.";
    private const string ChangedDegreeSubject = "BA History with Mathematics";
    private const string RejectionReason =
        "Your degree does not show the subject knowledge in mathematics that teaching it from 11 to 16 needs, and the policy does not allow this to be waived.";

    [BrowserFact]
    public Task The_provider_returns_an_application_the_candidate_resubmits_and_the_provider_rejects_it() =>
        PortalSession.RunAsync(portal, browsers, nameof(The_provider_returns_an_application_the_candidate_resubmits_and_the_provider_rejects_it), async session =>
        {
            var s = new JourneySteps(session, "return-reject");
            var mailbox = new Mailbox(portal);

            await AdminSendsTheCandidateANewInvitation(s);
            await CandidateSetsTheirPassword(s, mailbox);
            await ReviewerJudgesTheDegreeMetAndReturnsTheApplication(s);
            await CandidateSeesTheMessageChangesTheDegreeAndResubmits(s, mailbox);
            await ReviewerFindsTheJudgementClearedAndRejects(s);
            await CandidateSeesTheRejection(s, mailbox);

            session.AssertNoBrowserErrors();
        });

    private static async Task AdminSendsTheCandidateANewInvitation(JourneySteps s)
    {
        await s.SignInAndLandOnHome("admin@demo.test", PortalSession.DemoPassword);
        await OpenCandidateRecordAs(s, "admin");
        await Expect(s.StatusTag).ToHaveTextAsync("Application submitted");
        await Expect(s.Page.Locator("main")).ToContainTextAsync("Daniel has not set a password yet.");

        await s.Submit("Send a new invitation", "sending a new invitation");
        await Expect(s.Heading).ToHaveTextAsync(Candidate);
        await Expect(s.SuccessBanner).ToContainTextAsync($"We have emailed {Candidate} a new link to set their password");
        await s.Shot("admin-invitation-sent");
        await s.SignOut("admin-signed-out");
    }

    private static async Task CandidateSetsTheirPassword(JourneySteps s, Mailbox mailbox)
    {
        await s.SetPasswordFromInvitation(mailbox, CandidateEmail, CandidatePassword);
        await Expect(s.Heading).ToHaveTextAsync("Sign in");
        await s.Shot("candidate-password-set");

        await s.SignInAndLandOnHome(CandidateEmail, CandidatePassword);
        await Expect(s.Heading).ToHaveTextAsync("Your Assessment Only route to QTS");
        await Expect(s.StatusTag).ToHaveTextAsync("Application submitted");
        await Expect(s.Page.Locator("#application-progress")).ToContainTextAsync("You have submitted your application.");
        await s.Shot("candidate-home-submitted");
        await s.SignOut("candidate-signed-out");
    }

    private static async Task ReviewerJudgesTheDegreeMetAndReturnsTheApplication(JourneySteps s)
    {
        await s.SignInAndLandOnHome("assessor@demo.test", PortalSession.DemoPassword);
        await OpenCandidateRecordAs(s, "assessor");
        await OpenEntryRequirements(s, "assessor-entry-requirements-submitted");
        await Expect(s.StatusTag).ToHaveTextAsync("Application submitted");
        await Expect(JudgementOf(s, "Degree")).ToHaveTextAsync("Not judged yet");

        await s.Link("Judge Degree").ClickAsync();
        await Expect(s.Heading).ToHaveTextAsync("Degree");
        await Expect(s.Caption).ToHaveTextAsync(Candidate);
        await s.Page.GetByRole(AriaRole.Group, new() { Name = "Is this requirement met?" }).GetByLabel("Met", new() { Exact = true }).CheckAsync();
        await s.Shot("assessor-judge-degree");
        await s.Submit("Save judgement", "judging the degree met");

        await Expect(s.Heading).ToHaveTextAsync("Entry requirements");
        await Expect(s.SuccessBanner).ToContainTextAsync("Degree judged met");
        await Expect(s.StatusTag).ToHaveTextAsync("Eligibility review");
        await Expect(JudgementOf(s, "Degree")).ToContainTextAsync("Met");
        await Expect(JudgementOf(s, "Degree")).ToContainTextAsync($"by {Reviewer}");
        await s.Shot("assessor-degree-judged-met");

        await s.Follow("Return to the candidate", "Return the application to the candidate");
        await Expect(s.Caption).ToHaveTextAsync(Candidate);
        await s.Field("What should the candidate change?").FillAsync(ReturnMessage);
        await s.Shot("assessor-return-form");
        await s.Session.AssertFormCarriesAntiforgeryTokenAsync(new Uri(s.Page.Url).AbsolutePath);
        await s.Submit("Return application", "returning the application");

        await Expect(s.Heading).ToHaveTextAsync("Entry requirements");
        await Expect(s.SuccessBanner).ToContainTextAsync("The application has been returned to the candidate");
        await Expect(s.StatusTag).ToHaveTextAsync("Application in progress");
        await Expect(s.Page.Locator("main")).ToContainTextAsync("The candidate has not submitted their application");
        await s.Shot("assessor-returned");
        await s.SignOut("assessor-signed-out");
    }

    private static async Task CandidateSeesTheMessageChangesTheDegreeAndResubmits(JourneySteps s, Mailbox mailbox)
    {
        var returned = await mailbox.LatestToAsync(CandidateEmail, "Your application has been returned to you");
        Assert.Contains(ReturnMessage, Unwrap(returned.Body));

        await s.SignInAndLandOnHome(CandidateEmail, CandidatePassword);
        await Expect(s.StatusTag).ToHaveTextAsync("Application in progress");
        await Expect(s.Page.Locator("#application-progress")).ToHaveTextAsync("6 of 6 sections completed");
        await s.Shot("candidate-home-returned");

        await s.Page.GetByRole(AriaRole.Button, new() { Name = "Continue your application" }).ClickAsync();
        await Expect(s.Page).ToHaveURLAsync(s.BaseUrl + "/application");
        await Expect(s.Heading).ToHaveTextAsync("Your application");
        var banner = s.Page.Locator("main .govuk-notification-banner", new() { HasText = "returned your application" });
        await Expect(banner).ToContainTextAsync("Your provider has returned your application for changes");
        await Expect(s.Page.Locator("#return-message")).ToHaveTextAsync(ReturnMessage);
        await Expect(s.Page.Locator("#progress")).ToHaveTextAsync("You have completed 6 of 6 sections.");
        await s.Shot("candidate-task-list-returned");

        await s.Follow("Degree and GCSEs", "Degree and GCSEs");
        await Expect(s.Page.Locator("#degree")).ToContainTextAsync("History, University of Leeds");
        await s.Link("Change degree").ClickAsync();
        await Expect(s.Heading).ToHaveTextAsync("Your degree");
        await Expect(s.Field("Degree subject")).ToHaveValueAsync("History");
        await s.Field("Degree subject").FillAsync(ChangedDegreeSubject);
        await s.Shot("candidate-degree-changed");
        await s.Submit("Save and continue", "saving the degree");
        await Expect(s.Heading).ToHaveTextAsync("Degree and GCSEs");
        await Expect(s.Page.Locator("#degree")).ToContainTextAsync($"{ChangedDegreeSubject}, University of Leeds");
        await s.Shot("candidate-qualifications-after-change");

        await s.Button("Return to your application").ClickAsync();
        await Expect(s.Heading).ToHaveTextAsync("Your application");
        await s.Page.GetByRole(AriaRole.Button, new() { Name = "Check your answers and submit" }).ClickAsync();
        await Expect(s.Heading).ToHaveTextAsync("Check your answers before submitting your application");
        await Expect(s.Page.Locator(".govuk-warning-text")).ToHaveCountAsync(0);
        await Expect(s.Page.Locator("main")).ToContainTextAsync(ChangedDegreeSubject);
        await s.Shot("candidate-check-answers-again");

        await s.Session.AssertFormCarriesAntiforgeryTokenAsync("/application/submit");
        await s.Submit("Submit application", "resubmitting the application");
        await Expect(s.Page).ToHaveURLAsync(s.BaseUrl + "/application");
        await Expect(s.SuccessBanner).ToContainTextAsync("Your application has been submitted");
        await Expect(s.StatusTag).ToHaveTextAsync("Application submitted");
        // The provider's message was about the returned application; it is not shown once it is submitted again.
        await Expect(s.Page.Locator("#return-message")).ToHaveCountAsync(0);
        await s.Shot("candidate-resubmitted");
        await s.SignOut("candidate-signed-out-after-resubmitting");
    }

    private static async Task ReviewerFindsTheJudgementClearedAndRejects(JourneySteps s)
    {
        await s.SignInAndLandOnHome("assessor@demo.test", PortalSession.DemoPassword);
        await OpenCandidateRecordAs(s, "assessor-again");
        await Expect(s.StatusTag).ToHaveTextAsync("Application submitted");
        var history = s.Page.Locator("main table", new() { HasText = "When" });
        await Expect(history).ToContainTextAsync("Application returned to the candidate");
        await Expect(history).ToContainTextAsync(ReturnMessage);
        await Expect(history).ToContainTextAsync("Judgements of the answers cleared for the provider to judge again");

        await OpenEntryRequirements(s, "assessor-entry-requirements-resubmitted");
        await Expect(JudgementOf(s, "Degree")).ToHaveTextAsync("Not judged yet");
        await Expect(s.Page.Locator("main")).Not.ToContainTextAsync($"by {Reviewer}");

        await s.Follow("Reject", "Are you sure you want to reject this application?");
        await Expect(s.Caption).ToHaveTextAsync(Candidate);
        await Expect(s.Page.Locator("main .govuk-warning-text")).ToContainTextAsync("The candidate cannot change or resubmit a rejected application.");
        await s.Field("Reason for rejecting").FillAsync(RejectionReason);
        await s.Shot("assessor-reject-confirmation");
        await s.Session.AssertFormCarriesAntiforgeryTokenAsync(new Uri(s.Page.Url).AbsolutePath);
        await s.Submit("Reject application", "rejecting the application");

        await Expect(s.Heading).ToHaveTextAsync("Entry requirements");
        await Expect(s.SuccessBanner).ToContainTextAsync("The application has been rejected");
        await Expect(s.StatusTag).ToHaveTextAsync("Rejected");
        await Expect(s.Page.Locator("main .govuk-inset-text", new() { HasText = "Reason given:" })).ToHaveTextAsync($"Reason given: {RejectionReason}");
        // Decided: no more judging or decisions.
        await Expect(s.Page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Judge ") })).ToHaveCountAsync(0);
        await Expect(s.Link("Reject")).ToHaveCountAsync(0);
        await s.Shot("assessor-rejected");
        await s.SignOut("assessor-signed-out-after-rejecting");
    }

    private static async Task CandidateSeesTheRejection(JourneySteps s, Mailbox mailbox)
    {
        var rejection = await mailbox.LatestToAsync(CandidateEmail, "Your application has not been accepted");
        Assert.Contains(RejectionReason, Unwrap(rejection.Body));

        await s.SignInAndLandOnHome(CandidateEmail, CandidatePassword);
        await Expect(s.StatusTag).ToHaveTextAsync("Rejected");
        await s.Shot("candidate-home-rejected");

        await s.Follow("View your application", "Your application");
        await Expect(s.StatusTag).ToHaveTextAsync("Rejected");
        await Expect(s.Page.Locator("main")).ToContainTextAsync("Your provider has not accepted your application. We have emailed you their reasons.");
        // A rejected application cannot change: no section links, no way to submit.
        await Expect(s.Page.Locator("#sections a")).ToHaveCountAsync(0);
        await Expect(s.Page.GetByRole(AriaRole.Button, new() { Name = "Check your answers and submit" })).ToHaveCountAsync(0);
        await s.Shot("candidate-task-list-rejected");
        await s.SignOut("candidate-signed-out-at-the-end");
    }

    private static async Task OpenCandidateRecordAs(JourneySteps s, string who)
    {
        await s.OpenCandidateRecord("Daniel", Candidate);
        await s.Shot($"{who}-candidate-record");
    }

    private static async Task OpenEntryRequirements(JourneySteps s, string screenshot)
    {
        await s.Follow("Entry requirements", "Entry requirements");
        await Expect(s.Caption).ToHaveTextAsync(Candidate);
        await s.Shot(screenshot);
    }

    /// <summary>The judgement cell (the table's second data cell) of a requirement's row on the entry requirements page.</summary>
    private static ILocator JudgementOf(JourneySteps s, string requirement) =>
        s.Page.Locator($"#requirement-{requirement} td").Nth(1);

    /// <summary>Email bodies may wrap long lines; compare text with its white space collapsed.</summary>
    private static string Unwrap(string text) => Regex.Replace(text, @"\s+", " ");
}
