using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AoPortal.EndToEnd.Tests;

/// <summary>
/// The journey allocates an assessor to the demo candidate Chloe Bennett, starts her assessment and records an observation,
/// so it runs against its own portal process (its own database and mail folder): other collections always see her as seeded.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ObservationJourneyCollection : ICollectionFixture<PortalProcess>, ICollectionFixture<BrowserHost>
{
    public const string Name = "Observation journey in its own portal";
}

/// <remarks>
/// Chloe Bennett is seeded accepted (11 to 16, English, at Riverside Academy, with an earlier post at Hillside Community
/// School), with no assessor and no password. The admin sends her a new invitation and allocates Sam Assessor; Sam starts
/// the assessment, marks the initial meeting done, records an observation and shares it; Chloe reads it and reflects; Sam
/// reads her reflection.
/// </remarks>
[Collection(ObservationJourneyCollection.Name)]
public sealed class ObservationJourneyTests(PortalProcess portal, BrowserHost browsers)
{
    private const string Candidate = "Chloe Bennett";
    private const string CandidateEmail = "chloe.bennett@demo.test";
    private const string CandidatePassword = "lantern harbour willow 42";
    private const string Assessor = AssessmentSteps.Assessor;
    private const string AssessorEmail = "assessor@demo.test";
    private const string School = "Hillside Community School";
    private const string Focus = "Persuasive writing: rhetorical devices in speeches";
    private const string Ts1Comment = "Clear routines and high expectations from the first minute.";
    private const string Ts6Comment = "Questions went to volunteers; check the understanding of the whole class before moving on.";
    private const string Strengths = "A well-paced lesson with strong modelling of a persuasive opening.";
    private const string Targets = "Use mini whiteboards to check every pupil's understanding before independent writing.";
    private const string Reflection =
        "I agree that I relied on volunteers. Next lesson I will use mini whiteboards after the modelling, and cold-call three pupils.";

    [BrowserFact]
    public Task An_assessor_starts_the_assessment_records_and_shares_an_observation_and_reads_the_candidates_reflection() =>
        PortalSession.RunAsync(portal, browsers, nameof(An_assessor_starts_the_assessment_records_and_shares_an_observation_and_reads_the_candidates_reflection), async session =>
        {
            var s = new JourneySteps(session, "observation");
            var mailbox = new Mailbox(portal);
            var today = JourneySteps.UkToday();

            var candidateId = await AdminInvitesTheCandidateAgainAndAllocatesTheAssessor(s);
            await s.SetPasswordFromInvitation(mailbox, CandidateEmail, CandidatePassword);
            await AssessorStartsTheAssessment(s, mailbox, today);
            await AssessorMarksTheInitialMeetingDone(s, today);
            var recordPath = await AssessorRecordsAnObservation(s, candidateId, today);
            await AssessorSharesTheObservation(s, mailbox, today);
            await CandidateReadsTheObservationAndReflects(s, recordPath);
            await AssessorReadsTheReflection(s);
            await AssessorOpensTheDemoCandidateMidAssessment(s);

            session.AssertNoBrowserErrors();
        });

    private static async Task<string> AdminInvitesTheCandidateAgainAndAllocatesTheAssessor(JourneySteps s)
    {
        await s.SignInAndLandOnHome("admin@demo.test", PortalSession.DemoPassword);
        var candidateId = await s.OpenCandidateRecord("Chloe", Candidate);
        await Expect(s.StatusTag).ToHaveTextAsync("Accepted");
        await s.Shot("admin-candidate-record");

        await s.Submit("Send a new invitation", "sending a new invitation");
        await Expect(s.SuccessBanner).ToContainTextAsync($"We have emailed {Candidate} a new link to set their password");

        await new AssessmentSteps(s, Candidate).AdminAllocatesTheAssessor(candidateId);
        await s.SignOut("admin-signed-out");
        return candidateId;
    }

