using AoPortal.Application.Features.Eligibility;
using AoPortal.Domain.Common;
using AoPortal.Web.Infrastructure;
using AoPortal.Web.Models.Policies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AoPortal.Web.Controllers;

/// <summary>Admins read the eligibility policy in force and its history, and publish the next version.</summary>
[Authorize(Policy = Policies.Admin)]
[Route("/eligibility-policy")]
public sealed class PoliciesController : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromServices] GetPolicies.Handler handler, CancellationToken ct) =>
        View(await handler.Handle(ct));

    [HttpGet("new")]
    public async Task<IActionResult> Publish([FromServices] GetPolicies.Handler handler, CancellationToken ct) =>
        View(new PolicyFormViewModel(PublishPolicy.Command.From(await handler.Current(ct))));

    [HttpPost("new")]
    public async Task<IActionResult> Publish(PublishPolicy.Command form, [FromServices] PublishPolicy.Handler handler, CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            try
            {
                var version = await handler.Handle(form, ct);
                this.Success($"Eligibility policy version {version} has been published");
                return RedirectToAction(nameof(Index));
            }
            catch (DomainRuleException e)
            {
                ModelState.AddDomainError(e, nameof(form));
            }
        }

        return View(new PolicyFormViewModel(form));
    }
}
