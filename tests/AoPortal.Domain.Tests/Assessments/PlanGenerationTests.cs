using AoPortal.Domain.Assessments;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Common;
using static AoPortal.Domain.Tests.Assessments.AssessedCandidate;

namespace AoPortal.Domain.Tests.Assessments;

public class PlanGenerationTests
{
    [Fact]
    public void The_default_template_is_twelve_weeks_from_initial_meeting_to_moderation()
    {
        Assert.Equal(12, Template.LengthWeeks);
        Assert.Equal(MilestoneKind.InitialMeeting, Template.Milestones[0].Kind);
        Assert.Equal((MilestoneKind.Moderation, 12), (Template.Milestones[^1].Kind, Template.Milestones[^1].WeekOffset));
        Assert.Equal(3, Template.Milestones.Count(m => m.Kind == MilestoneKind.AssessorVisit));
    }

    [Fact]
    public void Starting_makes_each_milestone_due_its_weeks_after_the_start_and_ends_after_the_length()
    {
        var (_, plan) = Started();

        Assert.Equal(Start, plan.StartDate);
        Assert.Equal(new DateOnly(2026, 11, 30), plan.EndDate);
        Assert.Equal(plan.EndDate, plan.PlannedEndDate);
        Assert.Equal(Template.Milestones.Select(m => (m.Title, Start.AddDays(7 * m.WeekOffset))), plan.Milestones.Select(m => (m.Title, m.DueDate)));
        Assert.Equal(new DateOnly(2026, 9, 28), plan.Named("First assessor visit").DueDate);
        Assert.All(plan.Milestones, m => Assert.False(m.IsDone));
        Assert.Equal(1, plan.TemplateVersion);
    }

    [Fact]
    public void Starting_moves_the_candidate_into_assessment_and_says_so_in_the_audit_trail()
    {
        var candidate = Accepted();

        var (plan, audit) = candidate.StartAssessment(Template, Start, new AgeRange(11, 16), ["Mathematics"], Assessor, Now, Start);

        Assert.Equal(CandidateStatus.InAssessment, candidate.Status);
        Assert.Equal(candidate.Id, plan.CandidateId);
        Assert.Equal("Assessment started", audit.Action);
        Assert.Equal("Accepted to In assessment. Starts 7 September 2026, ends 30 November 2026; age range 11 to 16, Mathematics; plan template version 1", audit.Detail);
    }

    [Fact]
    public void A_template_of_another_length_gives_another_end()
    {
        var six = new PlanTemplate(2, 6, 2, 30, [new(MilestoneKind.InitialMeeting, "Meet", 0), new(MilestoneKind.FinalAssessment, "Final", 6)], Now);

        var (_, plan) = Started(six);

        Assert.Equal(Start.AddDays(42), plan.EndDate);
        Assert.Equal(2, plan.Milestones.Count);
        Assert.Equal(2, plan.TemplateVersion);
    }

    [Fact]
    public void The_assessment_cannot_start_before_an_assessor_is_allocated()
    {
        var candidate = new Eligibility.SubmittedCandidate().WithEveryRequirementMet().Accepted().Build();

        var error = Assert.Throws<DomainRuleException>(() => candidate.StartAssessment(Template, Start, new AgeRange(11, 16), ["Maths"], Assessor, Now, Start));

        Assert.Equal("Allocate an assessor before the assessment starts", error.Message);
        Assert.Equal(CandidateStatus.Accepted, candidate.Status);
    }

    [Fact]
    public void Only_an_accepted_candidate_starts_an_assessment()
    {
        var (candidate, _) = Started();

        var error = Assert.Throws<DomainRuleException>(() => candidate.StartAssessment(Template, Start, new AgeRange(11, 16), ["Maths"], Assessor, Now, Start));

        Assert.Equal("Assessment started is not possible while the candidate's status is in assessment", error.Message);
    }

    [Theory]
    [InlineData(-28, true)]
    [InlineData(-29, false)]
    [InlineData(183, true)]
    [InlineData(184, false)]
    public void The_start_date_may_be_up_to_four_weeks_ago_or_six_months_ahead(int daysFromToday, bool allowed)
    {
        var candidate = Accepted();
        var today = new DateOnly(2026, 9, 7);

        void Start() => candidate.StartAssessment(Template, today.AddDays(daysFromToday), new AgeRange(11, 16), ["Maths"], Assessor, Now, today);

        if (allowed) Start();
        else Assert.Equal("StartDate", Assert.Throws<DomainRuleException>(Start).Field);
    }

    [Fact]
    public void The_confirmed_age_range_and_subjects_follow_the_usual_rules()
    {
        var candidate = Accepted();

        Assert.Equal("Enter the subject for the age range 11 to 16",
            Assert.Throws<DomainRuleException>(() => candidate.StartAssessment(Template, Start, new AgeRange(11, 16), [], Assessor, Now, Start)).Message);
        Assert.Equal("Select the age range the candidate will be assessed for",
            Assert.Throws<DomainRuleException>(() => candidate.StartAssessment(Template, Start, null, [], Assessor, Now, Start)).Message);
        Assert.Equal(CandidateStatus.Accepted, candidate.Status);
    }

    [Theory]
    [InlineData(0, 12, 4, 90, "The assessment must last between 1 and 26 weeks")]
    [InlineData(1, 27, 4, 90, "The assessment must last between 1 and 26 weeks")]
    [InlineData(1, 12, -1, 90, "The longest extension must be between 0 and 26 weeks")]
    [InlineData(1, 12, 4, 366, "The longest deferral must be between 0 and 365 days")]
    public void A_template_keeps_to_sensible_limits(int version, int length, int extension, int deferral, string message)
    {
        var error = Assert.Throws<DomainRuleException>(() =>
            new PlanTemplate(Math.Max(version, 1), version == 0 ? 0 : length, extension, deferral, [new(MilestoneKind.Other, "Meet", 0)], Now));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void A_template_milestone_must_fall_within_the_length()
    {
        var error = Assert.Throws<DomainRuleException>(() => new PlanTemplate(1, 12, 4, 90, [new(MilestoneKind.Other, "Late", 13)], Now));

        Assert.Equal("Late must fall between week 0 and week 12", error.Message);
    }
}
