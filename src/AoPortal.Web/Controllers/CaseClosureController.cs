using AoPortal.Application.Features.Recommendations;
using AoPortal.Web.Infrastructure;
using AoPortal.Web.Models.CaseClosure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AoPortal.Web.Controllers;

/// <summary>
/// The admin's end of a candidate's case: recording the TRN DfE issued, the date QTS was awarded, withdrawing a confirmed
/// decision (back to assessment), and withdrawing the candidate from the route. Each form goes back to the candidate's
/// record with a success banner; a refused rule is shown as a form error.
/// </summary>
[Authorize(Policy = Policies.Admin)]
[Route("/candidates/{id:guid}")]
public sealed class CaseClosureController(ClosingCandidate.Handler candidates) : Controller
{
    [HttpGet("trn")]
    public Task<IActionResult> Trn(Guid id, CancellationToken ct) =>
        Form(id, d => new RecordTrn.Command { Trn = d.Candidate.Trn, Version = d.Candidate.Version }, ct);

    [HttpPost("trn")]
    public Task<IActionResult> Trn(Guid id, RecordTrn.Command form, [FromServices] RecordTrn.Handler handler, CancellationToken ct) =>
        Change(id, form, () => handler.Handle(id, form, ct), "The TRN has been recorded", ct);

    [HttpGet("award")]
    public Task<IActionResult> Award(Guid id, CancellationToken ct) =>
        Form(id, d => new RecordQtsAward.Command { Version = d.Candidate.Version }, ct);

    [HttpPost("award")]
    public Task<IActionResult> Award(Guid id, RecordQtsAward.Command form, [FromServices] RecordQtsAward.Handler handler, CancellationToken ct) =>
        Change(id, form, () => handler.Handle(id, form, ct), "QTS award recorded. We have emailed the candidate our congratulations.", ct);

    [HttpGet("decision/withdraw")]
    public Task<IActionResult> WithdrawDecision(Guid id, CancellationToken ct) =>
        Form(id, d => new WithdrawDecision.Command { Version = d.Candidate.Version }, ct);

    [HttpPost("decision/withdraw")]
    public Task<IActionResult> WithdrawDecision(Guid id, WithdrawDecision.Command form, [FromServices] WithdrawDecision.Handler handler, CancellationToken ct) =>
        Change(id, form, () => handler.Handle(id, form, ct), "The decision has been withdrawn. The candidate is back in assessment.", ct);

    [HttpGet("withdraw")]
    public Task<IActionResult> Withdraw(Guid id, CancellationToken ct) =>
        Form(id, d => new WithdrawCandidate.Command { Version = d.Candidate.Version }, ct);

    [HttpPost("withdraw")]
    public Task<IActionResult> Withdraw(Guid id, WithdrawCandidate.Command form, [FromServices] WithdrawCandidate.Handler handler, CancellationToken ct) =>
        Change(id, form, () => handler.Handle(id, form, ct), "The candidate has been withdrawn", ct);

    private async Task<IActionResult> Form<TForm>(Guid id, Func<ClosingCandidate.Details, TForm> form, CancellationToken ct)
    {
        var details = await candidates.Handle(id, ct);
        return View(new CaseFormViewModel<TForm>(details, form(details)));
    }

    /// <summary>Runs the change when the form is valid and goes back to the candidate; otherwise shows the form again with its errors.</summary>
    private async Task<IActionResult> Change<TForm>(Guid id, TForm form, Func<Task> change, string success, CancellationToken ct)
    {
        if (ModelState.IsValid && await this.AttemptAsync(change, nameof(form)))
        {
            this.Success(success);
            return Redirect($"/candidates/{id}");
        }

        return View(new CaseFormViewModel<TForm>(await candidates.Handle(id, ct), form));
    }
}
