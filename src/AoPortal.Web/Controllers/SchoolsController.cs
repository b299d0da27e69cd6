using AoPortal.Application.Features.Schools;
using AoPortal.Domain.Common;
using AoPortal.Web.Infrastructure;
using AoPortal.Web.Models.Schools;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AoPortal.Web.Controllers;

/// <summary>Admins keep the provider's list of schools and settings.</summary>
[Authorize(Policy = Policies.Admin)]
[Route("/admin/schools")]
public sealed class SchoolsController : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromServices] ListSchools.Handler handler, CancellationToken ct) =>
        View(await handler.Handle(ct));

    /// <summary>The add form; from a candidate's request, with the name they gave filled in.</summary>
    [HttpGet("new")]
    public IActionResult Create(string? name, Guid? forRequest) =>
        View("Edit", new SchoolFormViewModel(new SaveSchool.Command { Name = name }, forRequest));

    [HttpGet("{id:guid}/edit")]
    public async Task<IActionResult> Edit(Guid id, [FromServices] GetSchoolForEdit.Handler handler, CancellationToken ct) =>
        View(new SchoolFormViewModel(await handler.Handle(id, ct)));

    [HttpPost("new")]
    [HttpPost("{id:guid}/edit")]
    public async Task<IActionResult> Save(SaveSchool.Command form, Guid? forRequest, [FromServices] SaveSchool.Handler handler, CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            try
            {
                await handler.Handle(form, ct);
                this.Success(form.Id is null ? $"{form.Name} has been added" : $"{form.Name} has been updated");
                return forRequest is { } candidateId ? Redirect($"/admin/schools/requests/{candidateId}") : RedirectToAction(nameof(Index));
            }
            catch (DomainRuleException e)
            {
                ModelState.AddDomainError(e, nameof(form));
            }
        }

        return View("Edit", new SchoolFormViewModel(form, forRequest));
    }
}
