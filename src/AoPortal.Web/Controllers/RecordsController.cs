using AoPortal.Application.Features.Assessments;
using AoPortal.Domain.Assessments;
using AoPortal.Web.Infrastructure;
using AoPortal.Web.Models.Assessments;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AoPortal.Web.Controllers;

/// <summary>
/// A candidate's lesson observations and professional discussions. Everyone who may see the candidate reads what is shared
/// (provider staff see drafts too); the candidate's assessor, a moderator or an admin records them (checked on the record);
/// the candidate reflects on them.
/// </summary>
[Route("/candidates/{id:guid}/assessment/records")]
public sealed class RecordsController(AssessmentRecords.Handler records, AssessmentOptions options) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(Guid id, CancellationToken ct) => View(await records.ListAsync(id, ct));

    [Authorize(Policy = Policies.ProviderStaff)]
    [HttpGet("new")]
    public async Task<IActionResult> Create(Guid id, RecordKind kind, CancellationToken ct)
    {
        var overview = await records.ListAsync(id, ct);
        if (!overview.Plan.CanManage) return Forbid();
        if (overview.Plan.Plan is null) return RedirectToAction("Plan", "Assessment", new { id });
        return View("Form", FormModel(overview.Plan, RecordForm.New(kind), null, overview.Schools));
    }

    [Authorize(Policy = Policies.ProviderStaff)]
    [HttpPost("new")]
    public async Task<IActionResult> Create(Guid id, RecordForm form, CancellationToken ct)
    {
        var recordId = Guid.Empty;
        if (ModelState.IsValid && await this.AttemptAsync(async () => recordId = await records.DraftAsync(id, form, ct), nameof(form)))
        {
            this.Success($"{(form.Kind == RecordKind.Observation ? "Observation" : "Professional discussion")} saved as a draft. Share it when it is ready for the candidate.");
            return RedirectToAction(nameof(Show), new { id, recordId });
        }

        var overview = await records.ListAsync(id, ct);
        return View("Form", FormModel(overview.Plan, form, null, overview.Schools));
    }

    [HttpGet("{recordId:guid}")]
    public async Task<IActionResult> Show(Guid id, Guid recordId, CancellationToken ct)
    {
        var one = await records.GetAsync(id, recordId, ct);
        return View(new RecordViewModel(one, new AssessmentRecords.Reflection { Text = one.Record.Reflection, Version = one.Record.Version }));
    }

    [Authorize(Policy = Policies.ProviderStaff)]
    [HttpGet("{recordId:guid}/edit")]
    public async Task<IActionResult> Edit(Guid id, Guid recordId, CancellationToken ct)
    {
        var one = await records.GetAsync(id, recordId, ct);
        if (!one.Plan.CanManage) return Forbid();
        return View("Form", FormModel(one.Plan, RecordForm.From(one.Record), one.Record, one.Schools));
    }

    [Authorize(Policy = Policies.ProviderStaff)]
    [HttpPost("{recordId:guid}/edit")]
    public async Task<IActionResult> Edit(Guid id, Guid recordId, RecordForm form, CancellationToken ct)
    {
        var one = await records.GetAsync(id, recordId, ct);
        form.Kind = one.Record.Kind;
        if (ModelState.IsValid && await this.AttemptAsync(() => records.SaveAsync(id, recordId, form, ct), nameof(form)))
        {
            this.Success(one.Record.Status == RecordStatus.Shared ? "Amendment saved. The original is kept with it." : "Draft saved");
            return RedirectToAction(nameof(Show), new { id, recordId });
        }

        return View("Form", FormModel(one.Plan, form, one.Record, one.Schools));
    }

    [Authorize(Policy = Policies.ProviderStaff)]
    [HttpGet("{recordId:guid}/share")]
    public async Task<IActionResult> Share(Guid id, Guid recordId, CancellationToken ct)
    {
        var one = await records.GetAsync(id, recordId, ct);
        if (!one.Plan.CanManage) return Forbid();
        return one.Record.Status == RecordStatus.Draft ? View(one) : RedirectToAction(nameof(Show), new { id, recordId });
    }

    [Authorize(Policy = Policies.ProviderStaff)]
    [HttpPost("{recordId:guid}/share")]
    public async Task<IActionResult> Share(Guid id, Guid recordId, Guid version, CancellationToken ct)
    {
        if (await this.AttemptAsync(() => records.ShareAsync(id, recordId, version, ct), "form"))
        {
            this.Success("Shared with the candidate. We have emailed them to read it.");
            return RedirectToAction(nameof(Show), new { id, recordId });
        }

        return View(await records.GetAsync(id, recordId, ct));
    }

    [Authorize(Policy = Policies.Candidate)]
    [HttpPost("{recordId:guid}/reflection")]
    public async Task<IActionResult> Reflect(Guid id, Guid recordId, AssessmentRecords.Reflection form, CancellationToken ct)
    {
        if (ModelState.IsValid && await this.AttemptAsync(() => records.ReflectAsync(recordId, form, ct), nameof(form)))
        {
            this.Success("Your reflection has been saved. Your assessor can read it.");
            return RedirectToAction(nameof(Show), new { id, recordId });
        }

        return View(nameof(Show), new RecordViewModel(await records.GetAsync(id, recordId, ct), form));
    }

    private RecordFormViewModel FormModel(GetPlan.Result plan, RecordForm form, AssessmentRecord? record, IReadOnlyList<string> schools) =>
        new(plan, form, record, schools, options.Topics);
}
