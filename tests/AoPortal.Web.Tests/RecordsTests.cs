using System.Net;
using AoPortal.Domain.Assessments;
using AoPortal.Domain.Users;
using AoPortal.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Web.Tests;

/// <summary>Lesson observations and professional discussions, through the pages: draft, share, reflect, amend, and who sees what.</summary>
[Collection(PortalCollection.Name)]
public sealed class RecordsTests(PortalFactory factory)
{
    private static string ListUrl(ReviewCandidate c) => $"/candidates/{c.Id}/assessment/records";

    [Fact]
    public async Task The_assessor_drafts_an_observation_which_only_provider_staff_see()
    {
        var candidate = await AssessmentCandidates.StartedAsync(factory);
        var assessor = await factory.SignedInAsync(DemoAccounts.Assessor);

        using var saved = await assessor.PostFormAsync($"{ListUrl(candidate)}/new?kind=Observation", "form[action$='/records/new']", Observation());

        var recordUrl = saved.RedirectTarget();
        Assert.StartsWith($"{ListUrl(candidate)}/", recordUrl);
        var page = await assessor.FollowAsync(saved);
        PageAssert.SuccessBanner(page, "Observation saved as a draft");
        Assert.Contains("Draft", PageAssert.MainText(page));
        Assert.Contains("Year 9 (key stage 3), Mathematics", PageAssert.MainText(page));
        var record = await SingleRecordAsync(candidate);
        Assert.Equal((RecordKind.Observation, RecordStatus.Draft), (record.Kind, record.Status));
        Assert.Equal(["TS1", "TS4"], record.Content.Standards.Select(s => s.Code));
        Assert.Equal(["TS1a", "TS1b"], record.Content.JudgementOf("TS1")!.PointList);
        Assert.Equal(StandardOutcome.NotYetMet, record.Content.JudgementOf("TS4")!.Outcome);
        Assert.Equal(1, await ReviewCandidates.AuditCountAsync(factory, candidate.Id, "Observation drafted"));

        var self = await CandidateClientAsync(candidate);
        Assert.Empty(PageAssert.TableRows(await self.GetPageAsync(ListUrl(candidate))));
        await self.GetPageAsync(recordUrl, HttpStatusCode.NotFound);
        var lead = await factory.SignedInAsync(DemoAccounts.SchoolLead);
        await lead.GetPageAsync(recordUrl, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Sharing_after_a_confirmation_emails_the_candidate_who_reads_and_reflects()
    {
        var candidate = await AssessmentCandidates.StartedAsync(factory);
        var assessor = await factory.SignedInAsync(DemoAccounts.Assessor);
        var recordUrl = await DraftAsync(assessor, candidate);

        var confirm = await assessor.GetPageAsync($"{recordUrl}/share");
        Assert.StartsWith("Share the observation with", PageAssert.Heading(confirm));
        using var shared = await assessor.PostFormAsync(confirm, $"form[action='{recordUrl}/share']", []);
        Assert.Equal(recordUrl, shared.RedirectTarget());
        Assert.Equal(RecordStatus.Shared, (await SingleRecordAsync(candidate)).Status);
        Assert.Equal("Observation feedback is ready to read", factory.Mailbox.LatestTo(candidate.Email).Subject);

        var self = await CandidateClientAsync(candidate);
        var page = await self.GetPageAsync(recordUrl);
        Assert.Contains("Clear modelling", PageAssert.MainText(page));
        using var empty = await self.PostFormAsync(page, $"form[action='{recordUrl}/reflection']", Fields.Of(("Form.Text", " ")));
        PageAssert.ErrorSummaryLists(await empty.ReadPageAsync(), "Enter your reflection", "form-text");
        using var reflected = await self.PostFormAsync(page, $"form[action='{recordUrl}/reflection']", Fields.Of(("Form.Text", "I will check understanding sooner.")));
        Assert.Equal(recordUrl, reflected.RedirectTarget());

        Assert.Equal("I will check understanding sooner.", (await SingleRecordAsync(candidate)).Reflection);
        Assert.Contains("I will check understanding sooner.", PageAssert.MainText(await assessor.GetPageAsync(recordUrl)));
        var lead = await factory.SignedInAsync(DemoAccounts.SchoolLead);
        Assert.Contains("Clear modelling", PageAssert.MainText(await lead.GetPageAsync(recordUrl)));
        Assert.Null((await lead.GetPageAsync(recordUrl)).QuerySelector($"form[action='{recordUrl}/reflection']"));
    }

    [Fact]
    public async Task A_shared_observation_is_amended_only_with_a_reason_and_keeps_the_original()
    {
        var candidate = await AssessmentCandidates.StartedAsync(factory);
        var assessor = await factory.SignedInAsync(DemoAccounts.Assessor);
        var recordUrl = await DraftAsync(assessor, candidate);
        using (await assessor.PostFormAsync($"{recordUrl}/share", $"form[action='{recordUrl}/share']", [])) { }

        var form = await assessor.GetPageAsync($"{recordUrl}/edit");
        Assert.Equal("Amend the observation", PageAssert.Heading(form));
        using var noReason = await assessor.PostFormAsync(form, $"form[action='{recordUrl}/edit']", Fields.Of(("Form.YearGroup", "Year10")));
        PageAssert.ErrorSummaryLists(await noReason.ReadPageAsync(), "Enter the reason for the amendment");
        using var amended = await assessor.PostFormAsync(form, $"form[action='{recordUrl}/edit']", Fields.Of(
            ("Form.YearGroup", "Year10"), ("Form.AmendmentReason", "It was a year 10 class")));

        Assert.Equal(recordUrl, amended.RedirectTarget());
        var record = await SingleRecordAsync(candidate);
        Assert.Equal(YearGroup.Year10, record.Content.Lesson!.YearGroup);
        var amendment = Assert.Single(record.Amendments);
        Assert.Equal((YearGroup.Year9, "It was a year 10 class"), (amendment.Previous.Lesson!.YearGroup, amendment.Reason));
        Assert.Equal(["TS1a", "TS1b"], amendment.Previous.JudgementOf("TS1")!.PointList);
        Assert.Contains("It was a year 10 class", PageAssert.MainText(await assessor.GetPageAsync(recordUrl)));
    }

    [Fact]
    public async Task Bad_input_is_refused_with_a_clear_message_and_nothing_is_stored()
    {
        var candidate = await AssessmentCandidates.StartedAsync(factory);
        var assessor = await factory.SignedInAsync(DemoAccounts.Assessor);
        var url = $"{ListUrl(candidate)}/new?kind=Observation";
        var form = "form[action$='/records/new']";
        var tomorrow = AssessmentCandidates.Today(factory).AddDays(1);

        using var future = await assessor.PostFormAsync(url, form, Observation().Concat(DateFields(tomorrow)).GroupBy(f => f.Key).Select(g => g.Last()));
        PageAssert.ErrorSummaryLists(await future.ReadPageAsync(), "The date must be today or in the past", "form-date");
        using var noStandards = await assessor.PostFormAsync(url, form, Observation().Where(f => !f.Key.EndsWith(".Outcome")));
        PageAssert.ErrorSummaryLists(await noStandards.ReadPageAsync(), "Judge at least one standard");
        using var blank = await assessor.PostFormAsync(url, form, Fields.Of(("Form.Subject", ""), ("Form.Focus", "")));
        var page = await blank.ReadPageAsync();
        PageAssert.ErrorSummaryLists(page, "Enter the subject of the lesson", "form-subject");
        PageAssert.ErrorSummaryLists(page, "Select the year group", "form-yeargroup");

        Assert.False(await factory.WithDbAsync(db => db.AssessmentRecords.AnyAsync(r => r.CandidateId == candidate.Id)));
    }

    [Fact]
    public async Task Two_people_changing_the_same_draft_cannot_overwrite_each_other()
    {
        var candidate = await AssessmentCandidates.StartedAsync(factory);
        var assessor = await factory.SignedInAsync(DemoAccounts.Assessor);
        var admin = await factory.SignedInAsync(DemoAccounts.Admin);
        var recordUrl = await DraftAsync(assessor, candidate);
        var first = await assessor.GetPageAsync($"{recordUrl}/edit");
        var second = await admin.GetPageAsync($"{recordUrl}/edit");

        using var saved = await assessor.PostFormAsync(first, $"form[action='{recordUrl}/edit']", Fields.Of(("Form.Focus", "Fractions")));
        using var refused = await admin.PostFormAsync(second, $"form[action='{recordUrl}/edit']", Fields.Of(("Form.Focus", "Decimals")));

        Assert.Equal(recordUrl, saved.RedirectTarget());
        PageAssert.ErrorSummaryLists(await refused.ReadPageAsync(), "Someone else changed this record while you were working on it");
        Assert.Equal("Fractions", (await SingleRecordAsync(candidate)).Content.Lesson!.Focus);
    }

    [Fact]
    public async Task A_professional_discussion_records_topics_and_the_list_shows_what_observations_cover()
    {
        var candidate = await AssessmentCandidates.StartedAsync(factory);
        var assessor = await factory.SignedInAsync(DemoAccounts.Assessor);
        var today = AssessmentCandidates.Today(factory);

        using var saved = await assessor.PostFormAsync($"{ListUrl(candidate)}/new?kind=ProfessionalDiscussion", "form[action$='/records/new']",
            DateFields(today).Concat(Fields.Of(("Form.Topics", "Safeguarding"), ("Form.Topics", "Adaptive teaching"), ("Form.Notes", "Knows the referral route"),
                ("Form.Standards[8].Outcome", "Met"))));
        Assert.StartsWith($"{ListUrl(candidate)}/", saved.RedirectTarget());
        await DraftAsync(assessor, candidate);

        var list = await assessor.GetPageAsync(ListUrl(candidate));
        var discussion = await factory.WithDbAsync(db => db.AssessmentRecords.AsNoTracking().SingleAsync(r => r.CandidateId == candidate.Id && r.Kind == RecordKind.ProfessionalDiscussion));
        Assert.Equal(["Safeguarding", "Adaptive teaching"], discussion.Content.TopicList);
        Assert.Equal("P2", Assert.Single(discussion.Content.Standards).Code);
        Assert.Equal(2, PageAssert.TableRows(list).Count);
        Assert.Contains("Observed in key stage 3 at Brookfield School. Still needed:", list.GetElementById("coverage")!.TextContent);
    }

    [Fact]
    public async Task Only_the_candidates_assessor_a_moderator_or_an_admin_records()
    {
        var candidate = await AssessmentCandidates.StartedAsync(factory);
        var otherEmail = TestAccounts.UniqueEmail("notmine");
        await TestAccounts.CreateAsync(factory, "Not Mine", otherEmail, PortalRole.Assessor);
        var other = factory.CreatePortalClient();
        await other.SignInAsync(otherEmail, TestAccounts.Password);
        var moderator = await factory.SignedInAsync(DemoAccounts.Moderator);

        await other.GetPageAsync($"{ListUrl(candidate)}/new?kind=Observation", HttpStatusCode.Forbidden);
        var token = (await other.GetPageAsync("/")).QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        using var posted = await other.PostRawAsync($"{ListUrl(candidate)}/new", Observation().Append(new("__RequestVerificationToken", token)));
        Assert.Equal(HttpStatusCode.Forbidden, posted.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.AssessmentRecords.AnyAsync(r => r.CandidateId == candidate.Id)));

        await moderator.GetPageAsync($"{ListUrl(candidate)}/new?kind=Observation");
        var self = await CandidateClientAsync(candidate);
        await self.GetPageAsync($"{ListUrl(candidate)}/new?kind=Observation", HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_candidate_cannot_reflect_on_another_candidates_record()
    {
        var candidate = await AssessmentCandidates.StartedAsync(factory);
        var assessor = await factory.SignedInAsync(DemoAccounts.Assessor);
        var recordUrl = await DraftAsync(assessor, candidate);
        using (await assessor.PostFormAsync($"{recordUrl}/share", $"form[action='{recordUrl}/share']", [])) { }
        var record = await SingleRecordAsync(candidate);
        var intruder = await factory.SignedInAsync(DemoAccounts.Candidate);
        var token = (await intruder.GetPageAsync("/")).QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;

        using var posted = await intruder.PostRawAsync($"{recordUrl}/reflection", Fields.Of(
            ("Form.Text", "Not mine"), ("Form.Version", record.Version.ToString()), ("__RequestVerificationToken", token)));

        Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);
        Assert.Null((await SingleRecordAsync(candidate)).Reflection);
    }

    /// <summary>An observation of a year 9 maths lesson at the candidate's second school, TS1 met (two points) and TS4 not yet met.</summary>
    private List<KeyValuePair<string, string>> Observation() => DateFields(AssessmentCandidates.Today(factory)).Concat(Fields.Of(
        ("Form.School", "Brookfield School"), ("Form.YearGroup", "Year9"), ("Form.Subject", "Mathematics"), ("Form.Focus", "Solving linear equations"),
        ("Form.Strengths", "Clear modelling"), ("Form.Targets", "Check understanding sooner"),
        ("Form.Standards[0].Outcome", "Met"), ("Form.Standards[0].Comment", "Calm, purposeful room"),
        ("Form.Standards[0].Points", "TS1a"), ("Form.Standards[0].Points", "TS1b"),
        ("Form.Standards[3].Outcome", "NotYetMet"))).ToList();

    private static List<KeyValuePair<string, string>> DateFields(DateOnly date) => Fields.Of(
        ("Form.Date.Day", date.Day.ToString()), ("Form.Date.Month", date.Month.ToString()), ("Form.Date.Year", date.Year.ToString()));

    private async Task<string> DraftAsync(PortalClient assessor, ReviewCandidate candidate)
    {
        using var saved = await assessor.PostFormAsync($"{ListUrl(candidate)}/new?kind=Observation", "form[action$='/records/new']", Observation());
        return saved.RedirectTarget();
    }

    private Task<AssessmentRecord> SingleRecordAsync(ReviewCandidate candidate) =>
        factory.WithDbAsync(db => db.AssessmentRecords.AsNoTracking().SingleAsync(r => r.CandidateId == candidate.Id && r.Kind == RecordKind.Observation));

    private async Task<PortalClient> CandidateClientAsync(ReviewCandidate candidate)
    {
        var client = factory.CreatePortalClient();
        await client.SignInAsync(candidate.Email, TestAccounts.Password);
        return client;
    }
}
