using AoPortal.Application.Features.Reports;
using AoPortal.Web.Infrastructure;
using AoPortal.Web.Models.Reports;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AoPortal.Web.Controllers;

/// <summary>
/// Reports for admins over a date range (default: the 12 calendar months to today): outcomes by month and by assessor,
/// days from acceptance to decision, the on-time rate of milestones, and current candidates by phase and age range;
/// each report downloads as CSV with the same filter.
/// </summary>
[Authorize(Policy = Policies.Admin)]
[Route("/reports")]
public sealed class ReportsController(TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] ReportPeriod.Form form, [FromServices] ReportsOverview.Handler handler, CancellationToken ct)
    {
        if (!ModelState.IsValid) return View(new ReportsViewModel(form, null));
        var range = form.RangeOr(ReportPeriod.Default(clock));
        return View(new ReportsViewModel(ReportsViewModel.FormFor(range), await handler.Handle(range, ct)));
    }

    /// <summary>One report as CSV; a filter that is not valid goes back to the page, which says what is wrong.</summary>
    [HttpGet("{name}.csv")]
    public async Task<IActionResult> Csv(string name, [FromQuery] ReportPeriod.Form form, [FromServices] ReportsOverview.Handler handler, CancellationToken ct)
    {
        if (!ReportCsv.Names.Contains(name)) return NotFound();
        if (!ModelState.IsValid) return Redirect("/reports" + Request.QueryString);
        var range = form.RangeOr(ReportPeriod.Default(clock));
        var reports = await handler.Handle(range, ct);
        var content = name switch
        {
            "outcomes-by-month" => ReportCsv.OutcomesByMonth(reports.Outcomes),
            "outcomes-by-assessor" => ReportCsv.OutcomesByAssessor(reports.Outcomes),
            "time-to-decision" => ReportCsv.TimeToDecision(reports.TimeToDecision),
            "milestones-on-time" => ReportCsv.MilestonesOnTime(reports.Milestones),
            _ => ReportCsv.PhaseAndAgeRange(reports.Phases),
        };
        return File(content, ReportCsv.ContentType, $"{name}-{range.From:yyyy-MM-dd}-to-{range.To:yyyy-MM-dd}.csv");
    }
}
