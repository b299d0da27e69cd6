using AoPortal.Application.Features.Evidence;
using AoPortal.Web.Infrastructure;
using AoPortal.Web.Models.EvidenceReview;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AoPortal.Web.Controllers;

/// <summary>
/// The assessor's side of the portfolio: the queue of evidence awaiting review, the review of one item (accept, or ask
/// for more), and the portfolio export. Provider staff only; who may review or export a candidate's evidence (their
/// assessor, a moderator or an admin) is checked in the use cases.
/// </summary>
[Authorize(Policy = Policies.ProviderStaff)]
public sealed class EvidenceReviewController(ReviewEvidence.Handler reviews) : Controller
{
    [HttpGet("/evidence/review")]
    public async Task<IActionResult> Queue([FromServices] ReviewQueue.Handler queue, CancellationToken ct) => View(await queue.Handle(ct));

    [HttpGet("/candidates/{id:guid}/evidence/{itemId:guid}/review")]
    public async Task<IActionResult> Review(Guid id, Guid itemId, CancellationToken ct)
    {
        var details = await reviews.GetAsync(id, itemId, ct);
        return View(new EvidenceReviewViewModel(details, new ReviewEvidence.Command { Version = details.Item.Version }));
    }

    [HttpPost("/candidates/{id:guid}/evidence/{itemId:guid}/review")]
    public async Task<IActionResult> Review(Guid id, Guid itemId, ReviewEvidence.Command form, CancellationToken ct)
    {
        if (ModelState.IsValid && await this.AttemptAsync(() => reviews.Handle(id, itemId, form, ct), nameof(form)))
        {
            this.Success(form.Outcome == ReviewEvidence.Decision.Accept
                ? "Evidence accepted. We have emailed the candidate."
                : "More evidence requested. We have emailed the candidate with your feedback.");
            return RedirectToAction(nameof(Queue));
        }

        return View(new EvidenceReviewViewModel(await reviews.GetAsync(id, itemId, ct), form));
    }

    [HttpGet("/candidates/{id:guid}/evidence/export")]
    public async Task<IActionResult> Export(Guid id, [FromServices] ExportPortfolio.Handler export, CancellationToken ct)
    {
        var zip = await export.Handle(id, ct);
        return File(zip.Content, "application/zip", zip.FileName);
    }
}
