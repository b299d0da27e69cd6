using AoPortal.Application.Features.Reports;
using AoPortal.Application.Tests.Support;
using AoPortal.Domain.Candidates;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Application.Tests.Reports;

/// <summary>Current candidates by phase and age range: rejected and withdrawn candidates, and those with no age range yet, are left out.</summary>
public sealed class PhaseReportTests : IDisposable
{
    private readonly SqliteTestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Candidates_are_counted_by_phase_and_age_range_leaving_out_rejected_and_withdrawn()
    {
        var rows = new ReportRows(_database);
        await rows.CandidateAsync(ageRange: "5-11");
        await rows.CandidateAsync(ageRange: "5-11", status: CandidateStatus.InAssessment);
        await rows.CandidateAsync(ageRange: "3-7", status: CandidateStatus.QtsAwarded);
        await rows.CandidateAsync(ageRange: "7-14", status: CandidateStatus.Submitted, subjects: "Mathematics");
        await rows.CandidateAsync(ageRange: "11-16", status: CandidateStatus.Accepted, subjects: "Mathematics");
        await rows.CandidateAsync(ageRange: "11-16", status: CandidateStatus.Rejected, subjects: "Mathematics");
        await rows.CandidateAsync(ageRange: "11-18", status: CandidateStatus.Withdrawn, subjects: "Physics");
        await rows.CandidateAsync(ageRange: "14-19", status: CandidateStatus.Deferred, subjects: "Chemistry");
        var noRange = await rows.CandidateAsync();
        await using (var db = _database.NewContext())
            await db.Candidates.Where(c => c.Id == noRange).ExecuteUpdateAsync(set => set.SetProperty(c => c.IntendedAgeRange, (AgeRange?)null));

        await using var context = ReportRows.Context(_database);
        var report = await new PhaseReport.Handler(context).Handle(CancellationToken.None);

        Assert.Equal(
        [
            (AssessmentPhase.Primary, 3, "3 to 7: 1, 5 to 11: 2"),
            (AssessmentPhase.Middle, 1, "7 to 14: 1"),
            (AssessmentPhase.Secondary, 2, "11 to 16: 1, 14 to 19: 1"),
        ], report.Phases.Select(p => (p.Phase, p.Count, string.Join(", ", p.AgeRanges.Select(r => $"{r.AgeRange}: {r.Count}")))));
        Assert.Equal(6, report.Total);
    }

    [Fact]
    public void Every_phase_has_a_row_even_with_no_candidates()
    {
        var report = PhaseReport.Compute([]);

        Assert.Equal([AssessmentPhase.Primary, AssessmentPhase.Middle, AssessmentPhase.Secondary], report.Phases.Select(p => p.Phase));
        Assert.All(report.Phases, p => Assert.Equal(0, p.Count));
    }
}
