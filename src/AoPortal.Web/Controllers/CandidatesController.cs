using AoPortal.Application.Abstractions;
using AoPortal.Application.Common;
using AoPortal.Application.Features.Applications;
using AoPortal.Application.Features.Candidates;
using AoPortal.Application.Features.Eligibility;
using AoPortal.Application.Features.Review;
using AoPortal.Application.Features.Users;
using AoPortal.Application.Features.Schools;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Common;
using AoPortal.Web.Infrastructure;
using AoPortal.Web.Models.Candidates;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AoPortal.Web.Controllers;

/// <summary>Provider staff find candidates and see their records; admins create them.</summary>
[Authorize(Policy = Policies.ProviderStaff)]
[Route("/candidates")]
public sealed class CandidatesController(SchoolChoices.Handler schools, AgeRangeChoices.Handler ageRanges) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? search, CandidateStatus? status, [FromServices] ListCandidates.Handler handler, int page = 1, CancellationToken ct = default)
    {
        var query = new ListCandidates.Query(search, status, page);
        return View(new CandidateListViewModel(query, await handler.Handle(query, ct)));
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Details(Guid id, [FromServices] GetCandidate.Handler handler, [FromServices] IUserAccounts accounts, CancellationToken ct)
    {
        var candidate = await handler.ById(id, ct);
        var account = await accounts.StateAsync(candidate.UserId, ct) ?? throw new NotFoundException("The candidate's account");
        return View(new CandidateDetailsViewModel(candidate, account));
    }

    [HttpGet("{id:guid}/application")]
    public async Task<IActionResult> Application(Guid id, [FromServices] GetApplication.Handler handler, CancellationToken ct) =>
        View(await handler.ById(id, ct));

    /// <summary>A certificate the candidate uploaded, as a download.</summary>
    [HttpGet("{candidateId:guid}/documents/{id:guid}")]
    public async Task<IActionResult> Document(Guid candidateId, Guid id, [FromServices] GetDocument.Handler handler, CancellationToken ct)
    {
        var document = await handler.ById(candidateId, id, ct);
        return File(document.Content, document.ContentType, document.FileName);
    }

    [HttpGet("{id:guid}/eligibility")]
    public async Task<IActionResult> Eligibility(Guid id, [FromServices] GetEligibility.Handler handler, CancellationToken ct) =>
        View(await handler.Handle(id, ct));

    [Authorize(Policy = Policies.SafeguardingViewer)]
    [HttpGet("{id:guid}/safeguarding")]
    public async Task<IActionResult> Safeguarding(Guid id, [FromServices] GetSafeguarding.Handler handler, CancellationToken ct) =>
        View(await handler.Handle(id, ct));

    [Authorize(Policy = Policies.Admin)]
    [HttpPost("{id:guid}/resend-invitation")]
    public async Task<IActionResult> ResendInvitation(Guid id, [FromServices] GetCandidate.Handler candidates, [FromServices] ResendInvitation.Handler handler, CancellationToken ct)
    {
        var candidate = await candidates.ById(id, ct);
        try
        {
            await handler.Handle(candidate.UserId, ct);
            this.Success($"We have emailed {candidate.FullName} a new link to set their password. Any earlier link no longer works.");
        }
        catch (DomainRuleException e)
        {
            this.Error(e.Message);
        }

        return RedirectToAction(nameof(Details), new { id });
    }

    [Authorize(Policy = Policies.Admin)]
    [HttpGet("new")]
    public async Task<IActionResult> Create(CancellationToken ct) =>
        View(new CandidateFormViewModel(new CreateCandidate.Command(), await schools.Handle(ct), await ageRanges.Handle(null, ct)));

    [Authorize(Policy = Policies.Admin)]
    [HttpPost("new")]
    public async Task<IActionResult> Create(CreateCandidate.Command form, [FromServices] CreateCandidate.Handler handler, CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            try
            {
                var id = await handler.Handle(form, ct);
                this.Success($"Candidate record created for {form.FirstNames} {form.LastName}. We have emailed them a link to set their password and start their application.");
                return RedirectToAction(nameof(Details), new { id });
            }
            catch (DomainRuleException e)
            {
                ModelState.AddDomainError(e, nameof(form));
            }
        }

        return View(new CandidateFormViewModel(form, await schools.Handle(ct), await ageRanges.Handle(null, ct)));
    }
}
