using AoPortal.Domain.Assessments;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Common;
using static AoPortal.Domain.Tests.Assessments.AssessedCandidate;

namespace AoPortal.Domain.Tests.Assessments;

public class PlanChangeTests
{
    private static readonly DateTime Later = new(2026, 10, 1, 9, 0, 0, DateTimeKind.Utc);

    // Rescheduling and adding

    [Fact]
    public void A_milestone_is_rescheduled_within_the_plan_and_audited()
    {
        var (_, plan) = Started();
        var visit = plan.Named("First assessor visit");
        var version = plan.Version;

        var audit = plan.Reschedule(visit.Id, new DateOnly(2026, 10, 1), Assessor, Later);

        Assert.Equal(new DateOnly(2026, 10, 1), plan.Named("First assessor visit").DueDate);
        Assert.NotEqual(version, plan.Version);
        Assert.Equal(("Milestone rescheduled", "First assessor visit: from 28 September 2026 to 1 October 2026"), (audit.Action, audit.Detail));
        Assert.Equal(plan.CandidateId, audit.SubjectId);
    }

    [Theory]
    [InlineData(2026, 9, 6)]
    [InlineData(2026, 12, 1)]
    public void A_milestone_cannot_move_outside_the_plan(int year, int month, int day)
    {
        var (_, plan) = Started();
        var visit = plan.Named("First assessor visit");

        var error = Assert.Throws<DomainRuleException>(() => plan.Reschedule(visit.Id, new DateOnly(year, month, day), Assessor, Later));

        Assert.Equal("The new due date must be between the start, 7 September 2026, and the end, 30 November 2026", error.Message);
        Assert.Equal(new DateOnly(2026, 9, 28), plan.Named("First assessor visit").DueDate);
    }

    [Fact]
    public void A_done_milestone_cannot_be_rescheduled()
    {
        var (_, plan) = Started();
        var meeting = plan.Named("Initial meeting");
        plan.CompleteMilestone(meeting.Id, Start, null, Assessor, Now, Start);

        var error = Assert.Throws<DomainRuleException>(() => plan.Reschedule(meeting.Id, Start.AddDays(3), Assessor, Now));

        Assert.Equal("Initial meeting is already done, so it cannot be rescheduled", error.Message);
    }

    [Fact]
    public void A_milestone_from_elsewhere_is_refused()
    {
        var (_, plan) = Started();

        Assert.Equal("That milestone is not in this plan",
            Assert.Throws<DomainRuleException>(() => plan.Reschedule(Guid.NewGuid(), Start, Assessor, Now)).Message);
    }

    [Fact]
    public void The_assessor_adds_a_milestone_and_it_takes_its_place_by_date()
    {
        var (_, plan) = Started();

        var (added, audit) = plan.AddMilestone(MilestoneKind.AssessorVisit, " Extra visit to the second school ", new DateOnly(2026, 10, 14), Assessor, Later);

        Assert.Equal("Extra visit to the second school", added.Title);
        Assert.Equal(11, plan.Milestones.Count);
        Assert.Equal(added.Id, plan.Milestones.Single(m => m.DueDate == new DateOnly(2026, 10, 14)).Id);
        Assert.Equal("Extra visit to the second school, due 14 October 2026", audit.Detail);
    }

    // Completing and overdue

    [Fact]
    public void Completing_records_the_day_who_and_a_note()
    {
        var (_, plan) = Started();
        var meeting = plan.Named("Initial meeting");

        var audit = plan.CompleteMilestone(meeting.Id, new DateOnly(2026, 9, 8), " Agreed timetable ", Assessor, Now, new DateOnly(2026, 9, 9));

        var done = plan.Named("Initial meeting");
        Assert.Equal((new DateOnly(2026, 9, 8), "Sam Assessor", "Agreed timetable"), (done.CompletedOn, done.CompletedByName, done.Note));
        Assert.Equal(MilestoneState.Done, plan.StateOf(done, new DateOnly(2026, 12, 1)));
        Assert.Equal("Initial meeting, on 8 September 2026", audit.Detail);
    }

