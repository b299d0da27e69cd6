using System.Net;
using AoPortal.Domain.Assessments;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Users;
using AoPortal.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Web.Tests;

/// <summary>Allocating an assessor, starting the assessment and changing its plan, through the pages.</summary>
[Collection(PortalCollection.Name)]
public sealed class AssessmentPlanTests(PortalFactory factory)
{
    private static string PlanUrl(ReviewCandidate c) => $"/candidates/{c.Id}/assessment";

    [Fact]
    public async Task An_admin_allocates_an_assessor_who_is_told_by_email()
    {
        var candidate = await AcceptedAsync();
        var admin = await factory.SignedInAsync(DemoAccounts.Admin);
        var samId = await factory.UserIdAsync(DemoAccounts.Assessor);
        var before = factory.Mailbox.CountTo(DemoAccounts.Assessor);

        var plan = await admin.GetPageAsync(PlanUrl(candidate));
        Assert.Contains("Not allocated yet", PageAssert.MainText(plan));
        var form = await admin.GetPageAsync($"/candidates/{candidate.Id}/assessor");
        using var response = await admin.PostFormAsync(form, $"form[action='/candidates/{candidate.Id}/assessor']", Fields.Of(("Form.AssessorId", samId.ToString())));

        Assert.Equal(PlanUrl(candidate), response.RedirectTarget());
        PageAssert.SuccessBanner(await admin.FollowAsync(response), "Sam Assessor is now the assessor");
        var stored = await ReviewCandidates.LoadAsync(factory, candidate.Id);
        Assert.Equal((samId, "Sam Assessor"), (stored.AssessorId, stored.AssessorName));
        Assert.Equal(1, await ReviewCandidates.AuditCountAsync(factory, candidate.Id, "Assessor allocated"));
        Assert.Equal(before + 1, factory.Mailbox.CountTo(DemoAccounts.Assessor));
        Assert.Equal($"You are now {candidate.FullName}'s assessor", factory.Mailbox.LatestTo(DemoAccounts.Assessor).Subject);
    }

    [Fact]
    public async Task Only_an_active_assessor_can_be_allocated()
    {
        var candidate = await AcceptedAsync();
        var admin = await factory.SignedInAsync(DemoAccounts.Admin);
        var schoolLead = await factory.UserIdAsync(DemoAccounts.SchoolLead);
        var form = $"form[action='/candidates/{candidate.Id}/assessor']";

        using var none = await admin.PostFormAsync($"/candidates/{candidate.Id}/assessor", form, Fields.Of(("Form.AssessorId", "")));
        PageAssert.ErrorSummaryLists(await none.ReadPageAsync(), "Select the assessor", "form-assessorid");
        using var notAssessor = await admin.PostFormAsync($"/candidates/{candidate.Id}/assessor", form, Fields.Of(("Form.AssessorId", schoolLead.ToString())));
        PageAssert.ErrorSummaryLists(await notAssessor.ReadPageAsync(), "Select an assessor from the list", "form-assessorid");

        Assert.Null((await ReviewCandidates.LoadAsync(factory, candidate.Id)).AssessorId);
    }

    [Fact]
    public async Task The_allocated_assessor_starts_the_assessment_and_the_candidate_is_emailed()
    {
        var candidate = await AllocatedAsync();
        var assessor = await factory.SignedInAsync(DemoAccounts.Assessor);
        var today = Today();

        var form = await assessor.GetPageAsync($"{PlanUrl(candidate)}/start");
        Assert.NotNull(form.QuerySelector("input[name='Form.AgeRange'][value='11-16'][checked]"));
        using var response = await assessor.PostFormAsync(form, $"form[action='{PlanUrl(candidate)}/start']", Fields.Of(
            ("Form.StartDate.Day", today.Day.ToString()), ("Form.StartDate.Month", today.Month.ToString()), ("Form.StartDate.Year", today.Year.ToString()),
            ("Form.AgeRange", "11-16"), ("Form.Subjects", "Mathematics")));

        Assert.Equal(PlanUrl(candidate), response.RedirectTarget());
        var page = await assessor.FollowAsync(response);
        PageAssert.SuccessBanner(page, "The assessment has started");
        Assert.Contains("Week 1 of 12", PageAssert.MainText(page));
        Assert.Equal(10, PageAssert.TableRows(page).Count);
        Assert.NotNull(page.QuerySelector("a[href$='/done']"));
        var plan = await PlanAsync(candidate);
        Assert.Equal((today, today.AddDays(84)), (plan.StartDate, plan.EndDate));
        Assert.Equal(CandidateStatus.InAssessment, (await ReviewCandidates.LoadAsync(factory, candidate.Id)).Status);
        Assert.Equal(1, await ReviewCandidates.AuditCountAsync(factory, candidate.Id, "Assessment started"));
        Assert.Equal("Your assessment for QTS has been planned", factory.Mailbox.LatestTo(candidate.Email).Subject);
    }

