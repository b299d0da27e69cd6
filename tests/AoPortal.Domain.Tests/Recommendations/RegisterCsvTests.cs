using System.Text;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Common;
using AoPortal.Domain.Recommendations;
using static AoPortal.Domain.Tests.Recommendations.RecommendedCandidate;

namespace AoPortal.Domain.Tests.Recommendations;

public class RegisterCsvTests
{
    private const string Header =
        "TRN,Provider trainee ID,HESA ID,First names,Last names,Training partner,QTS or EYTS,Route,Phase,Age range,Subject,Date QTS or EYTS requirements met";

    private static string Text(byte[] bytes) => new UTF8Encoding(false).GetString(bytes);

    [Fact]
    public void The_header_is_exactly_registers_columns()
    {
        var file = Text(RegisterCsv.Write([]));

        Assert.Equal(Header + "\r\n", file);
        Assert.Equal(12, RegisterCsv.Columns.Count);
    }

    [Fact]
    public void The_file_is_byte_for_byte_the_header_and_rows_with_crlf_and_no_byte_order_mark()
    {
        IReadOnlyList<string>[] rows =
        [
            ["1234567", "0f8fad5b-d9cb-469f-a165-70867728950e", "", "Daniel", "Evans", "", "QTS", "Assessment only", "Secondary", "11 to 16", "Mathematics", "27/11/2026"],
            ["7654321", "7c9e6679-7425-40de-944b-e07fc1f90ae7", "", "Zoë \"Zo\"", "O'Brien, Jr", "", "QTS", "Assessment only", "Primary", "5 to 11", "Primary teaching", "01/12/2026"],
        ];
        var expected =
            "TRN,Provider trainee ID,HESA ID,First names,Last names,Training partner,QTS or EYTS,Route,Phase,Age range,Subject,Date QTS or EYTS requirements met\r\n" +
            "1234567,0f8fad5b-d9cb-469f-a165-70867728950e,,Daniel,Evans,,QTS,Assessment only,Secondary,11 to 16,Mathematics,27/11/2026\r\n" +
            "7654321,7c9e6679-7425-40de-944b-e07fc1f90ae7,,\"Zoë \"\"Zo\"\"\",\"O'Brien, Jr\",,QTS,Assessment only,Primary,5 to 11,Primary teaching,01/12/2026\r\n";

        var bytes = RegisterCsv.Write(rows);

        Assert.Equal(Encoding.UTF8.GetBytes(expected), bytes);
        Assert.NotEqual(0xEF, bytes[0]);
        Assert.Equal((byte)'T', bytes[0]);
        Assert.Equal([(byte)'\r', (byte)'\n'], bytes[^2..]);
        Assert.True(bytes.AsSpan().IndexOf("Zo\u00eb"u8) > 0);
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("two\r\nlines", "\"two\r\nlines\"")]
    [InlineData("", "")]
    public void A_field_is_quoted_only_when_it_holds_a_comma_a_quote_or_a_line_break(string value, string written)
    {
        var file = Text(RegisterCsv.Write([[value]]));

        Assert.Equal(Header + "\r\n" + written + "\r\n", file);
    }

    [Fact]
    public void A_confirmed_recommendation_gives_registers_row()
    {
        var @case = new RecommendedCandidate().Build().Proposed().Confirmed();

        var line = RegisterCsv.LineFor(@case.Candidate, @case.Recommendation);

        Assert.False(line.IsRefused);
        Assert.Null(line.Refusal);
        Assert.Equal((@case.Candidate.Id, "Daniel Evans"), (line.CandidateId, line.CandidateName));
        Assert.Equal([Trn, @case.Candidate.Id.ToString(), "", "Daniel", "Evans", "", "QTS", "Assessment only", "Secondary", "11 to 16", "Mathematics", "27/11/2026"],
            line.Values!);
    }

    [Fact]
    public void Several_subjects_are_joined_with_semicolons()
    {
        var @case = new RecommendedCandidate().Build().Proposed(QtsProposal() with { Subjects = ["Mathematics", "Physics"] }).Confirmed();

        Assert.Equal("Mathematics; Physics", RegisterCsv.LineFor(@case.Candidate, @case.Recommendation).Values![10]);
    }