    [Fact]
    public void A_milestone_cannot_be_done_in_the_future_before_the_start_or_twice()
    {
        var (_, plan) = Started();
        var meeting = plan.Named("Initial meeting");

        Assert.Equal("The date it was done must be today or in the past",
            Assert.Throws<DomainRuleException>(() => plan.CompleteMilestone(meeting.Id, Start.AddDays(1), null, Assessor, Now, Start)).Message);
        Assert.Equal("The date it was done must be on or after the start, 7 September 2026",
            Assert.Throws<DomainRuleException>(() => plan.CompleteMilestone(meeting.Id, Start.AddDays(-1), null, Assessor, Now, Start)).Message);
        plan.CompleteMilestone(meeting.Id, Start, null, Assessor, Now, Start);
        Assert.Equal("Initial meeting is already marked as done",
            Assert.Throws<DomainRuleException>(() => plan.CompleteMilestone(meeting.Id, Start, null, Assessor, Now, Start)).Message);
    }

    [Fact]
    public void A_milestone_is_overdue_the_day_after_it_was_due_and_not_before()
    {
        var (_, plan) = Started();
        var visit = plan.Named("First assessor visit");

        Assert.Equal(MilestoneState.Due, plan.StateOf(visit, visit.DueDate));
        Assert.Equal(MilestoneState.Overdue, plan.StateOf(visit, visit.DueDate.AddDays(1)));
    }

    [Fact]
    public void Overdue_lists_what_is_past_due_and_not_done()
    {
        var (_, plan) = Started();
        plan.CompleteMilestone(plan.Named("Initial meeting").Id, Start, null, Assessor, Now, Start);
        var today = new DateOnly(2026, 9, 29);

        Assert.Equal(["Baseline observation", "First assessor visit"], plan.Overdue(today).Select(m => m.Title));
        Assert.Equal("Baseline observation", plan.NextMilestone!.Title);
    }

    // Weeks and days

    [Theory]
    [InlineData(2026, 9, 6, 0)]
    [InlineData(2026, 9, 7, 1)]
    [InlineData(2026, 9, 13, 1)]
    [InlineData(2026, 9, 14, 2)]
    [InlineData(2026, 11, 29, 12)]
    public void The_week_of_the_assessment_counts_from_one(int year, int month, int day, int week)
    {
        var (_, plan) = Started();

        Assert.Equal(week, plan.WeekOn(new DateOnly(year, month, day)));
    }

    [Fact]
    public void Days_left_count_down_to_the_end()
    {
        var (_, plan) = Started();

        Assert.Equal(84, plan.DaysLeft(Start));
        Assert.Equal(-1, plan.DaysLeft(new DateOnly(2026, 12, 1)));
    }

    // Extension

    [Fact]
    public void An_extension_moves_the_end_and_records_the_reason_and_approver()
    {
        var (_, plan) = Started();

        var audit = plan.Extend(new DateOnly(2026, 12, 14), " Illness in week 6 ", " Dr Lee, head of AO ", Admin, Later);

        Assert.Equal(new DateOnly(2026, 12, 14), plan.EndDate);
        Assert.Equal(new DateOnly(2026, 11, 30), plan.PlannedEndDate);
        var extension = Assert.Single(plan.Extensions);
        Assert.Equal((new DateOnly(2026, 11, 30), new DateOnly(2026, 12, 14), "Illness in week 6", "Dr Lee, head of AO"),
            (extension.PreviousEndDate, extension.NewEndDate, extension.Reason, extension.ApprovedBy));
        Assert.Equal(("Assessment extended", "End date from 30 November 2026 to 14 December 2026, approved by Dr Lee, head of AO. Illness in week 6"),
            (audit.Action, audit.Detail));
    }

