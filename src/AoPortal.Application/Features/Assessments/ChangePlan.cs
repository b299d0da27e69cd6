using AoPortal.Application.Abstractions;
using AoPortal.Application.Common;
using AoPortal.Domain.Assessments;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Common;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Application.Features.Assessments;

/// <summary>
/// The changes an assessor makes to a running plan: reschedule, add or complete a milestone, extend, defer and reinstate.
/// Each loads the candidate and plan, checks who may change them and that the plan is the version the form was shown with
/// (so a second person's save is refused rather than lost), applies the change and saves once.
/// </summary>
public static class ChangePlan
{
    /// <summary>The plan's version when the form was shown.</summary>
    public abstract class PlanForm
    {
        public Guid Version { get; set; }
    }

    public sealed class Reschedule : PlanForm
    {
        public Guid MilestoneId { get; set; }
        public DateParts DueDate { get; set; } = new();
    }

    public sealed class AddMilestone : PlanForm
    {
        public MilestoneKind? Kind { get; set; }
        public string? Title { get; set; }
        public DateParts DueDate { get; set; } = new();
    }

    public sealed class CompleteMilestone : PlanForm
    {
        public Guid MilestoneId { get; set; }
        public DateParts CompletedOn { get; set; } = new();
        public string? Note { get; set; }
    }

    public sealed class Extend : PlanForm
    {
        public DateParts NewEndDate { get; set; } = new();
        public string? Reason { get; set; }
        public string? ApprovedBy { get; set; }
    }

    public sealed class Defer : PlanForm
    {
        public DateParts PausedOn { get; set; } = new();
        public string? Reason { get; set; }
    }

    public sealed class Reinstate : PlanForm
    {
        public DateParts ReinstatedOn { get; set; } = new();
    }

    public sealed class RescheduleValidator : AbstractValidator<Reschedule>
    {
        public RescheduleValidator() => RuleFor(c => c.DueDate).RealDate("The new due date");
    }

    public sealed class AddMilestoneValidator : AbstractValidator<AddMilestone>
    {
        public AddMilestoneValidator()
        {
            RuleFor(c => c.Kind).NotNull().WithMessage("Select what kind of milestone it is");
            RuleFor(c => c.Title).RequiredText("Enter the milestone's title", "Title", 100);
            RuleFor(c => c.DueDate).RealDate("The due date");
        }
    }

    public sealed class CompleteMilestoneValidator : AbstractValidator<CompleteMilestone>
    {
        public CompleteMilestoneValidator(TimeProvider clock)
        {
            RuleFor(c => c.CompletedOn).PastDate("The date it was done", clock);
            RuleFor(c => c.Note).MaximumLength(1000).WithMessage("Note must be 1000 characters or fewer");
        }
    }

    public sealed class ExtendValidator : AbstractValidator<Extend>
    {
        public ExtendValidator()
        {
            RuleFor(c => c.NewEndDate).RealDate("The new end date");
            RuleFor(c => c.Reason).RequiredText("Enter the reason for the extension", "Reason", 1000);
            RuleFor(c => c.ApprovedBy).RequiredText("Enter who approved the extension", "Who approved it", 100);
        }
    }

    public sealed class DeferValidator : AbstractValidator<Defer>
    {
        public DeferValidator(TimeProvider clock)
        {
            RuleFor(c => c.PausedOn).PastDate("The date the deferral starts", clock);
            RuleFor(c => c.Reason).RequiredText("Enter the reason for deferring the assessment", "Reason", 1000);
        }
    }

    public sealed class ReinstateValidator : AbstractValidator<Reinstate>
    {
        public ReinstateValidator(TimeProvider clock) => RuleFor(c => c.ReinstatedOn).PastDate("The date the assessment restarts", clock);
    }

    public sealed class Handler(IAppDbContext db, ICurrentUser currentUser, TimeProvider clock)
    {
        public Task Handle(Guid candidateId, Reschedule c, CancellationToken ct) =>
            Change(candidateId, c, (_, plan, actor, now, _) => [plan.Reschedule(c.MilestoneId, c.DueDate.AsDate!.Value, actor, now)], ct);

        public Task Handle(Guid candidateId, AddMilestone c, CancellationToken ct) =>
            Change(candidateId, c, (_, plan, actor, now, _) => [plan.AddMilestone(c.Kind!.Value, c.Title!, c.DueDate.AsDate!.Value, actor, now).Audit], ct);

        public Task Handle(Guid candidateId, CompleteMilestone c, CancellationToken ct) =>
            Change(candidateId, c, (_, plan, actor, now, today) => [plan.CompleteMilestone(c.MilestoneId, c.CompletedOn.AsDate!.Value, c.Note, actor, now, today)], ct);

        public Task Handle(Guid candidateId, Extend c, CancellationToken ct) =>
            Change(candidateId, c, (_, plan, actor, now, _) => [plan.Extend(c.NewEndDate.AsDate!.Value, c.Reason!, c.ApprovedBy!, actor, now)], ct);

        public Task Handle(Guid candidateId, Defer c, CancellationToken ct) =>
            Change(candidateId, c, (candidate, plan, actor, now, today) => [candidate.Defer(plan, c.PausedOn.AsDate!.Value, c.Reason!, actor, now, today)], ct);

        public Task Handle(Guid candidateId, Reinstate c, CancellationToken ct) =>
            Change(candidateId, c, (candidate, plan, actor, now, today) => [candidate.Reinstate(plan, c.ReinstatedOn.AsDate!.Value, actor, now, today)], ct);

        private async Task Change(
            Guid candidateId, PlanForm form, Func<Candidate, AssessmentPlan, Actor, DateTime, DateOnly, IEnumerable<AuditEntry>> change, CancellationToken cancellationToken)
        {
            var candidate = await db.Candidates.SingleOrDefaultAsync(c => c.Id == candidateId, cancellationToken)
                ?? throw new NotFoundException("The candidate");
            currentUser.EnsureCanManage(candidate);
            var plan = await db.AssessmentPlans.SingleOrDefaultAsync(p => p.CandidateId == candidateId, cancellationToken)
                ?? throw new DomainRuleException("The assessment has not started yet");
            db.ExpectVersion(plan, form.Version);
            db.AuditEntries.AddRange(change(candidate, plan, currentUser.Actor, clock.GetUtcNow().UtcDateTime, UkDate.Today(clock)).ToList());
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