    [Fact]
    public async Task A_start_date_too_long_ago_is_refused_and_nothing_starts()
    {
        var candidate = await AllocatedAsync();
        var assessor = await factory.SignedInAsync(DemoAccounts.Assessor);
        var longAgo = Today().AddDays(-60);

        using var response = await assessor.PostFormAsync($"{PlanUrl(candidate)}/start", $"form[action='{PlanUrl(candidate)}/start']", Fields.Of(
            ("Form.StartDate.Day", longAgo.Day.ToString()), ("Form.StartDate.Month", longAgo.Month.ToString()), ("Form.StartDate.Year", longAgo.Year.ToString()),
            ("Form.AgeRange", "11-16"), ("Form.Subjects", "Mathematics")));

        PageAssert.ErrorSummaryLists(await response.ReadPageAsync(), "The start date must be no more than 4 weeks ago", "form-startdate");
        Assert.False(await factory.WithDbAsync(db => db.AssessmentPlans.AnyAsync(p => p.CandidateId == candidate.Id)));
        Assert.Equal(CandidateStatus.Accepted, (await ReviewCandidates.LoadAsync(factory, candidate.Id)).Status);
    }

    [Fact]
    public async Task An_assessor_who_is_not_allocated_cannot_start_or_change_the_plan()
    {
        var candidate = await StartedAsync();
        var otherEmail = TestAccounts.UniqueEmail("otherassessor");
        await TestAccounts.CreateAsync(factory, "Other Assessor", otherEmail, PortalRole.Assessor);
        var other = factory.CreatePortalClient();
        await other.SignInAsync(otherEmail, TestAccounts.Password);
        var plan = await PlanAsync(candidate);
        var token = (await other.GetPageAsync("/")).QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;

        var page = await other.GetPageAsync(PlanUrl(candidate));
        Assert.Null(page.QuerySelector("a[href$='/done']"));
        await other.GetPageAsync($"{PlanUrl(candidate)}/defer", HttpStatusCode.Forbidden);
        using var posted = await other.PostRawAsync($"{PlanUrl(candidate)}/defer", Fields.Of(
            ("Form.Version", plan.Version.ToString()), ("Form.PausedOn.Day", Today().Day.ToString()), ("Form.PausedOn.Month", Today().Month.ToString()),
            ("Form.PausedOn.Year", Today().Year.ToString()), ("Form.Reason", "Not mine to defer"), ("__RequestVerificationToken", token)));

        Assert.Equal(HttpStatusCode.Forbidden, posted.StatusCode);
        Assert.Equal(CandidateStatus.InAssessment, (await ReviewCandidates.LoadAsync(factory, candidate.Id)).Status);
    }

    [Fact]
    public async Task The_assessor_marks_a_milestone_done_and_reschedules_another()
    {
        var candidate = await StartedAsync();
        var assessor = await factory.SignedInAsync(DemoAccounts.Assessor);
        var plan = await PlanAsync(candidate);
        var meeting = plan.Milestones.Single(m => m.Title == "Initial meeting");
        var visit = plan.Milestones.Single(m => m.Title == "First assessor visit");
        var today = Today();

        var doneUrl = $"{PlanUrl(candidate)}/milestones/{meeting.Id}/done";
        using var future = await assessor.PostFormAsync(doneUrl, $"form[action='{doneUrl}']", DateFields("Form.CompletedOn", today.AddDays(1)));
        PageAssert.ErrorSummaryLists(await future.ReadPageAsync(), "The date it was done must be today or in the past", "form-completedon");
        using var done = await assessor.PostFormAsync(doneUrl, $"form[action='{doneUrl}']", DateFields("Form.CompletedOn", today).Append(new("Form.Note", "Agreed the timetable")));
        Assert.Equal(PlanUrl(candidate), done.RedirectTarget());

        var rescheduleUrl = $"{PlanUrl(candidate)}/milestones/{visit.Id}/reschedule";
        using var moved = await assessor.PostFormAsync(rescheduleUrl, $"form[action='{rescheduleUrl}']", DateFields("Form.DueDate", visit.DueDate.AddDays(2)));
        Assert.Equal(PlanUrl(candidate), moved.RedirectTarget());

        var stored = await PlanAsync(candidate);
        Assert.Equal((today, "Sam Assessor", "Agreed the timetable"),
            (stored.Milestones.Single(m => m.Id == meeting.Id).CompletedOn, stored.Milestones.Single(m => m.Id == meeting.Id).CompletedByName, stored.Milestones.Single(m => m.Id == meeting.Id).Note));
        Assert.Equal(visit.DueDate.AddDays(2), stored.Milestones.Single(m => m.Id == visit.Id).DueDate);
        var page = await assessor.GetPageAsync(PlanUrl(candidate));
        Assert.Contains(PageAssert.TableRows(page), row => row.Contains("Initial meeting") && row.Contains("Done"));
    }

