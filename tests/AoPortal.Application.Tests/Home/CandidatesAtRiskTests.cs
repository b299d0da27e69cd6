using AoPortal.Application.Features.Home;
using AoPortal.Application.Tests.Reports;
using AoPortal.Application.Tests.SchoolLeads;
using AoPortal.Application.Tests.Support;
using AoPortal.Domain.Assessments;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;
using static AoPortal.Application.Tests.SchoolLeads.SchoolStaffFixture;

namespace AoPortal.Application.Tests.Home;

/// <summary>
/// The admin's candidates at risk: those in assessment whose forecast is behind or at risk, worst first, counting only
/// accepted evidence and shared records, in three queries however many candidates. Plans follow the default template
/// (twelve weeks; milestones at weeks 0, 1, 3, 4...), so four weeks in, 33% of the time has gone.
/// </summary>
public sealed class CandidatesAtRiskTests : IDisposable
{
    private static readonly Actor Assessor = new(null, "Sam Assessor");
    private readonly SqliteTestDatabase _database = new();
    private readonly SchoolStaffFixture _staff;

    public CandidatesAtRiskTests() => _staff = new SchoolStaffFixture(_database);

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Candidates_behind_or_at_risk_are_listed_worst_first_with_their_reasons()
    {
        var school = await _staff.SchoolAsync();
        var onTrack = await _staff.InAssessmentAsync(school, "OnTrack", daysAgo: 14);
        await CompleteMilestonesDueBeforeAsync(onTrack.Id, Today);
        await _staff.EvidenceAsync(onTrack, "TS1", accept: true);
        await _staff.EvidenceAsync(onTrack, "TS2b", accept: true);
        await _staff.RecordAsync(onTrack.Id, "TS3", share: true);
        var farBehind = await _staff.InAssessmentAsync(school, "FarBehind", daysAgo: 28);
        await CompleteMilestonesDueBeforeAsync(farBehind.Id, Today);
        // Neither an item awaiting review nor a draft record counts.
        await _staff.EvidenceAsync(farBehind, "TS1", accept: false);
        await _staff.RecordAsync(farBehind.Id, "TS2", share: false);
        var behind = await _staff.InAssessmentAsync(school, "Behind", daysAgo: 28);
        await CompleteMilestonesDueBeforeAsync(behind.Id, Today);
        await _staff.EvidenceAsync(behind, "TS4", accept: true);
        var atRisk = await _staff.InAssessmentAsync(school, "AtRisk", daysAgo: 28);
        var deferred = await _staff.InAssessmentAsync(school, "Deferred", daysAgo: 28);
        await DeferAsync(deferred.Id);
        await _staff.SubmittedAsync(school, "Applied", supportConfirmed: false);

        var list = await new CandidatesAtRisk.Handler(_database.NewContext(), new FakeTimeProvider()).Handle(CancellationToken.None);

        Assert.Equal([atRisk.Id, farBehind.Id, behind.Id], list.Select(i => i.CandidateId));
        var first = list[0];
        Assert.Equal(("Ada AtRisk", "Sam Assessor", ForecastLevel.AtRisk, "Week 5 of 12"), (first.FullName, first.AssessorName, first.Forecast.Level, first.Forecast.Week));
        Assert.Equal(["3 milestones overdue, the oldest by 28 days", "0 of 9 standards evidenced at week 5 of 12"], first.Forecast.Reasons);
        Assert.Equal(["0 of 9 standards evidenced at week 5 of 12"], list[1].Forecast.Reasons);
        Assert.Equal(["1 of 9 standards evidenced at week 5 of 12"], list[2].Forecast.Reasons);
        Assert.All(list.Skip(1), i => Assert.Equal(ForecastLevel.Behind, i.Forecast.Level));
    }

    [Fact]
    public async Task The_list_takes_three_queries_for_2_candidates_as_for_12()
    {
        var school = await _staff.SchoolAsync();
        for (var n = 0; n < 2; n++) await WithEvidenceAsync(school, n);
        var withTwo = await CountQueriesAsync();

        for (var n = 2; n < 12; n++) await WithEvidenceAsync(school, n);
        var withTwelve = await CountQueriesAsync();

        Assert.Equal((3, 3), (withTwo, withTwelve));
    }

    private async Task WithEvidenceAsync(Guid school, int n)
    {
        var candidate = await _staff.InAssessmentAsync(school, $"Staff{n:D2}", daysAgo: 28);
        await _staff.EvidenceAsync(candidate, "TS1", accept: true);
        await _staff.RecordAsync(candidate.Id, "TS2", share: true);
    }

    private async Task<int> CountQueriesAsync()
    {
        var counter = new CommandCounter();
        await using var db = ReportRows.Context(_database, counter);
        await new CandidatesAtRisk.Handler(db, new FakeTimeProvider()).Handle(CancellationToken.None);
        return counter.Count;
    }

    /// <summary>Marks done, on the day they were due, the milestones due before a day.</summary>
    private async Task CompleteMilestonesDueBeforeAsync(Guid candidateId, DateOnly day)
    {
        await using var db = _database.NewContext();
        var plan = await db.AssessmentPlans.SingleAsync(p => p.CandidateId == candidateId);
        foreach (var milestone in plan.Milestones.Where(m => m.DueDate < day))
            db.AuditEntries.Add(plan.CompleteMilestone(milestone.Id, milestone.DueDate, null, Assessor, Now, Today));
        await db.SaveChangesAsync();
    }

    private async Task DeferAsync(Guid candidateId)
    {
        await using var db = _database.NewContext();
        var candidate = await db.Candidates.SingleAsync(c => c.Id == candidateId);
        var plan = await db.AssessmentPlans.SingleAsync(p => p.CandidateId == candidateId);
        db.AuditEntries.Add(candidate.Defer(plan, Today.AddDays(-1), "Illness", Assessor, Now, Today));
        await db.SaveChangesAsync();
    }
}
