using AoPortal.Application.Common;
using AoPortal.Application.Features.Reports;
using AoPortal.Web.Infrastructure;

namespace AoPortal.Web.Models.Reports;

/// <summary>The reports page: the date-range filter and, when it is valid, every report with its chart and CSV link.</summary>
public sealed record ReportsViewModel(ReportPeriod.Form Form, ReportsOverview.Result? Reports)
{
    public static ReportPeriod.Form FormFor(ReportRange range) => new() { From = DateParts.From(range.From), To = DateParts.From(range.To) };

    public static string Month(DateOnly month) => ReportCsv.MonthName(month);

    public static string RangeInWords(ReportRange range) => $"{UkTime.Date(range.From)} to {UkTime.Date(range.To)}";

    /// <summary>The CSV download of a report for the range shown.</summary>
    public static string CsvUrl(string name, ReportRange range) =>
        $"/reports/{name}.csv?Form.From.Day={range.From.Day}&Form.From.Month={range.From.Month}&Form.From.Year={range.From.Year}" +
        $"&Form.To.Day={range.To.Day}&Form.To.Month={range.To.Month}&Form.To.Year={range.To.Year}";

    public static string Days(double? days) => days is { } d ? $"{ReportCsv.Days(d)} {(d == 1 ? "day" : "days")}" : "No decisions";

    public static string Percent(double? percent) => percent is { } p ? $"{ReportCsv.Percent(p)}%" : "Nothing due";

    public static BarChart OutcomesByMonthChart(OutcomesReport.Result report) =>
        new("outcomes-by-month-chart", "Outcomes by month",
            $"Outcomes by month, {RangeInWords(report.Range)}. " + string.Join(" ", report.ByMonth.Select(r => $"{Month(r.Month)}: {CountsInWords(r.Counts)}.")),
            Series, report.ByMonth.Select(r => Category(Month(r.Month), r.Counts)).ToList());

    public static BarChart OutcomesByAssessorChart(OutcomesReport.Result report) =>
        new("outcomes-by-assessor-chart", "Outcomes by assessor",
            report.ByAssessor.Count == 0
                ? $"No outcomes, {RangeInWords(report.Range)}."
                : $"Outcomes by assessor, {RangeInWords(report.Range)}. " + string.Join(" ", report.ByAssessor.Select(r => $"{r.Assessor}: {CountsInWords(r.Counts)}.")),
            Series, report.ByAssessor.Select(r => Category(r.Assessor, r.Counts)).ToList());

    public static BarChart TimeToDecisionChart(TimeToDecisionReport.Result report) =>
        new("time-to-decision-chart", "Median days from acceptance to decision",
            $"Median days from acceptance to a confirmed decision, {RangeInWords(report.Range)}. " +
            string.Join(" ", report.Rows.Select(r => $"{r.Decisions}: {(r.MedianDays is null ? "no decisions" : Days(r.MedianDays))} ({r.Count} {(r.Count == 1 ? "decision" : "decisions")}).")),
            ["Median days"],
            report.Rows.Select(r => new BarChart.Category(r.Decisions, [r.MedianDays ?? 0], r.MedianDays is null ? "No decisions" : Days(r.MedianDays))).ToList());

    public static BarChart MilestonesChart(MilestonesOnTimeReport.Result report) =>
        new("milestones-on-time-chart", "On-time rate of milestones by month due",
            $"Share of milestones done on time, by the month they were due, {RangeInWords(report.Range)}. " +
            string.Join(" ", report.ByMonth.Select(r => $"{Month(r.Month)}: {(r.Counts.Due == 0 ? "nothing due" : $"{Percent(r.Counts.OnTimePercent)}, {r.Counts.OnTime} of {r.Counts.Due}")}.")),
            ["On-time rate"],
            report.ByMonth.Select(r => new BarChart.Category(Month(r.Month), [r.Counts.OnTimePercent ?? 0],
                r.Counts.Due == 0 ? "Nothing due" : $"{Percent(r.Counts.OnTimePercent)} ({r.Counts.OnTime} of {r.Counts.Due})")).ToList());

    public static BarChart PhaseChart(PhaseReport.Result report) =>
        new("phase-and-age-range-chart", "Current candidates by phase and age range",
            $"Current candidates by phase and age range. " + string.Join(" ", report.Phases.Select(p =>
                $"{p.Phase}: {p.Count}{(p.AgeRanges.Count == 0 ? "" : $" ({string.Join(", ", p.AgeRanges.Select(r => $"{r.AgeRange}: {r.Count}"))})")}.")),
            ["Candidates"],
            report.Phases.SelectMany(p => p.AgeRanges.Count == 0
                    ? [new BarChart.Category($"{p.Phase}", [0], "0")]
                    : p.AgeRanges.Select(r => new BarChart.Category($"{p.Phase} {r.AgeRange}", [r.Count], $"{r.Count}")))
                .ToList());

    private static readonly IReadOnlyList<string> Series = [TimeToDecisionReport.Recommended, TimeToDecisionReport.NotRecommended, "Withdrawn"];

    private static BarChart.Category Category(string name, OutcomesReport.Counts counts) =>
        new(name, [counts.Recommended, counts.NotRecommended, counts.Withdrawn], $"{counts.Recommended} · {counts.NotRecommended} · {counts.Withdrawn}");

    private static string CountsInWords(OutcomesReport.Counts counts) =>
        $"{counts.Recommended} recommended for QTS, {counts.NotRecommended} not recommended, {counts.Withdrawn} withdrawn";
}