    [Fact]
    public async Task A_second_person_saving_an_old_form_is_refused_and_the_first_change_kept()
    {
        var candidate = await StartedAsync();
        var plan = await PlanAsync(candidate);
        var visit = plan.Milestones.Single(m => m.Title == "Second assessor visit");
        var url = $"{PlanUrl(candidate)}/milestones/{visit.Id}/reschedule";
        var sam = await factory.SignedInAsync(DemoAccounts.Assessor);
        var admin = await factory.SignedInAsync(DemoAccounts.Admin);
        var samForm = await sam.GetPageAsync(url);
        var adminForm = await admin.GetPageAsync(url);

        using var first = await sam.PostFormAsync(samForm, $"form[action='{url}']", DateFields("Form.DueDate", visit.DueDate.AddDays(1)));
        using var second = await admin.PostFormAsync(adminForm, $"form[action='{url}']", DateFields("Form.DueDate", visit.DueDate.AddDays(3)));

        Assert.Equal(PlanUrl(candidate), first.RedirectTarget());
        PageAssert.ErrorSummaryLists(await second.ReadPageAsync(), "Someone else changed this record while you were working on it");
        Assert.Equal(visit.DueDate.AddDays(1), (await PlanAsync(candidate)).Milestones.Single(m => m.Id == visit.Id).DueDate);
    }

    [Fact]
    public async Task Deferring_pauses_the_assessment_and_reinstating_restarts_it()
    {
        var candidate = await StartedAsync();
        var assessor = await factory.SignedInAsync(DemoAccounts.Assessor);
        var today = Today();

        using var deferred = await assessor.PostFormAsync($"{PlanUrl(candidate)}/defer", $"form[action='{PlanUrl(candidate)}/defer']",
            DateFields("Form.PausedOn", today).Append(new("Form.Reason", "Illness")));
        Assert.Equal(PlanUrl(candidate), deferred.RedirectTarget());
        var page = await assessor.FollowAsync(deferred);
        Assert.Contains("the clock is paused", PageAssert.MainText(page));
        Assert.Equal(CandidateStatus.Deferred, (await ReviewCandidates.LoadAsync(factory, candidate.Id)).Status);

        using var reinstated = await assessor.PostFormAsync($"{PlanUrl(candidate)}/reinstate", $"form[action='{PlanUrl(candidate)}/reinstate']",
            DateFields("Form.ReinstatedOn", today));
        Assert.Equal(PlanUrl(candidate), reinstated.RedirectTarget());
        Assert.Equal(CandidateStatus.InAssessment, (await ReviewCandidates.LoadAsync(factory, candidate.Id)).Status);
        Assert.False((await PlanAsync(candidate)).IsDeferred);
        Assert.Equal(1, await ReviewCandidates.AuditCountAsync(factory, candidate.Id, "Assessment deferred"));
        Assert.Equal(1, await ReviewCandidates.AuditCountAsync(factory, candidate.Id, "Assessment reinstated"));
    }

    [Fact]
    public async Task An_extension_past_the_limit_is_refused_and_one_within_it_recorded()
    {
        var candidate = await StartedAsync();
        var assessor = await factory.SignedInAsync(DemoAccounts.Assessor);
        var end = (await PlanAsync(candidate)).EndDate;
        var url = $"{PlanUrl(candidate)}/extend";

        using var tooFar = await assessor.PostFormAsync(url, $"form[action='{url}']",
            DateFields("Form.NewEndDate", end.AddDays(29)).Append(new("Form.Reason", "Illness")).Append(new("Form.ApprovedBy", "Dr Lee")));
        PageAssert.ErrorSummaryLists(await tooFar.ReadPageAsync(), "4 weeks past its planned end", "form-newenddate");
        using var within = await assessor.PostFormAsync(url, $"form[action='{url}']",
            DateFields("Form.NewEndDate", end.AddDays(14)).Append(new("Form.Reason", "Illness")).Append(new("Form.ApprovedBy", "Dr Lee")));

        Assert.Equal(PlanUrl(candidate), within.RedirectTarget());
        Assert.Equal(end.AddDays(14), (await PlanAsync(candidate)).EndDate);
    }