    [Fact]
    public void A_primary_recommendation_without_a_subject_is_primary_teaching()
    {
        var @case = new RecommendedCandidate().Primary().Build().Proposed(QtsProposal() with { AgeRange = new AgeRange(5, 11), Subjects = [] }).Confirmed();

        var values = RegisterCsv.LineFor(@case.Candidate, @case.Recommendation).Values!;

        Assert.Equal(("Primary", "5 to 11", "Primary teaching"), (values[8], values[9], values[10]));
    }

    [Fact]
    public void The_date_is_written_day_month_year_with_leading_zeros()
    {
        var @case = new RecommendedCandidate().Build().Proposed(QtsProposal(new DateOnly(2026, 9, 8))).Confirmed();

        Assert.Equal("08/09/2026", RegisterCsv.LineFor(@case.Candidate, @case.Recommendation).Values![11]);
    }

    [Fact]
    public void A_candidate_without_a_trn_is_refused_with_the_reason()
    {
        var @case = new RecommendedCandidate().WithoutTrn().Build().Proposed().Confirmed();

        var line = RegisterCsv.LineFor(@case.Candidate, @case.Recommendation);

        Assert.True(line.IsRefused);
        Assert.Null(line.Values);
        Assert.Equal("No TRN: record the candidate's 7-digit TRN before exporting", line.Refusal);
    }

    [Theory]
    [InlineData("=Daniel", "Evans")]
    [InlineData("+Daniel", "Evans")]
    [InlineData("-Daniel", "Evans")]
    [InlineData("@Daniel", "Evans")]
    [InlineData("Daniel", "=HYPERLINK(\"http://x\")")]
    [InlineData("Daniel", "@Evans")]
    public void A_name_a_spreadsheet_would_read_as_a_formula_is_refused(string firstNames, string lastName)
    {
        var @case = new RecommendedCandidate().Named(firstNames, lastName).Build().Proposed().Confirmed();

        var line = RegisterCsv.LineFor(@case.Candidate, @case.Recommendation);

        Assert.Equal("A name or subject starts with a character spreadsheets read as a formula: correct it before exporting", line.Refusal);
        Assert.Null(line.Values);
    }

    [Fact]
    public void A_subject_a_spreadsheet_would_read_as_a_formula_is_refused()
    {
        var @case = new RecommendedCandidate().Build().Proposed(QtsProposal() with { Subjects = ["Mathematics", "=1+1"] }).Confirmed();

        Assert.Equal("A name or subject starts with a character spreadsheets read as a formula: correct it before exporting",
            RegisterCsv.LineFor(@case.Candidate, @case.Recommendation).Refusal);
    }

    [Fact]
    public void A_name_with_a_hyphen_or_apostrophe_inside_it_is_fine()
    {
        var @case = new RecommendedCandidate().Named("Anne-Marie", "O'Neil-Smith").Build().Proposed().Confirmed();

        var line = RegisterCsv.LineFor(@case.Candidate, @case.Recommendation);

        Assert.False(line.IsRefused);
        Assert.Equal(("Anne-Marie", "O'Neil-Smith"), (line.Values![3], line.Values[4]));
    }

    [Fact]
    public void A_proposal_not_yet_confirmed_is_refused()
    {
        var @case = new RecommendedCandidate().Build().Proposed();

        Assert.Equal("The recommendation is not a confirmed recommendation for QTS waiting for export",
            RegisterCsv.LineFor(@case.Candidate, @case.Recommendation).Refusal);
    }

    [Fact]
    public void A_confirmed_not_recommended_decision_is_refused()
    {
        var @case = new RecommendedCandidate().Build().NotRecommendedProposed().Confirmed();

        Assert.Equal("The recommendation is not a confirmed recommendation for QTS waiting for export",
            RegisterCsv.LineFor(@case.Candidate, @case.Recommendation).Refusal);
    }

    [Fact]
    public void An_exported_recommendation_is_refused_the_second_time()
    {
        var @case = new RecommendedCandidate().Build().Proposed().Confirmed();
        @case.Exported();

        Assert.Equal("The recommendation is not a confirmed recommendation for QTS waiting for export",
            RegisterCsv.LineFor(@case.Candidate, @case.Recommendation).Refusal);
    }

    [Fact]
    public void Another_candidates_recommendation_is_refused()
    {
        var @case = new RecommendedCandidate().Build().Proposed().Confirmed();
        var other = new RecommendedCandidate().Build().Proposed().Confirmed();

        var error = Assert.Throws<DomainRuleException>(() => RegisterCsv.LineFor(@case.Candidate, other.Recommendation));

        Assert.Equal("That recommendation belongs to another candidate", error.Message);
    }
}
