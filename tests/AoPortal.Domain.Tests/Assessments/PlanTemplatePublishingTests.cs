using AoPortal.Domain.Assessments;
using AoPortal.Domain.Common;
using AoPortal.Domain.Eligibility;
using static AoPortal.Domain.Tests.Assessments.AssessedCandidate;

namespace AoPortal.Domain.Tests.Assessments;

public class PlanTemplatePublishingTests
{
    private const string Reason = "Six-week assessments for experienced teachers";
    private static readonly DateTime PublishedAt = new(2026, 11, 22, 10, 0, 0, DateTimeKind.Utc);
    private static readonly Actor Publisher = new(Guid.Parse("b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e"), "Alex Admin");

    private static readonly MilestoneTemplate[] SixWeeks =
    [
        new(MilestoneKind.FinalAssessment, "Final assessment", 6),
        new(MilestoneKind.InitialMeeting, "Initial meeting", 0),
    ];

    private static (PlanTemplate Template, AuditEntry Audit) Publish(
        IEnumerable<MilestoneTemplate>? milestones = null, int lengthWeeks = 6, string reason = Reason) =>
        Template.PublishNext(lengthWeeks, 2, 30, milestones ?? SixWeeks, reason, Publisher, PublishedAt);

    [Fact]
    public void Publishing_makes_the_next_version_with_the_new_settings_and_milestones_by_week()
    {
        var (next, _) = Publish();

        Assert.Equal(2, next.Version);
        Assert.Equal((6, 2, 30), (next.LengthWeeks, next.MaxExtensionWeeks, next.MaxDeferralDays));
        Assert.Equal([new(MilestoneKind.InitialMeeting, "Initial meeting", 0), new(MilestoneKind.FinalAssessment, "Final assessment", 6)], next.Milestones);
        Assert.Equal(PublishedAt, next.CreatedAt);
        Assert.Equal("Alex Admin", next.PublishedByName);
        Assert.Equal(Reason, next.ChangeReason);
    }

    [Fact]
    public void Titles_and_the_reason_are_trimmed()
    {
        var (next, _) = Publish([new(MilestoneKind.Other, "  Induction  ", 0)], reason: $"  {Reason} ");

        Assert.Equal("Induction", Assert.Single(next.Milestones).Title);
        Assert.Equal(Reason, next.ChangeReason);
    }

    [Fact]
    public void Publishing_needs_a_reason()
    {
        var error = Assert.Throws<DomainRuleException>(() => Publish(reason: "  "));

        Assert.Equal("Enter why the plan template is changing", error.Message);
    }

    [Fact]
    public void A_template_needs_a_milestone()
    {
        var error = Assert.Throws<DomainRuleException>(() => Publish([]));

        Assert.Equal("A plan needs at least one milestone", error.Message);
        Assert.Equal(nameof(PlanTemplate.Milestones), error.Field);
    }

    [Fact]
    public void A_milestone_after_the_end_is_refused()
    {
        var error = Assert.Throws<DomainRuleException>(() => Publish([new(MilestoneKind.Moderation, "Moderation", 7)]));

        Assert.Equal("Moderation must fall between week 0 and week 6", error.Message);
        Assert.Equal(nameof(PlanTemplate.Milestones), error.Field);
    }

    [Fact]
    public void A_template_has_no_more_than_the_most_milestones()
    {
        var many = Enumerable.Range(1, PlanTemplate.MostMilestones + 1).Select(i => new MilestoneTemplate(MilestoneKind.Other, $"Step {i}", 0)).ToList();

        var error = Assert.Throws<DomainRuleException>(() => Publish(many));

        Assert.Equal("A plan can have no more than 30 milestones", error.Message);
        Assert.Equal(PlanTemplate.MostMilestones, Publish(many.Take(PlanTemplate.MostMilestones)).Template.Milestones.Count);
    }

    [Fact]
    public void A_kind_outside_the_list_is_refused() =>
        Assert.Equal("Select the kind of each milestone from the list",
            Assert.Throws<DomainRuleException>(() => Publish([new((MilestoneKind)99, "Mystery", 0)])).Message);

    [Fact]
    public void The_length_is_checked_as_for_any_template()
    {
        var error = Assert.Throws<DomainRuleException>(() => Publish(lengthWeeks: 27));

        Assert.Equal(nameof(PlanTemplate.LengthWeeks), error.Field);
    }

    [Fact]
    public void Publishing_is_audited_with_who_and_why_under_the_templates_own_subject()
    {
        var (_, audit) = Publish();

        Assert.Equal(nameof(PlanTemplate), audit.SubjectType);
        Assert.Equal(PlanTemplate.AuditSubjectId, audit.SubjectId);
        Assert.NotEqual(EligibilityPolicy.AuditSubjectId, audit.SubjectId);
        Assert.Equal("Plan template version 2 published", audit.Action);
        Assert.Equal(Reason, audit.Detail);
        Assert.Equal(Publisher.UserId, audit.ActorId);
        Assert.Equal(PublishedAt, audit.OccurredAt);
    }

    [Fact]
    public void Each_publication_makes_the_next_version()
    {
        var (second, _) = Publish();

        var (third, audit) = second.PublishNext(8, 2, 30, SixWeeks, "Eight weeks after all", Publisher, PublishedAt.AddDays(1));

        Assert.Equal(3, third.Version);
        Assert.Equal("Plan template version 3 published", audit.Action);
    }

    [Fact]
    public void The_current_version_is_left_as_it_was()
    {
        Publish();

        Assert.Equal(1, Template.Version);
        Assert.Equal(12, Template.LengthWeeks);
        Assert.Equal(10, Template.Milestones.Count);
        Assert.Null(Template.PublishedByName);
        Assert.Null(Template.ChangeReason);
    }

    [Fact]
    public void A_plan_started_before_a_new_version_keeps_the_plan_it_started_with()
    {
        var (_, running) = Started();

        var (next, _) = Publish();
        var (_, later) = Started(next);

        Assert.Equal((1, 10, Start.AddDays(84)), (running.TemplateVersion, running.Milestones.Count, running.EndDate));
        Assert.Equal((2, 2, Start.AddDays(42)), (later.TemplateVersion, later.Milestones.Count, later.EndDate));
    }
}
