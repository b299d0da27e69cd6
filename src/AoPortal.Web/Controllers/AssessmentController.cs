using AoPortal.Application.Features.Assessments;
using AoPortal.Application.Features.Eligibility;
using AoPortal.Web.Infrastructure;
using AoPortal.Web.Models.Assessments;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AoPortal.Web.Controllers;

/// <summary>
/// A candidate's assessment: the plan week by week for everyone who may see the candidate; allocation for admins;
/// starting and changing the plan for the allocated assessor, a moderator or an admin (checked on the record).
/// </summary>
[Route("/candidates/{id:guid}")]
public sealed class AssessmentController(GetPlan.Handler plans) : Controller
{
    [HttpGet("assessment")]
    public async Task<IActionResult> Plan(Guid id, CancellationToken ct) => View(await plans.Handle(id, ct));

    [Authorize(Policy = Policies.Admin)]
    [HttpGet("assessor")]
    public async Task<IActionResult> Allocate(Guid id, [FromServices] AllocateAssessor.Handler handler, CancellationToken ct)
    {
        var plan = await plans.Handle(id, ct);
        return View(new AllocateViewModel(plan, new AllocateAssessor.Command { Version = plan.CandidateVersion }, await handler.ChoicesAsync(ct)));
    }

    [Authorize(Policy = Policies.Admin)]
    [HttpPost("assessor")]
    public async Task<IActionResult> Allocate(Guid id, AllocateAssessor.Command form, [FromServices] AllocateAssessor.Handler handler, CancellationToken ct)
    {
        var name = "";
        if (ModelState.IsValid && await this.AttemptAsync(async () => name = await handler.Handle(id, form, ct), nameof(form)))
        {
            this.Success($"{name} is now the assessor");
            return RedirectToPlan(id);
        }

        return View(new AllocateViewModel(await plans.Handle(id, ct), form, await handler.ChoicesAsync(ct)));
    }

    [Authorize(Policy = Policies.ProviderStaff)]
    [HttpGet("assessment/start")]
    public async Task<IActionResult> Start(Guid id, [FromServices] AgeRangeChoices.Handler choices, CancellationToken ct)
    {
        var plan = await plans.Handle(id, ct);
        var form = new StartAssessment.Command { AgeRange = plan.IntendedAgeRange?.Code, Subjects = string.Join(", ", plan.IntendedSubjects) };
        return View(new StartViewModel(plan, form, await choices.Handle(plan.IntendedAgeRange, ct)));
    }

    [Authorize(Policy = Policies.ProviderStaff)]
    [HttpPost("assessment/start")]
    public async Task<IActionResult> Start(Guid id, StartAssessment.Command form, [FromServices] StartAssessment.Handler handler, [FromServices] AgeRangeChoices.Handler choices, CancellationToken ct)
    {
        if (ModelState.IsValid && await this.AttemptAsync(() => handler.Handle(id, form, ct), nameof(form)))
        {
            this.Success("The assessment has started. We have emailed the candidate their plan.");
            return RedirectToPlan(id);
        }

        var plan = await plans.Handle(id, ct);
        return View(new StartViewModel(plan, form, await choices.Handle(plan.IntendedAgeRange, ct)));
    }

    [Authorize(Policy = Policies.ProviderStaff)]
    [HttpGet("assessment/milestones/{milestoneId:guid}/reschedule")]
    public Task<IActionResult> Reschedule(Guid id, Guid milestoneId, CancellationToken ct) =>
        MilestoneForm(id, milestoneId, (plan, m) => new ChangePlan.Reschedule { MilestoneId = m.Id, Version = plan.Version, DueDate = Application.Common.DateParts.From(m.DueDate) }, ct);

    [Authorize(Policy = Policies.ProviderStaff)]
    [HttpPost("assessment/milestones/{milestoneId:guid}/reschedule")]
    public Task<IActionResult> Reschedule(Guid id, Guid milestoneId, ChangePlan.Reschedule form, [FromServices] ChangePlan.Handler handler, CancellationToken ct) =>
        Change(id, form, milestoneId, () => handler.Handle(id, Bound(form, milestoneId), ct), "Milestone rescheduled", ct);

    [Authorize(Policy = Policies.ProviderStaff)]
    [HttpGet("assessment/milestones/{milestoneId:guid}/done")]
    public Task<IActionResult> Complete(Guid id, Guid milestoneId, CancellationToken ct) =>
        MilestoneForm(id, milestoneId, (plan, m) => new ChangePlan.CompleteMilestone { MilestoneId = m.Id, Version = plan.Version }, ct);

    [Authorize(Policy = Policies.ProviderStaff)]
    [HttpPost("assessment/milestones/{milestoneId:guid}/done")]
    public Task<IActionResult> Complete(Guid id, Guid milestoneId, ChangePlan.CompleteMilestone form, [FromServices] ChangePlan.Handler handler, CancellationToken ct) =>
        Change(id, form, milestoneId, () => handler.Handle(id, Bound(form, milestoneId), ct), "Milestone marked as done", ct);

