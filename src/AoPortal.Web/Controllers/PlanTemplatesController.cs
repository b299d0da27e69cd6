using AoPortal.Application.Features.Assessments;
using AoPortal.Domain.Common;
using AoPortal.Web.Infrastructure;
using AoPortal.Web.Models.PlanTemplates;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AoPortal.Web.Controllers;

/// <summary>Admins read the assessment plan template in force and its history, and publish the next version.</summary>
[Authorize(Policy = Policies.Admin)]
[Route("/plan-template")]
public sealed class PlanTemplatesController : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromServices] GetPlanTemplates.Handler handler, CancellationToken ct) =>
        View(await handler.Handle(ct));

    [HttpGet("new")]
    public async Task<IActionResult> Publish([FromServices] GetPlanTemplates.Handler handler, CancellationToken ct) =>
        View(new PlanTemplateFormViewModel(PublishPlanTemplate.Command.From(await handler.Current(ct))));

    [HttpPost("new")]
    public async Task<IActionResult> Publish(PublishPlanTemplate.Command form, [FromServices] PublishPlanTemplate.Handler handler, CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            try
            {
                var version = await handler.Handle(form, ct);
                this.Success($"Plan template version {version} has been published");
                return RedirectToAction(nameof(Index));
            }
            catch (DomainRuleException e)
            {
                ModelState.AddDomainError(e, nameof(form));
            }
        }

        return View(new PlanTemplateFormViewModel(form.WithBlankRows()));
    }
}
