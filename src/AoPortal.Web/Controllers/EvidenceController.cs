using AoPortal.Application.Features.Evidence;
using AoPortal.Domain.Evidence;
using AoPortal.Web.Infrastructure;
using AoPortal.Web.Models.Evidence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AoPortal.Web.Controllers;

/// <summary>
/// A candidate's portfolio. Everyone who may see the candidate reads it (a school lead only accepted items, provider
/// staff items whose files have passed the malware scan); only the candidate adds items and new versions, to their own.
/// Uploads are the only requests allowed a larger body (<see cref="EvidenceUploadRequestLimitAttribute"/>).
/// </summary>
[Route("/candidates/{id:guid}/evidence")]
public sealed class EvidenceController(GetPortfolio.Handler portfolio, EvidenceUploadOptions options) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(Guid id, CancellationToken ct) => View(await portfolio.Handle(id, ct));

    [Authorize(Policy = Policies.Candidate)]
    [HttpGet("new")]
    public async Task<IActionResult> Create(Guid id, CancellationToken ct)
    {
        var own = await portfolio.Handle(id, ct);
        return own.CanAdd ? View(new EvidenceFormViewModel(own, new AddEvidence.Command(), options)) : RedirectToAction(nameof(Index), new { id });
    }

    [Authorize(Policy = Policies.Candidate)]
    [HttpPost("new")]
    [EvidenceUploadRequestLimit]
    public async Task<IActionResult> Create(Guid id, AddEvidence.Command form, [FromForm(Name = AddEvidence.FilesField)] List<IFormFile>? files,
        [FromServices] AddEvidence.Handler handler, CancellationToken ct)
    {
        var uploads = Chosen(files);
        if (uploads.Count == 0 && form.Kind is { } kind && kind != EvidenceKind.ReflectiveAssignment) AddFilesError("Select at least one file", nameof(form));
        var itemId = Guid.Empty;
        if (ModelState.IsValid && await this.AttemptAsync(async () => itemId = await WithStreams(uploads, list => handler.Handle(id, form, list, ct)), nameof(form)))
        {
            this.Success("Your evidence has been added. Your assessor will review it.");
            return RedirectToAction(nameof(Show), new { id, itemId });
        }

        return View(new EvidenceFormViewModel(await portfolio.Handle(id, ct), form, options));
    }

    [HttpGet("{itemId:guid}")]
    public async Task<IActionResult> Show(Guid id, Guid itemId, [FromServices] GetEvidenceItem.Handler items, CancellationToken ct)
    {
        var one = await items.Handle(id, itemId, ct);
        return View(new EvidenceItemViewModel(one, EvidenceItemViewModel.NewVersion(one.Item), options));
    }

    [Authorize(Policy = Policies.Candidate)]
    [HttpPost("{itemId:guid}/versions")]
    [EvidenceUploadRequestLimit]
    public async Task<IActionResult> AddVersion(Guid id, Guid itemId, AddEvidenceVersion.Command form, [FromForm(Name = AddEvidence.FilesField)] List<IFormFile>? files,
        [FromServices] AddEvidenceVersion.Handler handler, [FromServices] GetEvidenceItem.Handler items, CancellationToken ct)
    {
        var one = await items.Handle(id, itemId, ct);
        var uploads = Chosen(files);
        if (uploads.Count == 0 && one.Item.Kind != EvidenceKind.ReflectiveAssignment) AddFilesError("Select at least one file", nameof(form));
        if (ModelState.IsValid && await this.AttemptAsync(() => WithStreams(uploads, async list =>
            {
                await handler.Handle(id, itemId, form, list, ct);
                return true;
            }), nameof(form)))
        {
            this.Success("Your new version has been added. Your assessor will review it.");
            return RedirectToAction(nameof(Show), new { id, itemId });
        }

        return View(nameof(Show), new EvidenceItemViewModel(one, form, options));
    }

    /// <summary>A file, as an attachment under its sanitised name, never shown inline.</summary>
    [HttpGet("{itemId:guid}/files/{fileId:guid}")]
    public async Task<IActionResult> Download(Guid id, Guid itemId, Guid fileId, [FromServices] DownloadEvidenceFile.Handler handler, CancellationToken ct)
    {
        var file = await handler.Handle(id, itemId, fileId, ct);
        Response.Headers.XContentTypeOptions = "nosniff";
        return File(file.Content, file.ContentType, file.FileName);
    }

    /// <summary>The files chosen; a browser sends an empty part without a name when none is.</summary>
    private static List<IFormFile> Chosen(List<IFormFile>? files) =>
        (files ?? []).Where(f => !(f.Length == 0 && string.IsNullOrEmpty(f.FileName))).ToList();

    private void AddFilesError(string message, string parameterName) =>
        ModelState.AddModelError(ModelStateExtensions.KeyFor(ModelState, parameterName, AddEvidence.FilesField), message);

    private static async Task<T> WithStreams<T>(List<IFormFile> files, Func<IReadOnlyList<(string? FileName, Stream Content, long Length)>, Task<T>> work)
    {
        var streams = files.Select(f => ((string?)f.FileName, f.OpenReadStream(), f.Length)).ToList();
        try
        {
            return await work(streams);
        }
        finally
        {
            foreach (var (_, content, _) in streams) await content.DisposeAsync();
        }
    }
}
