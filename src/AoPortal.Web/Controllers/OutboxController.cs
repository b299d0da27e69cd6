using AoPortal.Application.Abstractions;
using AoPortal.Domain.Common;
using AoPortal.Infrastructure.Email;
using AoPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AoPortal.Web.Controllers;

/// <summary>Emails the portal could not send (ADR-011): admins see why, and may put a failed one back in the queue.</summary>
[Authorize(Policy = Policies.Admin)]
[Route("/admin/outbox")]
public sealed class OutboxController(OutboxAdministration outbox, ICurrentUser currentUser) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await outbox.OverviewAsync(ct));

    [HttpPost("{id:guid}/retry")]
    public async Task<IActionResult> Retry(Guid id, CancellationToken ct)
    {
        try
        {
            var sent = await outbox.RetryAsync(id, currentUser.Actor, ct);
            this.Success(sent ? "The email has been sent" : "The email could not be sent yet: the portal will keep trying");
        }
        catch (DomainRuleException e)
        {
            this.Error(e.Message);
        }

        return RedirectToAction(nameof(Index));
    }
}
