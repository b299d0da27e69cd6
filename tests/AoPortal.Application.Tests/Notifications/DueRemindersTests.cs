using AoPortal.Application.Abstractions;
using AoPortal.Application.Features.Notifications;
using AoPortal.Application.Tests.SchoolLeads;
using AoPortal.Application.Tests.Support;
using AoPortal.Domain.Assessments;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Common;
using AoPortal.Domain.Evidence;
using Microsoft.EntityFrameworkCore;
using Moq;

namespace AoPortal.Application.Tests.Notifications;

/// <summary>
/// Which reminders fall due on a day, for whom, under which key: worked out against a plan started on the fixture's
/// today (milestones at weeks 0, 1, 3, 4, 6, 8, 9, 10, 11 and moderation at 12; the end at week 12).
/// </summary>
public sealed class DueRemindersTests : IDisposable
{
    private static readonly DateOnly Start = SchoolStaffFixture.Today;
    private readonly SqliteTestDatabase _database = new();
    private readonly SchoolStaffFixture _fixture;
    private readonly Mock<IUserAccounts> _accounts = new();

    public DueRemindersTests() => _fixture = new SchoolStaffFixture(_database);

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task A_milestone_due_within_three_days_reminds_the_candidate_and_the_assessor_once_under_one_key()
    {
        var (candidate, plan) = await InAssessmentAsync();
        var baseline = Milestone(plan, "Baseline observation"); // due on day 7

        var onDay4 = await DueOnAsync(Start.AddDays(4));
        var onDay3 = await DueOnAsync(Start.AddDays(3));

        var reminders = onDay4.Where(r => r.Key == $"milestone-due:{baseline.Id}:{Iso(baseline.DueDate)}").ToList();
        Assert.Equal([candidate.UserId, candidate.AssessorId!.Value], reminders.Select(r => r.UserId));
        Assert.All(reminders, r => Assert.Equal($"/candidates/{candidate.Id}/assessment", r.Link));
        Assert.Contains("Baseline observation is due on", reminders[0].Subject);
        Assert.DoesNotContain(onDay3, r => r.Key.Contains(baseline.Id.ToString()));
    }

    [Fact]
    public async Task Moderation_coming_up_reminds_the_assessor_alone()
    {
        var (candidate, plan) = await InAssessmentAsync();
        var moderation = Milestone(plan, "Moderation"); // due on day 84

        var reminders = (await DueOnAsync(moderation.DueDate.AddDays(-2))).Where(r => r.Key.StartsWith($"milestone-due:{moderation.Id}")).ToList();

        Assert.Equal([candidate.AssessorId!.Value], reminders.Select(r => r.UserId));
    }

    [Fact]
    public async Task An_overdue_milestone_reminds_the_assessor_the_day_after_and_then_weekly_under_a_key_per_day()
    {
        var (candidate, plan) = await InAssessmentAsync();
        var meeting = Milestone(plan, "Initial meeting"); // due on day 0

        var dayAfter = (await DueOnAsync(Start.AddDays(1))).Where(r => r.Key.StartsWith($"milestone-overdue:{meeting.Id}")).ToList();
        var twoDaysAfter = (await DueOnAsync(Start.AddDays(2))).Where(r => r.Key.StartsWith($"milestone-overdue:{meeting.Id}")).ToList();
        var weekLater = (await DueOnAsync(Start.AddDays(8))).Where(r => r.Key.StartsWith($"milestone-overdue:{meeting.Id}")).ToList();

        var first = Assert.Single(dayAfter);
        Assert.Equal(candidate.AssessorId, first.UserId);
        Assert.StartsWith("Overdue: Initial meeting", first.Subject);
        Assert.Empty(twoDaysAfter);
        Assert.NotEqual(first.Key, Assert.Single(weekLater).Key);
    }

    [Fact]
    public async Task A_milestone_marked_done_is_not_mentioned()
    {
        var (candidate, plan) = await InAssessmentAsync();
        var meeting = Milestone(plan, "Initial meeting");
        await using (var db = _database.NewContext())
        {
            var stored = await db.AssessmentPlans.SingleAsync(p => p.Id == plan.Id);
            db.AuditEntries.Add(stored.CompleteMilestone(meeting.Id, Start, null, new Actor(candidate.AssessorId, "Sam Assessor"), SchoolStaffFixture.Now, Start));
            await db.SaveChangesAsync();
        }

        Assert.DoesNotContain(await DueOnAsync(Start.AddDays(1)), r => r.Key.Contains(meeting.Id.ToString()));
    }

    [Fact]
    public async Task The_end_of_the_assessment_within_fourteen_days_reminds_both_once()
    {
        var (candidate, plan) = await InAssessmentAsync();
        var key = $"assessment-ending:{candidate.Id}:{Iso(plan.EndDate)}";

        var fifteenBefore = await DueOnAsync(plan.EndDate.AddDays(-15));
        var fourteenBefore = await DueOnAsync(plan.EndDate.AddDays(-14));

        Assert.DoesNotContain(fifteenBefore, r => r.Key == key);
        var reminders = fourteenBefore.Where(r => r.Key == key).ToList();
        Assert.Equal([candidate.UserId, candidate.AssessorId!.Value], reminders.Select(r => r.UserId));
        Assert.All(reminders, r => Assert.Equal($"/candidates/{candidate.Id}/coverage", r.Link));
    }