    [Authorize(Policy = Policies.ProviderStaff)]
    [HttpGet("assessment/milestones/new")]
    public Task<IActionResult> AddMilestone(Guid id, CancellationToken ct) => PlanForm(id, plan => new ChangePlan.AddMilestone { Version = plan.Version }, ct);

    [Authorize(Policy = Policies.ProviderStaff)]
    [HttpPost("assessment/milestones/new")]
    public Task<IActionResult> AddMilestone(Guid id, ChangePlan.AddMilestone form, [FromServices] ChangePlan.Handler handler, CancellationToken ct) =>
        Change(id, form, null, () => handler.Handle(id, form, ct), "Milestone added", ct);

    [Authorize(Policy = Policies.ProviderStaff)]
    [HttpGet("assessment/extend")]
    public Task<IActionResult> Extend(Guid id, CancellationToken ct) => PlanForm(id, plan => new ChangePlan.Extend { Version = plan.Version }, ct);

    [Authorize(Policy = Policies.ProviderStaff)]
    [HttpPost("assessment/extend")]
    public Task<IActionResult> Extend(Guid id, ChangePlan.Extend form, [FromServices] ChangePlan.Handler handler, CancellationToken ct) =>
        Change(id, form, null, () => handler.Handle(id, form, ct), "The assessment has been extended", ct);

    [Authorize(Policy = Policies.ProviderStaff)]
    [HttpGet("assessment/defer")]
    public Task<IActionResult> Defer(Guid id, CancellationToken ct) => PlanForm(id, plan => new ChangePlan.Defer { Version = plan.Version }, ct);

    [Authorize(Policy = Policies.ProviderStaff)]
    [HttpPost("assessment/defer")]
    public Task<IActionResult> Defer(Guid id, ChangePlan.Defer form, [FromServices] ChangePlan.Handler handler, CancellationToken ct) =>
        Change(id, form, null, () => handler.Handle(id, form, ct), "The assessment has been deferred: its clock is paused", ct);

    [Authorize(Policy = Policies.ProviderStaff)]
    [HttpGet("assessment/reinstate")]
    public Task<IActionResult> Reinstate(Guid id, CancellationToken ct) => PlanForm(id, plan => new ChangePlan.Reinstate { Version = plan.Version }, ct);

    [Authorize(Policy = Policies.ProviderStaff)]
    [HttpPost("assessment/reinstate")]
    public Task<IActionResult> Reinstate(Guid id, ChangePlan.Reinstate form, [FromServices] ChangePlan.Handler handler, CancellationToken ct) =>
        Change(id, form, null, () => handler.Handle(id, form, ct), "The assessment has been reinstated", ct);

    /// <summary>A plan form, shown only to someone who may change the plan, once there is one.</summary>
    private async Task<IActionResult> PlanForm<TForm>(Guid id, Func<Domain.Assessments.AssessmentPlan, TForm> form, CancellationToken ct)
    {
        var plan = await plans.Handle(id, ct);
        if (!plan.CanManage) return Forbid();
        if (plan.Plan is null) return RedirectToPlan(id);
        return View(new PlanFormViewModel<TForm>(plan, form(plan.Plan)));
    }

    private async Task<IActionResult> MilestoneForm<TForm>(Guid id, Guid milestoneId, Func<Domain.Assessments.AssessmentPlan, Domain.Assessments.Milestone, TForm> form, CancellationToken ct)
    {
        var plan = await plans.Handle(id, ct);
        if (!plan.CanManage) return Forbid();
        var milestone = plan.Plan?.Milestones.FirstOrDefault(m => m.Id == milestoneId);
        if (milestone is null) return NotFound();
        return View(new PlanFormViewModel<TForm>(plan, form(plan.Plan!, milestone), milestone));
    }

    private async Task<IActionResult> Change<TForm>(Guid id, TForm form, Guid? milestoneId, Func<Task> change, string done, CancellationToken ct)
    {
        if (ModelState.IsValid && await this.AttemptAsync(change, nameof(form)))
        {
            this.Success(done);
            return RedirectToPlan(id);
        }

        var plan = await plans.Handle(id, ct);
        var milestone = plan.Plan?.Milestones.FirstOrDefault(m => m.Id == milestoneId);
        // A milestone that is not in this candidate's plan (a forged or stale address) has no form to show again.
        if (milestoneId is not null && milestone is null) return NotFound();
        return View(new PlanFormViewModel<TForm>(plan, form, milestone));
    }

    /// <summary>The milestone is the one in the address, whatever the form says.</summary>
    private static ChangePlan.Reschedule Bound(ChangePlan.Reschedule form, Guid milestoneId)
    {
        form.MilestoneId = milestoneId;
        return form;
    }

    private static ChangePlan.CompleteMilestone Bound(ChangePlan.CompleteMilestone form, Guid milestoneId)
    {
        form.MilestoneId = milestoneId;
        return form;
    }

    private RedirectToActionResult RedirectToPlan(Guid id) => RedirectToAction(nameof(Plan), new { id });
}
