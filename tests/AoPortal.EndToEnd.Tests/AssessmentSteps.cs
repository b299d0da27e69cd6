using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AoPortal.EndToEnd.Tests;

/// <summary>A lesson observation as the assessor records it: where, which class, and the standards judged.</summary>
public sealed record Observation(DateOnly Date, string School, string YearGroup, string Subject, string Focus, string KeyStage, params string[] StandardsMet)
{
    public string Heading => $"Observation: {YearGroup} {Subject}";
}

/// <summary>
/// The assessment of one candidate through the real pages, from the assessor's allocation to the QTS award: each step is
/// one person's task on the pages they use, the person already signed in unless the step says otherwise. Used by
/// <see cref="WholeLifeJourneyTests"/>; the demo-data journeys (<see cref="ObservationJourneyTests"/> and the others)
/// check the same pages on seeded candidates with their own details.
/// </summary>
public sealed class AssessmentSteps(JourneySteps s, string candidate)
{
    public const string Assessor = "Sam Assessor";

    private IPage Page => s.Page;

    /// <summary>An admin, on the candidate's record, allocates the assessor from the assessment plan.</summary>
    public async Task AdminAllocatesTheAssessor(string candidateId)
    {
        await s.Follow("Assessment plan", "Assessment plan");
        await Expect(s.Caption).ToHaveTextAsync(candidate);
        await Expect(Page.Locator("main")).ToContainTextAsync("Not allocated yet");
        await Expect(Page.Locator("main")).ToContainTextAsync("The assessment has not started yet. An admin allocates an assessor, who then plans it.");
        await s.Shot("admin-plan-not-allocated");

        // The link reads "Allocate" on screen; its accessible name says what it allocates.
        await s.Follow("Allocate assessor", "Allocate an assessor");
        await s.Field("Assessor").SelectOptionAsync(new SelectOptionValue { Label = Assessor });
        await s.Shot("admin-allocate");
        await s.Session.AssertFormCarriesAntiforgeryTokenAsync($"/candidates/{candidateId}/assessor");
        await s.Submit("Allocate assessor", "allocating the assessor");

        await Expect(s.Heading).ToHaveTextAsync("Assessment plan");
        await Expect(s.SuccessBanner).ToContainTextAsync($"{Assessor} is now the assessor");
        await Expect(s.SummaryValue("Assessor")).ToHaveTextAsync(Assessor);
        await s.Shot("admin-allocated");
    }

    /// <summary>The assessor opens the candidate from their caseload and starts the assessment on the date given.</summary>
    public async Task AssessorStartsTheAssessment(DateOnly start, string ageRange)
    {
        await s.Menu("Your caseload", "Your caseload");
        var row = Page.Locator("main tbody tr", new() { HasText = candidate });
        await Expect(row).ToContainTextAsync("Accepted");
        await Expect(row).ToContainTextAsync("Not planned");
        await s.Shot("assessor-caseload");

        await s.Session.AssertAccessibleSoFarAsync();
        await row.GetByRole(AriaRole.Link, new() { Name = candidate, Exact = true }).ClickAsync();
        await Expect(s.Heading).ToHaveTextAsync("Assessment plan");
        await Expect(s.Caption).ToHaveTextAsync(candidate);
        await s.Shot("assessor-plan-not-started");

        await s.Follow("Start the assessment", "Start the assessment");
        await s.FillDate("Agreed start date", start);
        await Expect(Page.GetByRole(AriaRole.Group, new() { Name = "Age range to assess" }).GetByLabel(ageRange, new() { Exact = true })).ToBeCheckedAsync();
        await s.Shot("assessor-start-form");
        await s.Submit("Start the assessment", "starting the assessment");

        await Expect(s.Heading).ToHaveTextAsync("Assessment plan");
        await Expect(s.SuccessBanner).ToContainTextAsync("The assessment has started. We have emailed the candidate their plan.");
        await Expect(s.SummaryValue("Status")).ToHaveTextAsync("In assessment");
        await Expect(s.SummaryValue("Dates")).ToHaveTextAsync($"{JourneySteps.Day(start)} to {JourneySteps.Day(start.AddDays(7 * 12))}");
        await s.Shot("assessor-plan-started");
    }

