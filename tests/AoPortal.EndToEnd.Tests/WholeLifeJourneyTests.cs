using System.Globalization;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace AoPortal.EndToEnd.Tests;

/// <summary>The whole life of a new candidate changes a great deal, so it runs against its own portal process and database.</summary>
[CollectionDefinition(Name)]
public sealed class WholeLifeJourneyCollection : ICollectionFixture<PortalProcess>, ICollectionFixture<BrowserHost>
{
    public const string Name = "Whole-life journey in its own portal";
}

/// <remarks>
/// One new candidate, Hannah Clarke, from the record an admin creates to the QTS award, through the real pages, each
/// person signing in in turn: the admin creates her record; she sets her password from the invitation, completes and
/// submits her application; the school lead confirms support; the admin records the checks, judges every requirement
/// met, accepts her and allocates Sam Assessor; Sam starts the plan four weeks back (the earliest start allowed), marks
/// the milestones done, records and shares an observation in key stage 1 at her earlier school and one in key stage 2
/// at Oakfield, and a professional discussion; she reflects on the first and adds a lesson plan to her portfolio; Sam
/// accepts it, records a final judgement of every standard and, with nothing missing (fundamental English and maths
/// were judged with the entry requirements), proposes QTS; Morgan Moderator confirms; the admin records her TRN,
/// exports the Register CSV and records the award; she sees QTS awarded. Every page is screenshotted
/// (wholelife-NN-*.png) and checked by axe-core.
/// </remarks>
[Collection(WholeLifeJourneyCollection.Name)]
public sealed class WholeLifeJourneyTests(PortalProcess portal, BrowserHost browsers, ITestOutputHelper output)
{
    private static readonly Applicant Hannah = new("Hannah", "Clarke", "hannah.clarke@example.test", "kestrel orchard lantern 58");
    private const string Trn = "4567890";
    private const string EvidenceTitle = "Year 2 lesson plan: partitioning two-digit numbers";
    private const string Reflection = "I will use more concrete resources before moving to the number line, and check every pupil with a quick show-me.";

