using System.Text;
using AoPortal.Application.Features.Reports;

namespace AoPortal.Application.Tests.Reports;

/// <summary>The reports' CSV files: RFC 4180, UTF-8 without a byte-order mark, plain-English headers.</summary>
public sealed class ReportCsvTests
{
    private static readonly ReportRange February = new(new DateOnly(2026, 2, 1), new DateOnly(2026, 2, 28));

    [Fact]
    public void Outcomes_by_assessor_quote_what_needs_quoting_and_end_lines_with_CRLF()
    {
        var decision = new ReportQueries.Decision(Guid.NewGuid(), Domain.Recommendations.RecommendationOutcome.Recommend,
            new DateTime(2026, 2, 10, 12, 0, 0, DateTimeKind.Utc), "Jones, \"Alex\"", null);
        var bytes = ReportCsv.OutcomesByAssessor(OutcomesReport.Compute(February, [decision], []));

        Assert.NotEqual(0xEF, bytes[0]);
        Assert.Equal("Assessor,Recommended for QTS,Not recommended,Withdrawn\r\n\"Jones, \"\"Alex\"\"\",1,0,0\r\n", Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public void A_value_a_spreadsheet_would_run_as_a_formula_is_neutralised() =>
        Assert.Equal("'=HYPERLINK(1)", ReportCsv.Field("=HYPERLINK(1)"));

    [Fact]
    public void Milestones_give_an_empty_rate_for_a_month_with_nothing_due()
    {
        var text = Encoding.UTF8.GetString(ReportCsv.MilestonesOnTime(MilestonesOnTimeReport.Compute(February, new DateOnly(2026, 3, 1), [])));

        Assert.Equal("Month due,Milestones due,Done on time,Done late,Not done,On-time rate (%)\r\nFebruary 2026,0,0,0,0,\r\n", text);
    }
}
