using AoPortal.Application.Features.Recommendations;
using AoPortal.Web.Infrastructure;
using AoPortal.Web.Models.Recommendations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AoPortal.Web.Controllers;

/// <summary>
/// Moderation: the queue of proposals and the review of one, confirmed or returned. Moderators only; the four-eyes rule
/// (never one's own candidate or proposal) is checked in the use case and the domain.
/// </summary>
[Authorize(Policy = Policies.Moderator)]
public sealed class ModerationController(ModerateOutcome.Handler moderation) : Controller
{
    [HttpGet("/moderation")]
    public async Task<IActionResult> Queue([FromServices] ModerationQueue.Handler queue, CancellationToken ct) => View(await queue.Handle(ct));

    [HttpGet("/candidates/{id:guid}/moderation")]
    public async Task<IActionResult> Review(Guid id, CancellationToken ct)
    {
        var details = await moderation.GetAsync(id, ct);
        return View(new ModerationViewModel(details, new ModerateOutcome.Command { Version = details.Candidate.Version }));
    }

    [HttpPost("/candidates/{id:guid}/moderation")]
    public async Task<IActionResult> Review(Guid id, ModerateOutcome.Command form, CancellationToken ct)
    {
        if (ModelState.IsValid && await this.AttemptAsync(() => moderation.Handle(id, form, ct), nameof(form)))
        {
            this.Success(form.Outcome == ModerateOutcome.Decision.Confirm
                ? "Decision confirmed and frozen. We have emailed the candidate."
                : "Proposal returned to the assessor with your comments. We have emailed them.");
            return RedirectToAction(nameof(Queue));
        }

        return View(new ModerationViewModel(await moderation.GetAsync(id, ct), form));
    }
}