    [Fact]
    public void Extensions_together_stay_within_the_templates_limit()
    {
        var (_, plan) = Started();
        plan.Extend(new DateOnly(2026, 12, 14), "First", "Dr Lee", Admin, Later);

        plan.Extend(new DateOnly(2026, 12, 28), "Second", "Dr Lee", Admin, Later);
        var error = Assert.Throws<DomainRuleException>(() => plan.Extend(new DateOnly(2026, 12, 29), "Third", "Dr Lee", Admin, Later));

        Assert.Equal("Extensions can take the assessment to 28 December 2026 at the latest: 4 weeks past its planned end", error.Message);
        Assert.Equal(new DateOnly(2026, 12, 28), plan.EndDate);
        Assert.Equal(2, plan.Extensions.Count);
    }

    [Fact]
    public void An_extension_must_move_the_end_later_and_say_why_and_who_approved_it()
    {
        var (_, plan) = Started();

        Assert.Equal("The new end date must be after the current end date, 30 November 2026",
            Assert.Throws<DomainRuleException>(() => plan.Extend(new DateOnly(2026, 11, 30), "Why", "Who", Admin, Later)).Message);
        Assert.Equal("Enter the reason for the extension",
            Assert.Throws<DomainRuleException>(() => plan.Extend(new DateOnly(2026, 12, 7), " ", "Who", Admin, Later)).Message);
        Assert.Equal("Enter who approved the extension",
            Assert.Throws<DomainRuleException>(() => plan.Extend(new DateOnly(2026, 12, 7), "Why", "", Admin, Later)).Message);
        Assert.Empty(plan.Extensions);
    }

    // Deferral

    [Fact]
    public void Deferring_pauses_the_clock_and_nothing_falls_overdue_meanwhile()
    {
        var (candidate, plan) = Started();
        var pausedOn = new DateOnly(2026, 10, 5);

        var audit = candidate.Defer(plan, pausedOn, "Family emergency", Assessor, Later, pausedOn);

        Assert.Equal(CandidateStatus.Deferred, candidate.Status);
        Assert.True(plan.IsDeferred);
        Assert.Equal(("Assessment deferred", "In assessment to Deferred. Clock paused from 5 October 2026. Family emergency"), (audit.Action, audit.Detail));
        var later = new DateOnly(2026, 12, 20);
        Assert.Equal(MilestoneState.Paused, plan.StateOf(plan.Named("Second assessor visit"), later));
        // A milestone already overdue before the pause stays overdue.
        Assert.Equal(MilestoneState.Overdue, plan.StateOf(plan.Named("Initial meeting"), later));
    }

    [Fact]
    public void Reinstating_moves_what_is_left_and_the_end_by_the_days_paused()
    {
        var (candidate, plan) = Started();
        plan.CompleteMilestone(plan.Named("Initial meeting").Id, Start, null, Assessor, Now, Start);
        candidate.Defer(plan, new DateOnly(2026, 10, 5), "Family emergency", Assessor, Later, new DateOnly(2026, 10, 5));

        var audit = candidate.Reinstate(plan, new DateOnly(2026, 10, 26), Assessor, Later, new DateOnly(2026, 10, 26));

        Assert.Equal(CandidateStatus.InAssessment, candidate.Status);
        Assert.False(plan.IsDeferred);
        Assert.Equal(21, plan.Deferrals.Single().DaysPaused);
        Assert.Equal(new DateOnly(2026, 12, 21), plan.EndDate);
        Assert.Equal(new DateOnly(2026, 10, 19).AddDays(21), plan.Named("Second assessor visit").DueDate);
        // Due before the pause: not moved. Done: not moved.
        Assert.Equal(new DateOnly(2026, 9, 28), plan.Named("First assessor visit").DueDate);
        Assert.Equal(Start, plan.Named("Initial meeting").DueDate);
        Assert.Equal("Deferred to In assessment. Paused 21 days; the remaining milestones and the end date (21 December 2026) moved by as much", audit.Detail);
    }

    [Fact]
    public void Paused_days_do_not_count_towards_the_week()
    {
        var (candidate, plan) = Started();
        candidate.Defer(plan, new DateOnly(2026, 10, 5), "Illness", Assessor, Later, new DateOnly(2026, 10, 5));

        Assert.Equal(5, plan.WeekOn(new DateOnly(2026, 10, 20)));
        candidate.Reinstate(plan, new DateOnly(2026, 10, 26), Assessor, Later, new DateOnly(2026, 10, 26));
        Assert.Equal(5, plan.WeekOn(new DateOnly(2026, 10, 26)));
        Assert.Equal(6, plan.WeekOn(new DateOnly(2026, 11, 2)));
    }

