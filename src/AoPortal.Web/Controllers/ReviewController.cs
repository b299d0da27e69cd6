using AoPortal.Application.Features.Eligibility;
using AoPortal.Application.Features.Review;
using AoPortal.Domain.Common;
using AoPortal.Domain.Eligibility;
using AoPortal.Web.Infrastructure;
using AoPortal.Web.Models.Review;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AoPortal.Web.Controllers;

/// <summary>Admins and assessors review a submitted application requirement by requirement, then return, accept or reject it.</summary>
[Authorize(Policy = Policies.Reviewer)]
[Route("/candidates/{id:guid}/review")]
public sealed class ReviewController(GetEligibility.Handler eligibility) : Controller
{
    [HttpGet("{requirement}")]
    public async Task<IActionResult> Judge(Guid id, EligibilityRequirement requirement, CancellationToken ct)
    {
        if (!NamesARequirement()) return NotFound();
        var candidate = await eligibility.Handle(id, ct);
        var current = candidate.JudgementOf(requirement);
        return View(new JudgeViewModel(candidate, requirement, new JudgeRequirement.Command { Outcome = current?.Outcome, Rationale = current?.Rationale }));
    }

    [HttpPost("{requirement}")]
    public async Task<IActionResult> Judge(Guid id, EligibilityRequirement requirement, JudgeRequirement.Command form, [FromServices] JudgeRequirement.Handler handler, CancellationToken ct)
    {
        if (!NamesARequirement()) return NotFound();
        if (ModelState.IsValid && await this.AttemptAsync(() => handler.Handle(id, requirement, form, ct), nameof(form)))
        {
            this.Success($"{requirement.DisplayName()} judged {form.Outcome!.Value.DisplayName().ToLowerInvariant()}");
            return RedirectToEligibility(id);
        }

        return View(new JudgeViewModel(await eligibility.Handle(id, ct), requirement, form));
    }

    [Authorize(Policy = Policies.Admin)]
    [HttpGet("safeguarding/record")]
    public async Task<IActionResult> RecordSafeguarding(Guid id, [FromServices] GetSafeguarding.Handler safeguarding, CancellationToken ct)
    {
        var details = await safeguarding.Handle(id, ct);
        return View(new SafeguardingFormViewModel(id, details.CandidateName, RecordSafeguardingChecks.Command.From(details.Checks)));
    }

    [Authorize(Policy = Policies.Admin)]
    [HttpPost("safeguarding/record")]
    public async Task<IActionResult> RecordSafeguarding(Guid id, RecordSafeguardingChecks.Command form, [FromServices] RecordSafeguardingChecks.Handler handler, CancellationToken ct)
    {
        if (ModelState.IsValid && await this.AttemptAsync(() => handler.Handle(id, form, ct), nameof(form)))
        {
            this.Success("Safeguarding checks recorded");
            return RedirectToEligibility(id);
        }

        return View(new SafeguardingFormViewModel(id, (await eligibility.Handle(id, ct)).CandidateName, form));
    }

    [HttpGet("return")]
    public async Task<IActionResult> Return(Guid id, CancellationToken ct) => View(new DecisionViewModel(await eligibility.Handle(id, ct), new()));

    [HttpPost("return")]
    public Task<IActionResult> Return(Guid id, DecideApplication.Message form, [FromServices] DecideApplication.Handler handler, CancellationToken ct) =>
        Decide(id, form, () => handler.Return(id, form, ct), "The application has been returned to the candidate", nameof(Return), ct);

    [HttpGet("reject")]
    public async Task<IActionResult> Reject(Guid id, CancellationToken ct) => View(new DecisionViewModel(await eligibility.Handle(id, ct), new()));

    [HttpPost("reject")]
    public Task<IActionResult> Reject(Guid id, DecideApplication.Message form, [FromServices] DecideApplication.Handler handler, CancellationToken ct) =>
        Decide(id, form, () => handler.Reject(id, form, ct), "The application has been rejected", nameof(Reject), ct);

    [HttpPost("accept")]
    public async Task<IActionResult> Accept(Guid id, [FromServices] DecideApplication.Handler handler, CancellationToken ct)
    {
        try
        {
            await handler.Accept(id, ct);
            this.Success("The candidate has been accepted for assessment");
        }
        catch (DomainRuleException e)
        {
            this.Error(e.Message);
        }

        return RedirectToEligibility(id);
    }

    private async Task<IActionResult> Decide(Guid id, DecideApplication.Message form, Func<Task> decide, string done, string view, CancellationToken ct)
    {
        if (ModelState.IsValid && await this.AttemptAsync(decide, nameof(form)))
        {
            this.Success(done);
            return RedirectToEligibility(id);
        }

        return View(view, new DecisionViewModel(await eligibility.Handle(id, ct), form));
    }

    /// <summary>The URL names a requirement ("Degree"); anything else, a number included, is not a page.</summary>
    private bool NamesARequirement() =>
        RouteData.Values["requirement"] is string name && Enum.GetNames<EligibilityRequirement>().Contains(name, StringComparer.OrdinalIgnoreCase);

    private RedirectToActionResult RedirectToEligibility(Guid id) => RedirectToAction("Eligibility", "Candidates", new { id });
}
