using AoPortal.Application.Features.Candidates;
using AoPortal.Application.Features.Eligibility;
using AoPortal.Domain.Common;
using AoPortal.Web.Infrastructure;
using AoPortal.Web.Models.Nominations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AoPortal.Web.Controllers;

/// <summary>A school lead nominates a member of their own school's staff, who is invited to apply.</summary>
[Authorize(Policy = Policies.SchoolLead)]
[Route("/school/nominate")]
public sealed class NominationsController(AgeRangeChoices.Handler ageRanges) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Create(CancellationToken ct) =>
        View(new NominationFormViewModel(new NominateStaff.Command(), await ageRanges.Handle(null, ct)));

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

        return View(new NominationFormViewModel(form, await ageRanges.Handle(null, ct)));
    }
}
