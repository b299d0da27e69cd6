using AoPortal.Application.Features.SchoolLeads;
using Microsoft.AspNetCore.Mvc;

namespace AoPortal.Web.Controllers;

/// <summary>
/// A candidate's progress, read-only: for their school lead, and for anyone else who may see the candidate. Not found for
/// everyone else (<see cref="AoPortal.Application.Features.Candidates.CandidateVisibility"/>).
/// </summary>
[Route("/candidates/{id:guid}/progress")]
public sealed class ProgressController : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(Guid id, [FromServices] GetProgress.Handler handler, CancellationToken ct) =>
        View(await handler.Handle(id, ct));
}
