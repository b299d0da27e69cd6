using AoPortal.Application.Features.Candidates;
using AoPortal.Domain.Common;
using AoPortal.Web.Infrastructure;
using AoPortal.Web.Models.Nominations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AoPortal.Web.Controllers;

/// <summary>A school lead nominates a member of their own school's staff, who is invited to apply.</summary>
[Authorize(Policy = Policies.SchoolLead)]
[Route("/school/nominate")]
public sealed class NominationsController : Controller
{
    [HttpGet("")]
    public IActionResult Create() => View(new NominationFormViewModel(new NominateStaff.Command()));

    [HttpPost("")]
    public async Task<IActionResult> Create(NominateStaff.Command form, [FromServices] NominateStaff.Handler handler, CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            try
            {
                var nominated = await handler.Handle(form, ct);
                this.Success($"We have invited {nominated.FullName} to apply. They will get an email with a link to set their password.");
                return Redirect("/");
            }
            catch (DomainRuleException e)
            {
                ModelState.AddDomainError(e, nameof(form));
            }
        }

        return View(new NominationFormViewModel(form));
    }
}
