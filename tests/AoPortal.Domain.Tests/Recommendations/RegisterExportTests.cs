using System.Text;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Common;
using AoPortal.Domain.Recommendations;
using static AoPortal.Domain.Tests.Recommendations.RecommendedCandidate;

namespace AoPortal.Domain.Tests.Recommendations;

public class RegisterExportTests
{
    private static readonly DateTime ExportedAt = new(2026, 12, 1, 9, 30, 0, DateTimeKind.Utc);

    private static RecommendationCase Confirmed(string firstNames = "Daniel", string lastName = "Evans") =>
        new RecommendedCandidate().Named(firstNames, lastName).Build().Proposed().Confirmed();

    private static (Candidate, Recommendation) Waiting(RecommendationCase @case) => (@case.Candidate, @case.Recommendation);

    private static string[] Lines(RegisterExport export) =>
        new UTF8Encoding(false).GetString(export.Content).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void An_export_carries_the_file_marks_each_recommendation_exported_and_audits_each_candidate()
    {
        var @case = Confirmed();
        var line = RegisterCsv.LineFor(@case.Candidate, @case.Recommendation);

        var (export, audit) = RegisterExport.Create(1, [Waiting(@case)], Admin, ExportedAt);

        Assert.Equal((1, ExportedAt, Admin.UserId, "Alex Admin", 1), (export.Number, export.CreatedAt, export.CreatedById, export.CreatedByName, export.ExportedCount));
        Assert.NotEqual(Guid.Empty, export.Id);
        Assert.Equal(RegisterCsv.Write([line.Values!]), export.Content);
        Assert.Equal(new ExportedCandidate(@case.Candidate.Id, "Daniel Evans", null), Assert.Single(export.Candidates));
        Assert.Equal((export.Id, (DateTime?)ExportedAt, true, false),
            (@case.Recommendation.ExportId, @case.Recommendation.ExportedAt, @case.Recommendation.IsExported, @case.Recommendation.AwaitsExport));
        var entry = Assert.Single(audit);
        Assert.Equal(("Exported to Register", "Export 1", @case.Candidate.Id, "Alex Admin"), (entry.Action, entry.Detail, entry.SubjectId, entry.ActorName));
    }

    [Fact]
    public void The_file_name_carries_the_number_and_the_day()
    {
        var (export, _) = RegisterExport.Create(3, [Waiting(Confirmed())], Admin, ExportedAt);

        Assert.Equal("register-qts-recommendations-003-2026-12-01.csv", export.FileName);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Numbers_start_at_1(int number)
    {
        var @case = Confirmed();

        var error = Assert.Throws<DomainRuleException>(() => RegisterExport.Create(number, [Waiting(@case)], Admin, ExportedAt));

        Assert.Equal("An export's number starts at 1", error.Message);
        Assert.False(@case.Recommendation.IsExported);
    }

    [Fact]
    public void Rows_are_sorted_by_last_name_then_first_names()
    {
        var waiting = new[] { ("Zara", "Young"), ("Peter", "Adams"), ("Daniel", "Evans"), ("Zed", "Adams"), ("Ann", "Adams"), ("Kim", "Adams") }
            .Select(n => Waiting(Confirmed(n.Item1, n.Item2))).ToList();

        var (export, audit) = RegisterExport.Create(1, waiting, Admin, ExportedAt);

        var rows = Lines(export).Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal(["Adams", "Adams", "Adams", "Adams", "Evans", "Young"], rows.Select(r => r[4]));
        Assert.Equal(["Ann", "Kim", "Peter", "Zed", "Daniel", "Zara"], rows.Select(r => r[3]));
        Assert.Equal(["Ann Adams", "Kim Adams", "Peter Adams", "Zed Adams", "Daniel Evans", "Zara Young"], export.Candidates.Select(c => c.Name));
        Assert.Equal(6, audit.Count);
    }

    [Fact]
    public void Those_that_cannot_go_are_listed_as_refused_with_the_reason_and_stay_waiting()
    {
        var ready = Confirmed("Daniel", "Evans");
        var noTrn = new RecommendedCandidate().Named("Nia", "Jones").WithoutTrn().Build().Proposed().Confirmed();
        var formula = Confirmed("=cmd", "Brown");

        var (export, audit) = RegisterExport.Create(2, [Waiting(noTrn), Waiting(ready), Waiting(formula)], Admin, ExportedAt);

        Assert.Equal(1, export.ExportedCount);
        Assert.Equal(2, Lines(export).Length);
        Assert.Equal(
        [
            new ExportedCandidate(ready.Candidate.Id, "Daniel Evans", null),
            new ExportedCandidate(formula.Candidate.Id, "=cmd Brown", "A name or subject starts with a character spreadsheets read as a formula: correct it before exporting"),
            new ExportedCandidate(noTrn.Candidate.Id, "Nia Jones", "No TRN: record the candidate's 7-digit TRN before exporting"),
        ], export.Candidates);
        Assert.Equal(ready.Candidate.Id, Assert.Single(audit).SubjectId);
        Assert.True(noTrn.Recommendation.AwaitsExport);
        Assert.True(formula.Recommendation.AwaitsExport);
        Assert.False(ready.Recommendation.AwaitsExport);
    }

    [Fact]
    public void An_export_is_refused_when_none_can_go()
    {
        var noTrn = new RecommendedCandidate().WithoutTrn().Build().Proposed().Confirmed();

        var error = Assert.Throws<DomainRuleException>(() => RegisterExport.Create(1, [Waiting(noTrn)], Admin, ExportedAt));

        Assert.Equal("None of the recommendations waiting can be exported: add the missing data first", error.Message);
        Assert.True(noTrn.Recommendation.AwaitsExport);
    }

    [Fact]
    public void An_export_is_refused_when_nothing_is_waiting()
    {
        var error = Assert.Throws<DomainRuleException>(() => RegisterExport.Create(1, [], Admin, ExportedAt));

        Assert.Equal("There are no confirmed recommendations waiting for export", error.Message);
    }

    [Fact]
    public void A_recommendation_already_exported_is_not_exported_again()
    {
        var @case = Confirmed();
        RegisterExport.Create(1, [Waiting(@case)], Admin, ExportedAt);
        var firstExport = @case.Recommendation.ExportId;

        var error = Assert.Throws<DomainRuleException>(() => RegisterExport.Create(2, [Waiting(@case)], Admin, ExportedAt.AddDays(1)));

        Assert.Equal("None of the recommendations waiting can be exported: add the missing data first", error.Message);
        Assert.Equal(firstExport, @case.Recommendation.ExportId);
    }

    [Fact]
    public void The_exported_file_is_registers_csv_with_the_header_first()
    {
        var (export, _) = RegisterExport.Create(1, [Waiting(Confirmed())], Admin, ExportedAt);

        var lines = Lines(export);

        Assert.Equal(string.Join(',', RegisterCsv.Columns), lines[0]);
        Assert.EndsWith(",,Daniel,Evans,,QTS,Assessment only,Secondary,11 to 16,Mathematics,27/11/2026", lines[1]);
        Assert.StartsWith(Trn + ",", lines[1]);
    }
}
