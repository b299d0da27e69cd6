using AoPortal.Application.Features.Schools;
using AoPortal.Domain.Common;
using AoPortal.Web.Infrastructure;
using AoPortal.Web.Models.Schools;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AoPortal.Web.Controllers;

/// <summary>Schools candidates named that are not on the list: an admin adds or finds each one and links the candidate to it.</summary>
[Authorize(Policy = Policies.Admin)]
[Route("/admin/schools/requests")]
public sealed class SchoolRequestsController(SchoolRequests.Handler requests, SchoolChoices.Handler schools) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await requests.Handle(ct));

    [HttpGet("{candidateId:guid}")]
    public async Task<IActionResult> Link(Guid candidateId, CancellationToken ct) =>
        View(new SchoolRequestViewModel(await requests.One(candidateId, ct), new LinkRequestedSchool.Command(), await schools.Handle(ct)));

    [HttpPost("{candidateId:guid}")]
    public async Task<IActionResult> Link(Guid candidateId, LinkRequestedSchool.Command form, [FromServices] LinkRequestedSchool.Handler handler, CancellationToken ct)
    {
        var request = await requests.One(candidateId, ct);
        if (ModelState.IsValid)
        {
            try
            {
                var (candidate, schoolName) = await handler.Handle(candidateId, form, ct);
                this.Success($"{candidate.FullName} is now linked to {schoolName}");
                return RedirectToAction(nameof(Index));
            }
            catch (DomainRuleException e)
            {
                ModelState.AddDomainError(e, nameof(form));
            }
        }

        return View(new SchoolRequestViewModel(request, form, await schools.Handle(ct)));
    }
}
