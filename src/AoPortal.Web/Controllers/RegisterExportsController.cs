using AoPortal.Application.Features.Recommendations;
using AoPortal.Web.Infrastructure;
using AoPortal.Web.Models.RegisterExports;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AoPortal.Web.Controllers;

/// <summary>
/// Exports to DfE Register, for admins: what waits for export (ready, or refused with why), making an export, and each
/// export made with its file, which downloads again byte for byte.
/// </summary>
[Authorize(Policy = Policies.Admin)]
[Route("/register-exports")]
public sealed class RegisterExportsController(RegisterExports.Handler exports) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(new RegisterExportsViewModel(await exports.OverviewAsync(ct)));

    [HttpPost("")]
    public async Task<IActionResult> Create(RegisterExports.Command form, CancellationToken ct)
    {
        var number = 0;
        if (ModelState.IsValid && await this.AttemptAsync(async () => number = await exports.CreateAsync(form, ct), nameof(form)))
        {
            this.Success($"Export {number} has been made. Download the file and upload it to Register.");
            return Redirect(RegisterExportsViewModel.DetailsUrl(number));
        }

        return View(nameof(Index), new RegisterExportsViewModel(await exports.OverviewAsync(ct)));
    }

    [HttpGet("{number:int}")]
    public async Task<IActionResult> Details(int number, CancellationToken ct) => View(await exports.DetailsAsync(number, ct));

    [HttpGet("{number:int}/file")]
    public async Task<IActionResult> Download(int number, CancellationToken ct)
    {
        var file = await exports.FileAsync(number, ct);
        return File(file.Content, "text/csv", file.FileName);
    }
}