    [BrowserFact]
    public Task A_new_candidate_goes_from_the_record_an_admin_creates_to_the_QTS_award() =>
        PortalSession.RunAsync(portal, browsers, nameof(A_new_candidate_goes_from_the_record_an_admin_creates_to_the_QTS_award), async session =>
        {
            var s = new JourneySteps(session, "wholelife");
            var mailbox = new Mailbox(portal);
            var application = new ApplicationSteps(s, Hannah);
            var assessment = new AssessmentSteps(s, Hannah.FullName);
            var today = JourneySteps.UkToday();
            var start = today.AddDays(-28);
            var keyStage1 = new Observation(start.AddDays(7), ApplicationSteps.FirstPostSchool, "Year 2", "Mathematics",
                "Partitioning two-digit numbers", "key stage 1", "TS1", "TS2", "TS3", "TS4");
            var keyStage2 = new Observation(start.AddDays(21), ApplicationSteps.School, "Year 4", "English",
                "Writing a persuasive letter", "key stage 2", "TS5", "TS6", "TS7", "TS8");
            var folder = Directory.CreateTempSubdirectory("aoportal-wholelife-");
            try
            {
                // An admin creates the record, which invites the candidate.
                await s.SignInAndLandOnHome("admin@demo.test", PortalSession.DemoPassword);
                await Expect(s.Heading).ToHaveTextAsync("Welcome, Alex Admin");
                await s.Shot("admin-home");
                var candidateId = await AdminCreatesTheCandidate(s);
                await s.SignOut("admin-signed-out-after-creating");

                // The candidate accepts the invitation, applies and submits.
                await s.SetPasswordFromInvitation(mailbox, Hannah.Email, Hannah.Password);
                await application.CandidateCompletesAndSubmitsTheApplication();

                // The school lead confirms the school's support.
                await application.SchoolLeadConfirmsSupport();

                // An admin reviews and accepts, then allocates an assessor.
                await s.SignInAndLandOnHome("admin@demo.test", PortalSession.DemoPassword);
                await application.AdminRecordsSafeguardingChecks();
                await application.ReviewerJudgesEveryRequirementAndAccepts("admin");
                await s.OpenCandidateRecord(Hannah.FirstNames, Hannah.FullName);
                await Expect(s.StatusTag).ToHaveTextAsync("Accepted");
                await assessment.AdminAllocatesTheAssessor(candidateId);
                await s.SignOut("admin-signed-out-after-allocating");
                await mailbox.LatestToAsync(Hannah.Email, "Your application has been accepted");

                // The assessor plans and runs the assessment.
                await s.SignInAndLandOnHome("assessor@demo.test", PortalSession.DemoPassword);
                await assessment.AssessorStartsTheAssessment(start, "5 to 11");
                await assessment.AssessorMarksEveryMilestoneDone(today);
                await assessment.AssessorRecordsAndSharesAnObservation(keyStage1);
                await assessment.AssessorRecordsAndSharesAnObservation(keyStage2);
                await Expect(s.Page.Locator("#coverage")).ToContainTextAsync("That covers two consecutive key stages");
                await assessment.AssessorRecordsAndSharesADiscussion(start.AddDays(24), "TS1", "TS8");
                await s.SignOut("assessor-signed-out-after-recording");
                await mailbox.LatestToAsync(Hannah.Email, "Observation feedback is ready to read");

                // The candidate reflects and adds evidence.
                await s.SignInAndLandOnHome(Hannah.Email, Hannah.Password);
                await Expect(s.StatusTag).ToHaveTextAsync("In assessment");
                await s.Shot("candidate-home-in-assessment");
                // What the portal emailed her is in her notifications too, new until she opens them.
                await Expect(s.Page.Locator("#unread-count")).ToBeVisibleAsync();
                await s.Page.Locator("#header-notifications").ClickAsync();
                await Expect(s.Heading).ToHaveTextAsync("Notifications");
                await Expect(s.Page.Locator("#notifications")).ToContainTextAsync("Observation feedback is ready to read");
                await Expect(s.Page.Locator("#notifications")).ToContainTextAsync("Your assessment for QTS has been planned");
                await s.Shot("candidate-notifications");
                await Expect(s.Page.Locator("#unread-count")).ToHaveCountAsync(0);
                await s.Session.GoToAsync("/");
                await assessment.CandidateReflectsOn(keyStage1.Heading, Reflection);
                await s.Session.GoToAsync("/");
                await assessment.CandidateAddsEvidence(EvidenceTitle, start.AddDays(7),
                    TestFiles.Pdf(folder, "partitioning-lesson-plan.pdf", "Lesson plan: partitioning two-digit numbers"), "TS4");
                await s.SignOut("candidate-signed-out-after-evidence");

                // The assessor accepts the evidence, judges every standard and proposes QTS.
                await s.SignInAndLandOnHome("assessor@demo.test", PortalSession.DemoPassword);
                await assessment.AssessorAcceptsEvidence(EvidenceTitle);
                await s.Session.GoToAsync($"/candidates/{candidateId}");
                await Expect(s.Heading).ToHaveTextAsync(Hannah.FullName);
                await assessment.AssessorJudgesEveryStandardAndProposesQts(today);
                await s.SignOut("assessor-signed-out-after-proposing");

                // A moderator who is not the assessor confirms.
                await s.SignInAndLandOnHome("moderator@demo.test", PortalSession.DemoPassword);
                await assessment.ModeratorConfirmsTheProposal();
                await s.SignOut("moderator-signed-out");
                await mailbox.LatestToAsync(Hannah.Email, "Your assessment outcome: recommended for QTS");

                // An admin exports the Register CSV and records the award.
                await s.SignInAndLandOnHome("admin@demo.test", PortalSession.DemoPassword);
                var csv = await assessment.AdminRecordsTheTrnAndExports(Trn);
                Assert.Equal("TRN,Provider trainee ID,HESA ID,First names,Last names,Training partner,QTS or EYTS,Route,Phase,Age range,Subject,Date QTS or EYTS requirements met", csv[0]);
                Assert.Contains(csv, l => l == $"{Trn},{candidateId},,Hannah,Clarke,,QTS,Assessment only,Primary,5 to 11,Primary teaching,{today.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}");
                await assessment.AdminRecordsTheAward(today);
                await Expect(s.Page.Locator("main")).ToContainTextAsync(Trn);
                await s.SignOut("admin-signed-out-at-the-end");

                // The candidate sees the award.
                await s.SignInAndLandOnHome(Hannah.Email, Hannah.Password);
                await Expect(s.StatusTag).ToHaveTextAsync("QTS awarded");
                await s.Shot("candidate-home-qts-awarded");
            }
            finally
            {
                folder.Delete(recursive: true);
            }

            session.AssertNoBrowserErrors();
            await session.AssertAccessibleSoFarAsync();
            output.WriteLine($"axe-core has checked {AccessibilityChecks.PagesChecked} distinct pages in this test run so far, listed in {AccessibilityChecks.PagesFile}.");
        });

    private static async Task<string> AdminCreatesTheCandidate(JourneySteps s)
    {
        await s.Menu("Candidates", "Candidates");
        await s.Follow("Create a candidate record", "Create a candidate record");
        await s.Field("First names").FillAsync(Hannah.FirstNames);
        await s.Field("Last name").FillAsync(Hannah.LastName);
        await s.Field("Email address").FillAsync(Hannah.Email);
        var school = s.Field("Employing school");
        var options = await school.Locator("option").AllTextContentsAsync();
        var oakfield = options.First(o => o.Trim().StartsWith(ApplicationSteps.School, StringComparison.Ordinal)).Trim();
        await school.SelectOptionAsync(new SelectOptionValue { Label = oakfield });
        await s.Page.GetByRole(AriaRole.Group, new() { Name = "Intended age range" }).GetByLabel("5 to 11", new() { Exact = true }).CheckAsync();
        await s.Shot("admin-create-candidate");
        await s.Session.AssertFormCarriesAntiforgeryTokenAsync("/candidates/new");
        await s.Submit("Create record and send invitation", "creating the candidate record");

        await Expect(s.Heading).ToHaveTextAsync(Hannah.FullName);
        await Expect(s.SuccessBanner).ToContainTextAsync($"Candidate record created for {Hannah.FullName}");
        await Expect(s.StatusTag).ToHaveTextAsync("Application in progress");
        await s.Shot("admin-candidate-created");
        return s.CandidateIdInUrl();
    }
}