    [Fact]
    public async Task The_candidate_and_their_school_lead_read_the_plan_and_others_cannot()
    {
        var candidate = await StartedAsync();
        var self = factory.CreatePortalClient();
        await self.SignInAsync(candidate.Email, TestAccounts.Password);
        var lead = await factory.SignedInAsync(DemoAccounts.SchoolLead);
        var otherCandidate = await factory.SignedInAsync(DemoAccounts.Candidate);

        Assert.NotNull((await self.GetPageAsync("/")).QuerySelector($"#your-assessment a[href='{PlanUrl(candidate)}']"));
        Assert.True(await ListsLinkAsync(lead, PlanUrl(candidate)), "The school lead's staff list links to the plan");
        var own = await self.GetPageAsync(PlanUrl(candidate));
        Assert.Equal(10, PageAssert.TableRows(own).Count);
        Assert.Null(own.QuerySelector("a[href$='/done']"));
        Assert.Null(own.QuerySelector("a[href$='/defer']"));
        Assert.Equal(10, PageAssert.TableRows(await lead.GetPageAsync(PlanUrl(candidate))).Count);
        await otherCandidate.GetPageAsync(PlanUrl(candidate), HttpStatusCode.NotFound);
        await self.GetPageAsync($"{PlanUrl(candidate)}/defer", HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_assessors_caseload_lists_their_candidates_with_overdue_ones_first()
    {
        var onTime = await StartedAsync();
        // Started two weeks ago: the initial meeting and the baseline observation are overdue.
        var late = await StartedAsync(daysAgo: 14);
        var assessor = await factory.SignedInAsync(DemoAccounts.Assessor);

        var page = await assessor.GetPageAsync("/caseload");

        var rows = PageAssert.TableRows(page).ToList();
        var lateRow = rows.FindIndex(r => r.Contains(late.FullName));
        var onTimeRow = rows.FindIndex(r => r.Contains(onTime.FullName));
        Assert.True(lateRow >= 0 && onTimeRow >= 0, string.Join("\n", rows));
        Assert.True(lateRow < onTimeRow, string.Join("\n", rows));
        Assert.Contains("2 overdue", rows[lateRow]);
        Assert.Contains("3 of 12", rows[lateRow]);
        Assert.Contains("1 of 12", rows[onTimeRow]);
    }

    [Fact]
    public async Task Only_assessors_have_a_caseload()
    {
        var admin = await factory.SignedInAsync(DemoAccounts.Admin);

        await admin.GetPageAsync("/caseload", HttpStatusCode.Forbidden);
    }

    /// <summary>Whether any page of the school lead's staff list (50 a page, by name) links to the address.</summary>
    private static async Task<bool> ListsLinkAsync(PortalClient lead, string href)
    {
        for (var page = 1; page <= 20; page++)
        {
            var document = await lead.GetPageAsync($"/?page={page}");
            if (document.QuerySelector($"a[href='{href}']") is not null) return true;
            if (document.QuerySelector($"a[href='/?page={page + 1}']") is null) return false;
        }

        return false;
    }

    private DateOnly Today() => AssessmentCandidates.Today(factory);

    private static List<KeyValuePair<string, string>> DateFields(string name, DateOnly date) => Fields.Of(
        ($"{name}.Day", date.Day.ToString()), ($"{name}.Month", date.Month.ToString()), ($"{name}.Year", date.Year.ToString()));

    private Task<AssessmentPlan> PlanAsync(ReviewCandidate candidate) =>
        factory.WithDbAsync(db => db.AssessmentPlans.AsNoTracking().SingleAsync(p => p.CandidateId == candidate.Id));

    private Task<ReviewCandidate> AcceptedAsync() => AssessmentCandidates.AcceptedAsync(factory);

    private Task<ReviewCandidate> AllocatedAsync() => AssessmentCandidates.AllocatedAsync(factory);

    private Task<ReviewCandidate> StartedAsync(int daysAgo = 0) => AssessmentCandidates.StartedAsync(factory, daysAgo);
}