    [Fact]
    public async Task Evidence_asked_for_by_a_date_reminds_the_candidate_within_three_days_of_it()
    {
        var (candidate, _) = await InAssessmentAsync();
        await _fixture.EvidenceAsync(candidate, "TS1", accept: false, title: "Marking sample");
        var dueBy = Start.AddDays(5);
        Guid itemId;
        await using (var db = _database.NewContext())
        {
            var item = await db.EvidenceItems.SingleAsync(i => i.CandidateId == candidate.Id);
            itemId = item.Id;
            db.AuditEntries.Add(item.RequestMore("Add the pupils' books.", dueBy, new Actor(candidate.AssessorId, "Sam Assessor"), SchoolStaffFixture.Now, Start));
            await db.SaveChangesAsync();
        }

        var fourBefore = await DueOnAsync(dueBy.AddDays(-4));
        var threeBefore = await DueOnAsync(dueBy.AddDays(-3));

        Assert.DoesNotContain(fourBefore, r => r.Key.StartsWith("evidence-due:"));
        var reminder = Assert.Single(threeBefore, r => r.Key.StartsWith("evidence-due:"));
        Assert.Equal(candidate.UserId, reminder.UserId);
        Assert.Equal($"evidence-due:{itemId}:{Iso(dueBy)}", reminder.Key);
        Assert.Equal($"/candidates/{candidate.Id}/evidence/{itemId}", reminder.Link);
        Assert.Contains("Marking sample", reminder.Subject);
    }

    [Fact]
    public async Task A_deferred_assessment_and_a_finished_one_send_no_reminders()
    {
        var (deferred, plan) = await InAssessmentAsync("Paused");
        await using (var db = _database.NewContext())
        {
            var candidate = await db.Candidates.SingleAsync(c => c.Id == deferred.Id);
            var stored = await db.AssessmentPlans.SingleAsync(p => p.Id == plan.Id);
            db.AuditEntries.Add(candidate.Defer(stored, Start, "Long-term illness", new Actor(null, "Admin"), SchoolStaffFixture.Now, Start));
            await db.SaveChangesAsync();
        }

        var (finished, _) = await InAssessmentAsync("Finished");
        await using (var db = _database.NewContext())
            await db.Candidates.Where(c => c.Id == finished.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, CandidateStatus.Recommended));

        Assert.Empty(await DueOnAsync(Start.AddDays(4)));
    }

    [Fact]
    public async Task Support_still_outstanding_reminds_the_schools_leads_three_days_after_submission_then_weekly()
    {
        var applicant = await Applicant.InvitedAsync(_database);
        await applicant.CompleteAsync();
        _accounts.Setup(a => a.EmailsInRoleAsync(It.IsAny<Domain.Users.PortalRole>(), It.IsAny<CancellationToken>())).ReturnsAsync([]);
        _accounts.Setup(a => a.SchoolLeadEmailsAsync(It.IsAny<Guid>(), It.IsAny<CancellationToken>())).ReturnsAsync([]);
        await applicant.Submit(_accounts.Object, Mock.Of<IEmailSender>());
        var submittedOn = DateOnly.FromDateTime(FakeTimeProvider.DefaultNow.UtcDateTime);
        var schoolId = applicant.Candidate.EmployingSchoolId!.Value;
        var leads = new[] { Guid.NewGuid(), Guid.NewGuid() };
        _accounts.Setup(a => a.SchoolLeadIdsAsync(It.Is<IReadOnlyCollection<Guid>>(ids => ids.Contains(schoolId)), It.IsAny<CancellationToken>()))
            .ReturnsAsync(leads.ToLookup(_ => schoolId));

        var twoDays = await DueOnAsync(submittedOn.AddDays(2));
        var threeDays = await DueOnAsync(submittedOn.AddDays(3));
        var fourDays = await DueOnAsync(submittedOn.AddDays(4));
        var tenDays = await DueOnAsync(submittedOn.AddDays(10));

        Assert.Empty(twoDays);
        Assert.Equal(leads, threeDays.Select(r => r.UserId));
        Assert.All(threeDays, r => Assert.Equal($"/school/candidates/{applicant.Candidate.Id}/support", r.Link));
        Assert.Empty(fourDays);
        Assert.Equal(2, tenDays.Count);
        Assert.NotEqual(threeDays[0].Key, tenDays[0].Key);
    }

    private async Task<(Candidate Candidate, AssessmentPlan Plan)> InAssessmentAsync(string lastName = "Lovelace")
    {
        var school = await _fixture.SchoolAsync();
        var candidate = await _fixture.InAssessmentAsync(school, lastName, daysAgo: 0);
        await using var db = _database.NewContext();
        return (await db.Candidates.AsNoTracking().SingleAsync(c => c.Id == candidate.Id),
            await db.AssessmentPlans.AsNoTracking().SingleAsync(p => p.CandidateId == candidate.Id));
    }

    private async Task<IReadOnlyList<Reminder>> DueOnAsync(DateOnly day)
    {
        await using var db = _database.NewContext();
        return await new DueReminders.Handler(db, _accounts.Object).Handle(day, CancellationToken.None);
    }

    private static Milestone Milestone(AssessmentPlan plan, string title) => plan.Milestones.Single(m => m.Title == title);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
