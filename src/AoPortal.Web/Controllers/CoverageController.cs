using AoPortal.Application.Features.Evidence;
using Microsoft.AspNetCore.Mvc;

namespace AoPortal.Web.Controllers;

/// <summary>The standards coverage map: read-only, for everyone who may see the candidate.</summary>
[Route("/candidates/{id:guid}/coverage")]
public sealed class CoverageController : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(Guid id, [FromServices] GetCoverage.Handler handler, CancellationToken ct) => View(await handler.Handle(id, ct));
}
