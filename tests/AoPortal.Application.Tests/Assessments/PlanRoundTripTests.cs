using AoPortal.Application.Tests.Support;
using AoPortal.Domain.Assessments;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Application.Tests.Assessments;

/// <summary>
/// A plan is one row with its milestones, extensions and deferrals as JSON: every change must come back from SQLite
/// as made, including items replaced in place.
/// </summary>
public sealed class PlanRoundTripTests : IDisposable
{
    private static readonly DateOnly Start = new(2026, 9, 7);
    private static readonly DateTime Now = new(2026, 9, 7, 9, 0, 0, DateTimeKind.Utc);
    private readonly SqliteTestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task The_version_1_template_is_seeded_by_the_migrations()
    {
        await using var db = _database.NewContext();

        var template = await db.PlanTemplates.AsNoTracking().SingleAsync();

        Assert.Equal(1, template.Version);
        Assert.Equal(PlanTemplate.Default(Now).Milestones, template.Milestones);
        Assert.Equal((12, 4, 90), (template.LengthWeeks, template.MaxExtensionWeeks, template.MaxDeferralDays));
    }

    [Fact]
    public async Task A_plan_and_its_changes_come_back_as_made()
    {
        var (candidateId, assessor) = await AcceptedWithAssessorAsync();
        Guid planId;
        await using (var db = _database.NewContext())
        {
            var candidate = await db.Candidates.SingleAsync(c => c.Id == candidateId);
            var template = await db.PlanTemplates.AsNoTracking().SingleAsync();
            var (plan, audit) = candidate.StartAssessment(template, Start, new AgeRange(11, 16), ["Mathematics", "Computing"], assessor, Now, Start);
            db.AssessmentPlans.Add(plan);
            db.AuditEntries.Add(audit);
            await db.SaveChangesAsync();
            planId = plan.Id;
        }

        await ChangeAsync(planId, candidateId, (plan, candidate) =>
        {
            plan.CompleteMilestone(plan.Milestones[0].Id, Start, "Met the head", assessor, Now, Start);
            plan.Reschedule(plan.Milestones.Single(m => m.Title == "First assessor visit").Id, new DateOnly(2026, 10, 1), assessor, Now);
            plan.AddMilestone(MilestoneKind.Other, "Visit to the second school", new DateOnly(2026, 10, 14), assessor, Now);
            candidate.Defer(plan, new DateOnly(2026, 10, 5), "Illness", assessor, Now, new DateOnly(2026, 10, 5));
        });
        await ChangeAsync(planId, candidateId, (plan, candidate) =>
        {
            candidate.Reinstate(plan, new DateOnly(2026, 10, 12), assessor, Now, new DateOnly(2026, 10, 12));
            plan.Extend(new DateOnly(2026, 12, 21), "Missed visit", "Dr Lee", assessor, Now);
        });

        await using var check = _database.NewContext();
        var stored = await check.AssessmentPlans.AsNoTracking().SingleAsync(p => p.Id == planId);
        Assert.Equal(new AgeRange(11, 16), stored.AgeRange);
        Assert.Equal(["Mathematics", "Computing"], stored.Subjects);
        Assert.Equal(11, stored.Milestones.Count);
        var meeting = stored.Milestones.Single(m => m.Title == "Initial meeting");
        Assert.Equal((Start, "Sam Assessor", "Met the head"), (meeting.CompletedOn, meeting.CompletedByName, meeting.Note));
        Assert.Equal(new DateOnly(2026, 10, 1), stored.Milestones.Single(m => m.Title == "First assessor visit").DueDate);
        Assert.Equal(new DateOnly(2026, 10, 21), stored.Milestones.Single(m => m.Title == "Visit to the second school").DueDate);
        var deferral = Assert.Single(stored.Deferrals);
        Assert.Equal((new DateOnly(2026, 10, 5), new DateOnly(2026, 10, 12), 7), (deferral.PausedOn, deferral.ReinstatedOn, deferral.DaysPaused));
        Assert.False(stored.IsDeferred);
        var extension = Assert.Single(stored.Extensions);
        Assert.Equal((new DateOnly(2026, 12, 7), new DateOnly(2026, 12, 21), "Dr Lee"), (extension.PreviousEndDate, extension.NewEndDate, extension.ApprovedBy));
        Assert.Equal(new DateOnly(2026, 12, 21), stored.EndDate);
        Assert.Equal(new DateOnly(2026, 11, 30), stored.PlannedEndDate);
        var candidateNow = await check.Candidates.AsNoTracking().SingleAsync(c => c.Id == candidateId);
        Assert.Equal(CandidateStatus.InAssessment, candidateNow.Status);
        Assert.Equal(assessor.UserId, candidateNow.AssessorId);
    }

    [Fact]
    public async Task A_second_plan_for_the_same_candidate_is_refused_by_the_database()
    {
        var (candidateId, _) = await AcceptedWithAssessorAsync();
        await using var db = _database.NewContext();
        var template = await db.PlanTemplates.AsNoTracking().SingleAsync();
        var first = await db.Candidates.SingleAsync(c => c.Id == candidateId);
        db.AssessmentPlans.Add(first.StartAssessment(template, Start, new AgeRange(11, 16), ["Maths"], new Actor(null, "Set-up"), Now, Start).Plan);
        await db.SaveChangesAsync();

        await using var other = _database.NewContext();
        var again = await other.Candidates.AsNoTracking().SingleAsync(c => c.Id == candidateId);
        other.Entry(again).Property(c => c.Status).CurrentValue = CandidateStatus.Accepted;
        other.AssessmentPlans.Add(again.StartAssessment(template, Start, new AgeRange(11, 16), ["Maths"], new Actor(null, "Set-up"), Now, Start).Plan);

        await Assert.ThrowsAsync<DbUpdateException>(() => other.SaveChangesAsync());
    }

    private async Task ChangeAsync(Guid planId, Guid candidateId, Action<AssessmentPlan, Candidate> change)
    {
        await using var db = _database.NewContext();
        var plan = await db.AssessmentPlans.SingleAsync(p => p.Id == planId);
        var candidate = await db.Candidates.SingleAsync(c => c.Id == candidateId);
        change(plan, candidate);
        await db.SaveChangesAsync();
    }

    private async Task<(Guid CandidateId, Actor Assessor)> AcceptedWithAssessorAsync()
    {
        var school = await new SchoolBuilder().SaveAsync(_database);
        var assessorUser = await new CandidateBuilder(school.Id).Named("Sam", "Assessor").SaveAsync(_database);
        var candidate = await new CandidateBuilder(school.Id).ForAgeRange("11-16", "Mathematics").WithStoredStatus(CandidateStatus.Accepted).SaveAsync(_database);
        var assessor = new Actor(assessorUser.UserId, "Sam Assessor");
        await using var db = _database.NewContext();
        var stored = await db.Candidates.SingleAsync(c => c.Id == candidate.Id);
        stored.AllocateAssessor(assessor.UserId!.Value, assessor.Name, new Actor(null, "Admin"), Now);
        await db.SaveChangesAsync();
        return (candidate.Id, assessor);
    }
}