    /// <summary>On the plan, marks every milestone but moderation (which follows the proposal) done on the date given.</summary>
    public async Task AssessorMarksEveryMilestoneDone(DateOnly on)
    {
        var links = Page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex(@"^Mark as done\s*:(?!\s*Moderation\s*$)") });
        var done = 0;
        while (await links.CountAsync() > 0)
        {
            var title = Regex.Replace(await links.First.TextContentAsync() ?? "", @"^\s*Mark as done\s*:\s*", "").Trim();
            await s.Session.AssertAccessibleSoFarAsync();
            await links.First.ClickAsync();
            await Expect(s.Heading).ToHaveTextAsync($"Mark {title} as done");
            await s.FillDate("Date it was done", on);
            await s.Field("Note (optional)").FillAsync($"{title}: done with {candidate} and their mentor.");
            if (done == 0) await s.Shot("assessor-milestone-form");
            await s.Submit("Mark as done", $"marking {title} done");
            await Expect(s.SuccessBanner).ToContainTextAsync("Milestone marked as done");
            await Expect(Page.Locator("main table.app-plan tbody tr", new() { HasText = title }).Locator(".govuk-tag")).ToHaveTextAsync("Done");
            done++;
            Assert.True(done < 20, "The plan still offers \"Mark as done\" after 20 milestones.");
        }

        await Expect(Page.Locator("main table.app-plan tbody tr", new() { HasText = "Moderation" }).Locator(".govuk-tag")).Not.ToHaveTextAsync("Done");
        await s.Shot("assessor-plan-milestones-done");
    }

    /// <summary>From the plan: records an observation, judges the standards seen as met, shares it; back on the list.</summary>
    public async Task AssessorRecordsAndSharesAnObservation(Observation lesson)
    {
        await OpenRecords();
        await s.Follow("Record an observation", "Record an observation");
        await Expect(s.Caption).ToHaveTextAsync(candidate);
        await s.FillDate("Date of the lesson", lesson.Date);
        await s.Field("School").SelectOptionAsync(new SelectOptionValue { Label = lesson.School });
        await s.Field("Year group").SelectOptionAsync(new SelectOptionValue { Label = lesson.YearGroup });
        await s.Field("Subject").FillAsync(lesson.Subject);
        await s.Field("Lesson focus").FillAsync(lesson.Focus);
        foreach (var code in lesson.StandardsMet)
        {
            await Judge(code, "Met");
            await s.Field($"Comment on {code} (optional)").FillAsync($"{code} seen throughout: {lesson.Focus.ToLowerInvariant()}.");
        }

        await s.Field("Strengths (optional)").FillAsync("Clear modelling and well-paced transitions.");
        await s.Field("Targets (optional)").FillAsync("Check the understanding of every pupil before independent work.");
        await s.Shot($"assessor-observation-{JourneySteps.Slug(lesson.YearGroup)}-form");
        await s.Submit("Save as draft", "saving the observation as a draft");
        await Expect(s.Heading).ToHaveTextAsync(lesson.Heading);
        await Expect(s.SuccessBanner).ToContainTextAsync("Observation saved as a draft");
        await Expect(s.SummaryValue("School")).ToHaveTextAsync(lesson.School);

        await Share("observation");
        await Expect(s.Heading).ToHaveTextAsync(lesson.Heading);
        await s.Follow("Back to observations and discussions", "Observations and discussions");
        var row = Page.Locator("main tbody tr", new() { HasText = lesson.Heading });
        await Expect(row).ToContainTextAsync($"{lesson.School}, {lesson.KeyStage}");
        await Expect(row.Locator(".govuk-tag")).ToHaveTextAsync("Shared");
        await s.Shot($"assessor-records-after-{JourneySteps.Slug(lesson.YearGroup)}");
    }

    /// <summary>From the records list: records a professional discussion judging the standards given as met, and shares it.</summary>
    public async Task AssessorRecordsAndSharesADiscussion(DateOnly on, params string[] standardsMet)
    {
        await s.Follow("Record a professional discussion", "Record a professional discussion");
        await s.FillDate("Date of the discussion", on);
        await Page.GetByRole(AriaRole.Group, new() { Name = "Topics discussed" }).GetByLabel("Safeguarding", new() { Exact = true }).CheckAsync();
        await Page.GetByRole(AriaRole.Group, new() { Name = "Topics discussed" }).GetByLabel("Behaviour management", new() { Exact = true }).CheckAsync();
        await s.Field("Notes").FillAsync($"{candidate} explained the school's safeguarding procedures and how they keep routines consistent.");
        foreach (var code in standardsMet) await Judge(code, "Met");
        await s.Shot("assessor-discussion-form");
        await s.Submit("Save as draft", "saving the discussion as a draft");
        await Expect(s.Heading).ToHaveTextAsync("Professional discussion");
        await Expect(s.SuccessBanner).ToContainTextAsync("Professional discussion saved as a draft");

        await Share("professional discussion");
        await s.Follow("Back to observations and discussions", "Observations and discussions");
        await Expect(Page.Locator("main tbody tr", new() { HasText = "Professional discussion" }).Locator(".govuk-tag")).ToHaveTextAsync("Shared");
        await s.Shot("assessor-records-shared");
    }

    /// <summary>The candidate, signed in, opens a shared observation from their home page and writes their reflection.</summary>
    public async Task CandidateReflectsOn(string heading, string reflection)
    {
        await s.Page.Locator("#your-assessment").GetByRole(AriaRole.Link, new() { Name = "Observations and discussions", Exact = true }).ClickAsync();
        await Expect(s.Heading).ToHaveTextAsync("Observations and discussions");
        await s.Shot("candidate-records");
        await s.Follow(heading, heading);
        await Expect(Page.Locator("#reflection")).ToHaveTextAsync("Your reflection");
        await s.Field("What did you learn from this, and what will you do next?").FillAsync(reflection);
        await s.Shot("candidate-reflecting");
        await s.Submit("Save reflection", "saving the reflection");
        await Expect(s.SuccessBanner).ToContainTextAsync("Your reflection has been saved. Your assessor can read it.");
        await s.Shot("candidate-reflection-saved");
    }

    /// <summary>The candidate, signed in, adds a lesson plan with a PDF to their portfolio from their home page.</summary>
    public async Task CandidateAddsEvidence(string title, DateOnly on, string file, string standard)
    {
        await s.Page.Locator("#your-assessment").GetByRole(AriaRole.Link, new() { Name = "Your portfolio", Exact = true }).ClickAsync();
        await Expect(s.Heading).ToHaveTextAsync("Your portfolio");
        await s.Shot("candidate-portfolio-empty");

        await s.Follow("Add evidence", "Add evidence");
        await Page.GetByRole(AriaRole.Group, new() { Name = "What kind of evidence is it?" }).GetByLabel("Lesson plan", new() { Exact = true }).CheckAsync();
        await s.Field("Title").FillAsync(title);
        await s.FillDate("Date of the evidence", on);
        await s.Field("Description (optional)").FillAsync("The plan for the lesson observed, with the adapted tasks.");
        await Page.GetByRole(AriaRole.Group, new() { Name = "Teachers’ Standards this evidences" }).GetByLabel(new Regex($"^{standard}: ")).CheckAsync();
        await Page.Locator("#form-files").SetInputFilesAsync(file);
        await s.Field("I have removed or hidden pupils' names, photos and other personal data").CheckAsync();
        await s.Shot("candidate-add-evidence-filled");
        await s.Submit("Add evidence", "adding the evidence");

        await Expect(s.Heading).ToHaveTextAsync(title);
        await Expect(s.SuccessBanner).ToContainTextAsync("Your evidence has been added. Your assessor will review it.");
        await Expect(Page.Locator("#status")).ToHaveTextAsync("Awaiting review");
        await s.Shot("candidate-evidence-added");
    }

    /// <summary>The assessor accepts a portfolio item from their review queue.</summary>
    public async Task AssessorAcceptsEvidence(string title)
    {
        await s.Menu("Evidence to review", "Evidence to review");
        var row = Page.Locator("main tbody tr", new() { HasText = title });
        await Expect(row).ToContainTextAsync(candidate);
        await s.Shot("assessor-evidence-queue");
        await s.Follow(title, title);
        await Page.GetByRole(AriaRole.Group, new() { Name = "Your decision" }).GetByLabel("Accept the evidence", new() { Exact = true }).CheckAsync();
        await s.Shot("assessor-evidence-review");
        await s.Submit("Save decision", "accepting the evidence");
        await Expect(s.SuccessBanner).ToContainTextAsync("Evidence accepted. We have emailed the candidate.");
        await Expect(Page.Locator("main tbody tr", new() { HasText = title })).ToHaveCountAsync(0);
    }

    /// <summary>
    /// From the candidate's record: records every standard's final judgement as met (citing the first shared record and
    /// accepted item offered), finds nothing missing for QTS, and proposes QTS for moderation.
    /// </summary>
    public async Task AssessorJudgesEveryStandardAndProposesQts(DateOnly requirementsMetOn)
    {
        await s.Follow("Final judgements and recommendation", "Final judgements and recommendation");
        await Expect(Page.Locator("#missing")).ToContainTextAsync("has no final judgement");
        await s.Shot("assessor-final-judgements-empty");

        var record = Page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Record the judgement of ") });
        while (await record.CountAsync() > 0)
        {
            var code = Regex.Replace(await record.First.TextContentAsync() ?? "", @"^\s*Record\s*the judgement of\s*", "").Trim();
            await s.Session.AssertAccessibleSoFarAsync();
            await record.First.ClickAsync();
            await Expect(s.Heading).ToHaveTextAsync($"Final judgement of {code}");
            await Page.GetByRole(AriaRole.Group, new() { Name = "Judgement" }).GetByLabel("Met", new() { Exact = true }).CheckAsync();
            await s.Field("Rationale").FillAsync($"{code} is met: seen consistently in the shared observations and the accepted portfolio evidence.");
            await Cite("input[name='Form.CitedRecords']");
            await Cite("input[name='Form.CitedEvidence']");
            if (code == "TS1") await s.Shot("assessor-final-judgement-form");
            await s.Submit("Save judgement", $"saving the final judgement of {code}");
            await Expect(s.SuccessBanner).ToContainTextAsync($"Final judgement of {code} saved");
        }

        // Fundamental English and maths were judged met with the entry requirements, so nothing else is missing.
        await Expect(Page.Locator("#missing")).ToHaveCountAsync(0);
        await s.Shot("assessor-final-judgements-recorded");
        await Expect(Page.Locator("#ready")).ToHaveTextAsync("Everything a recommendation for QTS needs is in place.");
        await s.Shot("assessor-ready-to-propose");

        await s.Follow("Propose the outcome", "Propose the outcome");
        await Page.GetByRole(AriaRole.Group, new() { Name = "Outcome" }).GetByLabel("Recommend for QTS", new() { Exact = true }).CheckAsync();
        await s.FillDate("Date the requirements were met", requirementsMetOn);
        await s.Field("Strengths").FillAsync("Calm, purposeful classrooms and precise modelling in phonics and mathematics.");
        await s.Field("Targets for induction as an early career teacher").FillAsync("Deepen questioning to stretch the most able pupils.");
        await s.Shot("assessor-propose");
        await s.Submit("Send to moderation", "proposing QTS");
        await Expect(s.SuccessBanner).ToContainTextAsync("Recommendation for QTS sent to moderation");
        await Expect(Page.Locator("#proposal-status")).ToContainTextAsync("With moderation");
        await s.Shot("assessor-proposed");
    }

    /// <summary>The moderator confirms the proposal from their queue.</summary>
    public async Task ModeratorConfirmsTheProposal()
    {
        await s.Menu("Moderation", "Moderation");
        await Expect(Page.Locator("#queue")).ToContainTextAsync(candidate);
        await s.Shot("moderation-queue");
        await s.Follow(candidate, "Moderate the proposal");
        await Expect(Page.Locator("#proposal")).ToContainTextAsync("Recommend for QTS");
        await Page.GetByLabel("Confirm the proposal").CheckAsync();
        await s.Shot("moderation-confirm");
        await s.Submit("Save decision", "confirming the proposal");
        await Expect(s.SuccessBanner).ToContainTextAsync("Decision confirmed and frozen");
        await s.Shot("moderation-confirmed");
    }

    /// <summary>
    /// An admin on Register exports: records the TRN the export asks for, exports the confirmed recommendations and
    /// returns the lines of the CSV file downloaded.
    /// </summary>
    public async Task<string[]> AdminRecordsTheTrnAndExports(string trn)
    {
        await s.Menu("Register exports", "Register exports");
        await Expect(Page.Locator("main")).ToContainTextAsync("No TRN");
        await s.Shot("exports-refused-without-trn");

        await s.Link($"Record it for {candidate}").ClickAsync();
        await Expect(s.Heading).ToContainTextAsync("TRN");
        await s.Field("TRN").FillAsync(trn);
        await s.Submit("Save TRN", "recording the TRN");

        await s.Menu("Register exports", "Register exports");
        await Expect(Page.Locator("main")).Not.ToContainTextAsync("No TRN");
        await s.Shot("exports-ready");
        await s.Session.AssertAccessibleSoFarAsync();
        await Page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Export [0-9]+ candidates? and mark as exported") }).ClickAsync();
        await Expect(s.Heading).ToHaveTextAsync(new Regex("^Export [0-9]+$"));
        await s.ExpectNoErrorSummary("making the export");
        await Expect(s.SuccessBanner).ToContainTextAsync("has been made");
        await s.Shot("export-made");

        var download = await Page.RunAndWaitForDownloadAsync(() => s.Link("Download the CSV file").ClickAsync());
        return await File.ReadAllLinesAsync((await download.PathAsync())!);
    }

    /// <summary>From the export's page: opens the candidate and records the QTS award on the date given.</summary>
    public async Task AdminRecordsTheAward(DateOnly awardedOn)
    {
        await s.Follow(candidate, candidate);
        await s.Follow("Record the QTS award", "Record the award of QTS");
        await s.FillDate("Date QTS was awarded", awardedOn);
        await s.Shot("admin-award-form");
        await s.Submit("Record QTS award", "recording the award");
        await Expect(s.StatusTag).ToHaveTextAsync("QTS awarded");
        await s.Shot("admin-award-recorded");
    }

    private async Task OpenRecords()
    {
        if (await s.Heading.TextContentAsync() != "Observations and discussions") await s.Follow("Observations and discussions", "Observations and discussions");
    }

    private async Task Share(string noun)
    {
        await s.Follow("Share with the candidate", $"Share the {noun} with {candidate}?");
        await s.Submit("Share with the candidate", $"sharing the {noun}");
        await Expect(s.SuccessBanner).ToContainTextAsync("Shared with the candidate. We have emailed them to read it.");
    }

    /// <summary>Chooses an outcome in a standard's row of the record form (the radios' legend is visually hidden).</summary>
    private Task Judge(string code, string outcome) =>
        Page.GetByRole(AriaRole.Group, new() { Name = $"Judgement for {code}", Exact = true }).GetByLabel(outcome, new() { Exact = true }).CheckAsync();

    private async Task Cite(string checkboxes)
    {
        var first = Page.Locator(checkboxes).First;
        if (await first.CountAsync() > 0) await first.CheckAsync();
    }
}
