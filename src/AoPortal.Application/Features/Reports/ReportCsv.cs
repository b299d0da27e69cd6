using System.Globalization;
using System.Text;

namespace AoPortal.Application.Features.Reports;

/// <summary>
/// The reports as CSV files (RFC 4180): a header of plain-English column names, comma-separated fields quoted where
/// needed, CRLF line ends, UTF-8 without a byte-order mark. A text value a spreadsheet would read as a formula is
/// prefixed with an apostrophe.
/// </summary>
public static class ReportCsv
{
    public const string ContentType = "text/csv";

    /// <summary>The reports that download, by the name in their URL (/reports/{name}.csv).</summary>
    public static readonly IReadOnlyList<string> Names = ["outcomes-by-month", "outcomes-by-assessor", "time-to-decision", "milestones-on-time", "phase-and-age-range"];

    public static string MonthName(DateOnly month) => month.ToString("MMMM yyyy", CultureInfo.InvariantCulture);

    public static string Days(double? days) => days?.ToString("0.#", CultureInfo.InvariantCulture) ?? "";

    public static string Percent(double? percent) => percent?.ToString("0.#", CultureInfo.InvariantCulture) ?? "";

    public static byte[] OutcomesByMonth(OutcomesReport.Result report) =>
        Write(["Month", "Recommended for QTS", "Not recommended", "Withdrawn"],
            report.ByMonth.Select(r => Row(MonthName(r.Month), r.Counts.Recommended, r.Counts.NotRecommended, r.Counts.Withdrawn)));

    public static byte[] OutcomesByAssessor(OutcomesReport.Result report) =>
        Write(["Assessor", "Recommended for QTS", "Not recommended", "Withdrawn"],
            report.ByAssessor.Select(r => Row(r.Assessor, r.Counts.Recommended, r.Counts.NotRecommended, r.Counts.Withdrawn)));

    public static byte[] TimeToDecision(TimeToDecisionReport.Result report) =>
        Write(["Decisions", "Number of decisions", "Median days from acceptance to decision", "Shortest (days)", "Longest (days)"],
            report.Rows.Select(r => Row(r.Decisions, r.Count, Days(r.MedianDays), r.ShortestDays?.ToString(CultureInfo.InvariantCulture) ?? "",
                r.LongestDays?.ToString(CultureInfo.InvariantCulture) ?? "")));

    public static byte[] MilestonesOnTime(MilestonesOnTimeReport.Result report) =>
        Write(["Month due", "Milestones due", "Done on time", "Done late", "Not done", "On-time rate (%)"],
            report.ByMonth.Select(r => Row(MonthName(r.Month), r.Counts.Due, r.Counts.OnTime, r.Counts.Late, r.Counts.NotDone, Percent(r.Counts.OnTimePercent))));

    public static byte[] PhaseAndAgeRange(PhaseReport.Result report) =>
        Write(["Phase", "Age range", "Candidates"],
            report.Phases.SelectMany(p => p.AgeRanges.Select(r => Row(p.Phase.ToString(), r.AgeRange.ToString(), r.Count))));

    private static IReadOnlyList<string> Row(params object[] values) =>
        values.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture) ?? "").ToList();

    public static byte[] Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        var text = new StringBuilder();
        foreach (var row in rows.Prepend(header))
            text.AppendJoin(',', row.Select(Field)).Append("\r\n");
        return new UTF8Encoding(false).GetBytes(text.ToString());
    }

    /// <summary>One field: quoted when it holds a comma, quote or line break; a leading formula character is neutralised.</summary>
    public static string Field(string value)
    {
        if (value.Length > 0 && "=+-@\t\r".Contains(value[0]) && !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            value = "'" + value;
        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
    }
}