    private static async Task AssessorStartsTheAssessment(JourneySteps s, Mailbox mailbox, DateOnly today)
    {
        await mailbox.LatestToAsync(AssessorEmail, $"You are now {Candidate}'s assessor");

        await s.SignInAndLandOnHome(AssessorEmail, PortalSession.DemoPassword);
        await s.Page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Your caseload", Exact = true }).ClickAsync();
        await Expect(s.Heading).ToHaveTextAsync("Your caseload");
        var row = s.Page.Locator("main tbody tr", new() { HasText = Candidate });
        await Expect(row).ToContainTextAsync("Accepted");
        await Expect(row).ToContainTextAsync("Not planned");
        await s.Shot("assessor-caseload");

        await row.GetByRole(AriaRole.Link, new() { Name = Candidate, Exact = true }).ClickAsync();
        await Expect(s.Heading).ToHaveTextAsync("Assessment plan");
        await Expect(s.Caption).ToHaveTextAsync(Candidate);
        await s.Shot("assessor-plan-not-started");

        await s.Follow("Start the assessment", "Start the assessment");
        await s.FillDate("Agreed start date", today);
        var ageRange = s.Page.GetByRole(AriaRole.Group, new() { Name = "Age range to assess" });
        await Expect(ageRange.GetByLabel("11 to 16", new() { Exact = true })).ToBeCheckedAsync();
        await s.Field("Subjects").FillAsync("English");
        await s.Shot("assessor-start-form");
        await s.Submit("Start the assessment", "starting the assessment");

        await Expect(s.Heading).ToHaveTextAsync("Assessment plan");
        await Expect(s.SuccessBanner).ToContainTextAsync("The assessment has started. We have emailed the candidate their plan.");
        await Expect(s.SummaryValue("Status")).ToHaveTextAsync("In assessment");
        await Expect(s.SummaryValue("Dates")).ToHaveTextAsync($"{JourneySteps.Day(today)} to {JourneySteps.Day(today.AddDays(7 * 12))}");
        await Expect(s.SummaryValue("Progress")).ToHaveTextAsync("Week 1 of 12, 84 days left");
        await Expect(s.SummaryValue("Age range and subjects")).ToHaveTextAsync("11 to 16: English");
        await Expect(s.Page.Locator("main h2", new() { HasText = "Week by week" })).ToBeVisibleAsync();
        // The provider's standard plan: ten milestones, from the initial meeting to moderation.
        var rows = s.Page.Locator("main table.app-plan tbody tr");
        await Expect(rows).ToHaveCountAsync(10);
        await Expect(rows.First).ToContainTextAsync("Initial meeting");
        await Expect(rows.Last).ToContainTextAsync("Moderation");
        await Expect(MilestoneRow(s, "Initial meeting").Locator(".govuk-tag")).ToHaveTextAsync("To do");
        await s.Shot("assessor-plan-started");

        var planned = await mailbox.LatestToAsync(CandidateEmail, "Your assessment for QTS has been planned");
        Assert.Contains(Assessor, planned.Body);
    }

    private static async Task AssessorMarksTheInitialMeetingDone(JourneySteps s, DateOnly today)
    {
        await MarkAsDone(s, "Initial meeting").ClickAsync();
        await Expect(s.Heading).ToHaveTextAsync("Mark Initial meeting as done");
        await s.FillDate("Date it was done", today);
        await s.Field("Note (optional)").FillAsync("Agreed the plan with Chloe and her mentor.");
        await s.Shot("assessor-initial-meeting-form");
        await s.Submit("Mark as done", "marking the initial meeting done");

        await Expect(s.Heading).ToHaveTextAsync("Assessment plan");
        await Expect(s.SuccessBanner).ToContainTextAsync("Milestone marked as done");
        var meeting = MilestoneRow(s, "Initial meeting");
        await Expect(meeting.Locator(".govuk-tag")).ToHaveTextAsync("Done");
        await Expect(meeting).ToContainTextAsync($"Done on {JourneySteps.Day(today)} by {Assessor}: Agreed the plan with Chloe and her mentor.");
        await Expect(MarkAsDone(s, "Initial meeting")).ToHaveCountAsync(0);
        await s.Shot("assessor-initial-meeting-done");
    }

