using AoPortal.Application.Features.Recommendations;
using Microsoft.AspNetCore.Mvc;

namespace AoPortal.Web.Controllers;

/// <summary>
/// The confirmed outcome of the assessment and the printable hand-over summary for the employing school: read-only, for
/// everyone who may see the candidate. Not found until a moderator has confirmed the decision.
/// </summary>
[Route("/candidates/{id:guid}")]
public sealed class OutcomeController : Controller
{
    [HttpGet("outcome")]
    public async Task<IActionResult> Index(Guid id, [FromServices] GetOutcome.Handler handler, CancellationToken ct) => View(await handler.Handle(id, ct));

    [HttpGet("handover")]
    public async Task<IActionResult> Handover(Guid id, [FromServices] GetOutcome.Handler handler, CancellationToken ct) => View(await handler.Handover(id, ct));
}
