using AoPortal.Application.Common;
using AoPortal.Application.Features.Eligibility;
using AoPortal.Application.Features.Recommendations;
using AoPortal.Domain.Recommendations;
using AoPortal.Web.Infrastructure;
using AoPortal.Web.Models;
using AoPortal.Web.Models.Recommendations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AoPortal.Web.Controllers;

/// <summary>
/// The assessor's side of the decision: the final judgement of every standard, what a recommendation for QTS still needs,
/// confirming fundamental English and maths, and the proposal that goes to moderation. Provider staff only; the use cases
/// check that the person is the candidate's assessor, a moderator or an admin.
/// </summary>
[Authorize(Policy = Policies.ProviderStaff)]
[Route("/candidates/{id:guid}/recommendation")]
public sealed class RecommendationController(GetRecommendation.Handler recommendation) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(Guid id, CancellationToken ct) => View(await recommendation.Handle(id, ct));

    [HttpGet("judgements/{code}")]
    public async Task<IActionResult> Judgement(Guid id, string code, CancellationToken ct)
    {
        if (!RecordFinalJudgement.IsJudged(code)) return NotFound();
        var page = await recommendation.Handle(id, ct);
        var form = new RecordFinalJudgement.Command { Version = page.Candidate.Version };
        if (page.JudgementOf(code) is { } existing)
        {
            form.Outcome = existing.Outcome;
            form.Rationale = existing.Rationale;
            form.CitedRecords = [.. existing.CitedRecordIds];
            form.CitedEvidence = [.. existing.CitedEvidenceIds];
        }

        return View(new JudgementViewModel(page, code, form));
    }

    [HttpPost("judgements/{code}")]
    public async Task<IActionResult> Judgement(Guid id, string code, RecordFinalJudgement.Command form, [FromServices] RecordFinalJudgement.Handler handler, CancellationToken ct)
    {
        if (!RecordFinalJudgement.IsJudged(code)) return NotFound();
        if (ModelState.IsValid && await this.AttemptAsync(() => handler.Handle(id, code, form, ct), nameof(form)))
        {
            this.Success($"Final judgement of {code} saved.");
            return RedirectToAction(nameof(Index), new { id });
        }

        return View(new JudgementViewModel(await recommendation.Handle(id, ct), code, form));
    }

    [HttpGet("propose")]
    public async Task<IActionResult> Propose(Guid id, [FromServices] AgeRangeChoices.Handler choices, CancellationToken ct)
    {
        var page = await recommendation.Handle(id, ct);
        var form = new ProposeOutcome.Command
        {
            Version = page.Candidate.Version,
            AgeRange = page.Plan.AgeRange.Code,
            Subjects = string.Join(", ", page.Plan.Subjects),
        };
        if (page.Recommendation is { Outcome: { } outcome } earlier)
        {
            // A proposal moderation returned comes back as it was sent, for the assessor to change what was asked.
            form.Outcome = outcome;
            form.RequirementsMetOn = DateParts.From(earlier.RequirementsMetOn);
            form.AgeRange = earlier.AgeRange?.Code ?? form.AgeRange;
            form.Subjects = earlier.AgeRange is null ? form.Subjects : string.Join(", ", earlier.Subjects);
            form.Strengths = earlier.Strengths;
            form.InductionTargets = earlier.InductionTargets;
        }

        return View(new ProposeViewModel(page, form, AgeRangeSelectList.From(await choices.Handle(page.Plan.AgeRange, ct))));
    }

    [HttpPost("propose")]
    public async Task<IActionResult> Propose(
        Guid id, ProposeOutcome.Command form, [FromServices] ProposeOutcome.Handler handler, [FromServices] AgeRangeChoices.Handler choices, CancellationToken ct)
    {
        if (ModelState.IsValid && await this.AttemptAsync(() => handler.Handle(id, form, ct), nameof(form)))
        {
            this.Success(form.Outcome == RecommendationOutcome.Recommend
                ? "Recommendation for QTS sent to moderation. We have emailed the moderators."
                : "Proposal not to recommend sent to moderation. We have emailed the moderators.");
            return RedirectToAction(nameof(Index), new { id });
        }

        var page = await recommendation.Handle(id, ct);
        return View(new ProposeViewModel(page, form, AgeRangeSelectList.From(await choices.Handle(page.Plan.AgeRange, ct))));
    }

    [HttpGet("fundamental-skills")]
    public async Task<IActionResult> FundamentalSkills(Guid id, CancellationToken ct)
    {
        var page = await recommendation.Handle(id, ct);
        return View(new FundamentalSkillsViewModel(page, new ConfirmFundamentalSkills.Command { Version = page.Candidate.Version }));
    }

    [HttpPost("fundamental-skills")]
    public async Task<IActionResult> FundamentalSkills(Guid id, ConfirmFundamentalSkills.Command form, [FromServices] ConfirmFundamentalSkills.Handler handler, CancellationToken ct)
    {
        if (ModelState.IsValid && await this.AttemptAsync(() => handler.Handle(id, form, ct), nameof(form)))
        {
            this.Success("Fundamental English and maths confirmed.");
            return RedirectToAction(nameof(Index), new { id });
        }

        return View(new FundamentalSkillsViewModel(await recommendation.Handle(id, ct), form));
    }
}