    private static async Task<string> AssessorRecordsAnObservation(JourneySteps s, string candidateId, DateOnly today)
    {
        await s.Follow("Observations and discussions", "Observations and discussions");
        await Expect(s.Page).ToHaveURLAsync($"{s.BaseUrl}/candidates/{candidateId}/assessment/records");
        await Expect(s.Page.Locator("#coverage")).ToContainTextAsync("No lessons observed yet.");
        await Expect(s.Page.Locator("main")).ToContainTextAsync("There are no observations or discussions yet.");
        await s.Shot("assessor-records-empty");

        await s.Follow("Record an observation", "Record an observation");
        await Expect(s.Caption).ToHaveTextAsync(Candidate);
        // A row for each of the eight standards and Part Two.
        await Expect(s.Page.Locator("main .app-standard-row")).ToHaveCountAsync(9);
        await s.Shot("assessor-observation-form-empty");

        await s.FillDate("Date of the lesson", today);
        await s.Field("School").SelectOptionAsync(new SelectOptionValue { Label = School });
        await s.Field("Year group").SelectOptionAsync(new SelectOptionValue { Label = "Year 8" });
        await s.Field("Subject").FillAsync("English");
        await s.Field("Lesson focus").FillAsync(Focus);
        await s.Field("Class context (optional)").FillAsync("28 pupils, mixed attainment; two with EAL.");

        await Judge(s, "TS1", "Met");
        await s.Field("Comment on TS1 (optional)").FillAsync(Ts1Comment);
        await s.Page.Locator("main details", new() { HasText = "Points seen under TS1" }).Locator("summary").ClickAsync();
        await s.Page.GetByRole(AriaRole.Group, new() { Name = "Points seen under TS1" })
            .GetByLabel(new Regex("^TS1a: ")).CheckAsync();
        await Judge(s, "TS6", "Not yet met");
        await s.Field("Comment on TS6 (optional)").FillAsync(Ts6Comment);

        await s.Field("Strengths (optional)").FillAsync(Strengths);
        await s.Field("Targets (optional)").FillAsync(Targets);
        await s.Shot("assessor-observation-form-filled");
        await s.Session.AssertFormCarriesAntiforgeryTokenAsync($"/candidates/{candidateId}/assessment/records/new");
        await s.Submit("Save as draft", "saving the observation as a draft");

        await Expect(s.Heading).ToHaveTextAsync("Observation: Year 8 English");
        await Expect(s.SuccessBanner).ToContainTextAsync("Observation saved as a draft. Share it when it is ready for the candidate.");
        await Expect(s.Page.Locator("main")).ToContainTextAsync($"Recorded by {Assessor}, not yet shared with the candidate.");
        await Expect(s.SummaryValue("School")).ToHaveTextAsync(School);
        await Expect(s.SummaryValue("Class")).ToHaveTextAsync("Year 8 (key stage 3), English");
        await Expect(s.SummaryValue("Lesson focus")).ToHaveTextAsync(Focus);
        var judgements = s.Page.Locator("main table", new() { HasText = "Judgements against the Teachers’ Standards" }).Locator("tbody tr");
        await Expect(judgements).ToHaveCountAsync(2);
        await Expect(judgements.Nth(0)).ToContainTextAsync("TS1");
        await Expect(judgements.Nth(0).Locator(".govuk-tag")).ToHaveTextAsync("Met");
        await Expect(judgements.Nth(0)).ToContainTextAsync(Ts1Comment);
        await Expect(judgements.Nth(0)).ToContainTextAsync("TS1a: Establish a safe and stimulating environment");
        await Expect(judgements.Nth(1)).ToContainTextAsync("TS6");
        await Expect(judgements.Nth(1).Locator(".govuk-tag")).ToHaveTextAsync("Not yet met");
        await Expect(s.Page.Locator("main")).ToContainTextAsync(Strengths);
        await Expect(s.Page.Locator("main")).ToContainTextAsync(Targets);
        await s.Shot("assessor-observation-draft");
        return new Uri(s.Page.Url).AbsolutePath;
    }