    [Fact]
    public void Deferrals_together_stay_within_the_templates_limit()
    {
        var (candidate, plan) = Started();
        candidate.Defer(plan, new DateOnly(2026, 9, 14), "Illness", Assessor, Later, new DateOnly(2026, 9, 14));

        var error = Assert.Throws<DomainRuleException>(() =>
            candidate.Reinstate(plan, new DateOnly(2026, 12, 14), Assessor, Later, new DateOnly(2026, 12, 14)));

        Assert.Equal("Deferrals can pause an assessment for 90 days in total; this would make 91", error.Message);
        Assert.Equal(CandidateStatus.Deferred, candidate.Status);
        Assert.True(plan.IsDeferred);
    }

    [Fact]
    public void An_extension_after_a_deferral_counts_from_the_moved_end()
    {
        var (candidate, plan) = Started();
        candidate.Defer(plan, new DateOnly(2026, 10, 5), "Illness", Assessor, Later, new DateOnly(2026, 10, 5));
        candidate.Reinstate(plan, new DateOnly(2026, 10, 12), Assessor, Later, new DateOnly(2026, 10, 12));

        plan.Extend(new DateOnly(2027, 1, 4), "Missed visits", "Dr Lee", Admin, Later);

        Assert.Equal(new DateOnly(2027, 1, 4), plan.EndDate);
    }

    [Fact]
    public void Deferral_dates_are_checked()
    {
        var (candidate, plan) = Started();
        var today = new DateOnly(2026, 10, 5);

        Assert.Equal("The deferral must start today or in the past",
            Assert.Throws<DomainRuleException>(() => candidate.Defer(plan, today.AddDays(1), "Why", Assessor, Later, today)).Message);
        Assert.Equal("The deferral must start on or after the start date, 7 September 2026",
            Assert.Throws<DomainRuleException>(() => candidate.Defer(plan, Start.AddDays(-1), "Why", Assessor, Later, today)).Message);
        Assert.Equal("Enter the reason for deferring the assessment",
            Assert.Throws<DomainRuleException>(() => candidate.Defer(plan, today, " ", Assessor, Later, today)).Message);
        Assert.Equal(CandidateStatus.InAssessment, candidate.Status);

        candidate.Defer(plan, today, "Illness", Assessor, Later, today);
        Assert.Equal("The assessment must be reinstated on or after 5 October 2026, when it was deferred",
            Assert.Throws<DomainRuleException>(() => candidate.Reinstate(plan, today.AddDays(-1), Assessor, Later, today)).Message);
        Assert.Equal("Reinstate the assessment before extending it",
            Assert.Throws<DomainRuleException>(() => plan.Extend(new DateOnly(2026, 12, 7), "Why", "Who", Admin, Later)).Message);
    }

    [Fact]
    public void A_candidate_who_is_not_deferred_cannot_be_reinstated_and_a_deferred_one_not_deferred_again()
    {
        var (candidate, plan) = Started();

        Assert.Equal("Assessment reinstated is not possible while the candidate's status is in assessment",
            Assert.Throws<DomainRuleException>(() => candidate.Reinstate(plan, Start, Assessor, Now, Start)).Message);
        candidate.Defer(plan, Start, "Illness", Assessor, Now, Start);
        Assert.Equal("Assessment deferred is not possible while the candidate's status is deferred",
            Assert.Throws<DomainRuleException>(() => candidate.Defer(plan, Start, "Again", Assessor, Now, Start)).Message);
    }

    [Fact]
    public void Another_candidates_plan_is_refused()
    {
        var (candidate, _) = Started();
        var (_, otherPlan) = Started();

        Assert.Equal("That plan belongs to another candidate",
            Assert.Throws<DomainRuleException>(() => candidate.Defer(otherPlan, Start, "Illness", Assessor, Now, Start)).Message);
    }
}
