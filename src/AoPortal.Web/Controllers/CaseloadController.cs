using AoPortal.Application.Features.Assessments;
using AoPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AoPortal.Web.Controllers;

/// <summary>An assessor's own candidates, with what is overdue first.</summary>
[Authorize(Policy = Policies.Assessor)]
[Route("/caseload")]
public sealed class CaseloadController : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromServices] Caseload.Handler handler, CancellationToken ct) => View(await handler.Handle(ct));
}