    private static async Task AssessorSharesTheObservation(JourneySteps s, Mailbox mailbox, DateOnly today)
    {
        await s.Follow("Share with the candidate", $"Share the observation with {Candidate}?");
        await Expect(s.Page.Locator("main .govuk-warning-text")).ToContainTextAsync("Once shared, it can only be amended with a reason");
        await s.Shot("assessor-share-confirm");
        await s.Session.AssertFormCarriesAntiforgeryTokenAsync(new Uri(s.Page.Url).AbsolutePath);
        await s.Submit("Share with the candidate", "sharing the observation");

        await Expect(s.Heading).ToHaveTextAsync("Observation: Year 8 English");
        await Expect(s.SuccessBanner).ToContainTextAsync("Shared with the candidate. We have emailed them to read it.");
        await Expect(s.Page.Locator("main")).ToContainTextAsync($"Recorded by {Assessor}, shared on");
        await Expect(s.Page.Locator("#reflection")).ToHaveTextAsync("The candidate's reflection");
        await Expect(s.Page.Locator("main")).ToContainTextAsync("The candidate has not reflected on this yet.");
        await Expect(s.Link("Amend")).ToBeVisibleAsync();
        await s.Shot("assessor-observation-shared");

        await s.Follow("Back to observations and discussions", "Observations and discussions");
        var row = s.Page.Locator("main tbody tr", new() { HasText = "Observation: Year 8 English" });
        await Expect(row).ToContainTextAsync($"{School}, key stage 3");
        await Expect(row).ToContainTextAsync("TS1 met, TS6 not yet met");
        await Expect(row.Locator(".govuk-tag")).ToHaveTextAsync("Shared");
        await Expect(s.Page.Locator("#coverage")).ToContainTextAsync($"Observed in key stage 3 at {School}.");
        await s.Shot("assessor-records-list");
        await s.SignOut("assessor-signed-out");

        var shared = await mailbox.LatestToAsync(CandidateEmail, "Observation feedback is ready to read");
        Assert.Contains($"has shared the observation of {JourneySteps.Day(today)} with you", Regex.Replace(shared.Body, @"\s+", " "));
    }

    private static async Task CandidateReadsTheObservationAndReflects(JourneySteps s, string recordPath)
    {
        await s.SignInAndLandOnHome(CandidateEmail, CandidatePassword);
        await Expect(s.Heading).ToHaveTextAsync("Your Assessment Only route to QTS");
        await Expect(s.StatusTag).ToHaveTextAsync("In assessment");
        await s.Shot("candidate-home");

        await s.Page.Locator("#your-assessment").GetByRole(AriaRole.Link, new() { Name = "Observations and discussions", Exact = true }).ClickAsync();
        await Expect(s.Heading).ToHaveTextAsync("Observations and discussions");
        await Expect(s.Page.GetByRole(AriaRole.Link, new() { Name = "Record an observation" })).ToHaveCountAsync(0);
        await s.Shot("candidate-records");

        await s.Follow("Observation: Year 8 English", "Observation: Year 8 English");
        await Expect(s.Page).ToHaveURLAsync(s.BaseUrl + recordPath);
        await Expect(s.Page.Locator("main")).ToContainTextAsync(Ts6Comment);
        await Expect(s.Page.Locator("main")).ToContainTextAsync(Targets);
        await Expect(s.Link("Amend")).ToHaveCountAsync(0);
        await Expect(s.Page.Locator("#reflection")).ToHaveTextAsync("Your reflection");
        await s.Field("What did you learn from this, and what will you do next?").FillAsync(Reflection);
        await s.Shot("candidate-observation-reflecting");
        await s.Session.AssertFormCarriesAntiforgeryTokenAsync(recordPath + "/reflection");
        await s.Submit("Save reflection", "saving the reflection");

        await Expect(s.Heading).ToHaveTextAsync("Observation: Year 8 English");
        await Expect(s.SuccessBanner).ToContainTextAsync("Your reflection has been saved. Your assessor can read it.");
        await Expect(s.Field("What did you learn from this, and what will you do next?")).ToHaveValueAsync(Reflection);
        await Expect(s.Button("Update reflection")).ToBeVisibleAsync();
        await s.Shot("candidate-reflection-saved");
        await s.SignOut("candidate-signed-out");
    }

    private static async Task AssessorReadsTheReflection(JourneySteps s)
    {
        await s.SignInAndLandOnHome(AssessorEmail, PortalSession.DemoPassword);
        await s.Page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Your caseload", Exact = true }).ClickAsync();
        var row = s.Page.Locator("main tbody tr", new() { HasText = Candidate });
        await Expect(row).ToContainTextAsync("In assessment");
        await Expect(row).ToContainTextAsync("1 of 12");
        await s.Shot("assessor-caseload-in-assessment");

        await row.GetByRole(AriaRole.Link, new() { Name = Candidate, Exact = true }).ClickAsync();
        await s.Follow("Observations and discussions", "Observations and discussions");
        await Expect(s.Page.Locator("main tbody tr", new() { HasText = "Observation: Year 8 English" })).ToContainTextAsync("Reflection added");
        await s.Follow("Observation: Year 8 English", "Observation: Year 8 English");
        await Expect(s.Page.Locator("#reflection")).ToHaveTextAsync("The candidate's reflection");
        await Expect(s.Page.Locator("main .app-preserve-lines", new() { HasText = "I agree that I relied on volunteers." })).ToHaveTextAsync(Reflection);
        await Expect(s.Page.Locator("main")).ToContainTextAsync("Written on");
        await s.Shot("assessor-reads-reflection");

        await s.Follow("Back to observations and discussions", "Observations and discussions");
        await s.Follow("Back to the assessment plan", "Assessment plan");
        await s.Shot("assessor-plan-at-the-end");
    }

