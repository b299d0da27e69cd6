using AoPortal.Application.Features.Eligibility;
using AoPortal.Application.Features.Review;
using AoPortal.Domain.Common;
using AoPortal.Web.Infrastructure;
using AoPortal.Web.Models.Review;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AoPortal.Web.Controllers;

/// <summary>A school lead confirms their school supports a member of staff's assessment. Other schools' staff are a 404.</summary>
[Authorize(Policy = Policies.SchoolLead)]
[Route("/school/candidates/{id:guid}/support")]
public sealed class SchoolSupportController(GetEligibility.Handler candidates) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Confirm(Guid id, CancellationToken ct) =>
        View(new SchoolSupportViewModel(await candidates.Handle(id, ct), new ConfirmSchoolSupport.Command()));

    [HttpPost("")]
    public async Task<IActionResult> Confirm(Guid id, ConfirmSchoolSupport.Command form, [FromServices] ConfirmSchoolSupport.Handler handler, CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            try
            {
                await handler.Handle(id, form, ct);
                this.Success("Thank you: your school’s support is confirmed");
                return Redirect("/");
            }
            catch (DomainRuleException e)
            {
                ModelState.AddDomainError(e, nameof(form));
            }
        }

        return View(new SchoolSupportViewModel(await candidates.Handle(id, ct), form));
    }
}