    /// <summary>
    /// Kwame Mensah is seeded five weeks into his assessment: two shared observations (key stage 4 at Riverside Academy, post-16
    /// at Hillside Community School), a shared professional discussion, a draft observation, and his reflection on the first.
    /// </summary>
    private static async Task AssessorOpensTheDemoCandidateMidAssessment(JourneySteps s)
    {
        const string Kwame = "Kwame Mensah";
        await s.Page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Your caseload", Exact = true }).ClickAsync();
        var row = s.Page.Locator("main tbody tr", new() { HasText = Kwame });
        await Expect(row).ToContainTextAsync("In assessment");
        await Expect(row).ToContainTextAsync("2 overdue");

        await row.GetByRole(AriaRole.Link, new() { Name = Kwame, Exact = true }).ClickAsync();
        await Expect(s.Heading).ToHaveTextAsync("Assessment plan");
        await Expect(s.Caption).ToHaveTextAsync(Kwame);
        await Expect(s.Page.Locator("main .govuk-warning-text")).ToContainTextAsync("2 milestones are overdue");
        await Expect(MilestoneRow(s, "Initial meeting").Locator(".govuk-tag")).ToHaveTextAsync("Done");
        await Expect(MilestoneRow(s, "Baseline observation").Locator(".govuk-tag")).ToHaveTextAsync("Done");
        await Expect(MilestoneRow(s, "First assessor visit").Locator(".govuk-tag")).ToHaveTextAsync("Overdue");
        await s.Shot("assessor-demo-candidate-plan");

        await s.Follow("Observations and discussions", "Observations and discussions");
        await Expect(s.Page.Locator("#coverage")).ToContainTextAsync("Key stages and schools covered");
        await Expect(s.Page.Locator("#coverage")).ToContainTextAsync(
            "Observed in key stage 4 and post-16 at Hillside Community School and Riverside Academy. That covers two consecutive key stages of 14 to 19 in two schools.");
        var records = s.Page.Locator("main tbody tr");
        await Expect(records).ToHaveCountAsync(4);
        await Expect(records.Nth(0)).ToContainTextAsync("Draft");
        await Expect(records.Nth(1)).ToContainTextAsync("Professional discussion");
        await Expect(records.Nth(3)).ToContainTextAsync("Reflection added");
        await s.Shot("assessor-demo-candidate-records");

        await s.Follow("Observation: Year 10 Physics", "Observation: Year 10 Physics");
        await Expect(s.Page.Locator("#reflection")).ToHaveTextAsync("The candidate's reflection");
        await Expect(s.Page.Locator("main")).ToContainTextAsync("mini whiteboards");
        await s.Shot("assessor-demo-candidate-baseline-observation");
        await s.SignOut("assessor-signed-out-at-the-end");
    }

    /// <summary>Chooses an outcome in a standard's row of the observation form (the radios' legend is visually hidden).</summary>
    private static Task Judge(JourneySteps s, string code, string outcome) =>
        s.Page.GetByRole(AriaRole.Group, new() { Name = $"Judgement for {code}", Exact = true }).GetByLabel(outcome, new() { Exact = true }).CheckAsync();

    /// <summary>
    /// A milestone's "Mark as done" link, whose visually hidden text names the milestone. Chromium's accessible name for it is
    /// not exactly "Mark as done: Initial meeting" (white space comes in around the hidden text), so match it loosely.
    /// </summary>
    private static ILocator MarkAsDone(JourneySteps s, string title) =>
        s.Page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex($"^Mark as done\\s*:\\s*{Regex.Escape(title)}$") });

    private static ILocator MilestoneRow(JourneySteps s, string title) =>
        s.Page.Locator("main table.app-plan tbody tr", new() { HasText = title });
}
