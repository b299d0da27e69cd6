using AoPortal.Application.Abstractions;
using AoPortal.Application.Common;
using AoPortal.Application.Features.SchoolLeads;
using AoPortal.Application.Tests.Support;
using AoPortal.Domain.Assessments;

namespace AoPortal.Application.Tests.SchoolLeads;

/// <summary>The read-only progress page: shared records and accepted evidence in full, drafts only counted, other schools not found.</summary>
public sealed class GetProgressTests : IDisposable
{
    private readonly SqliteTestDatabase _database = new();
    private readonly SchoolStaffFixture _staff;

    public GetProgressTests() => _staff = new SchoolStaffFixture(_database);

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task The_school_lead_reads_the_plan_shared_records_and_coverage_and_only_counts_drafts()
    {
        var school = await _staff.SchoolAsync();
        var candidate = await _staff.InAssessmentAsync(school, "Progress", daysAgo: 14);
        await _staff.RecordAsync(candidate.Id, "TS1", share: true);
        await _staff.RecordAsync(candidate.Id, "TS2", share: false);
        await _staff.EvidenceAsync(candidate, "TS4", accept: true);
        await _staff.EvidenceAsync(candidate, "TS3", accept: false);

        var result = await ProgressAsync(TestUsers.SchoolLead(school), candidate.Id);

        Assert.Equal("Ada Progress", result.CandidateName);
        Assert.Equal(10, result.Plan.Count);
        Assert.Equal([MilestoneState.Overdue, MilestoneState.Overdue, MilestoneState.Due], result.Plan.Take(3).Select(r => r.State));
        Assert.Equal([1, 2, 4], result.Plan.Take(3).Select(r => r.Week));
        var shared = Assert.Single(result.Records);
        Assert.Equal(("Observation", 1, 1), (shared.Name, shared.StandardsMet, shared.StandardsJudged));
        Assert.Equal((1, 1, 1), (result.RecordsBeingWritten, result.ItemsAccepted, result.ItemsWithAssessor));
        Assert.Equal("2 of 9 standards evidenced", result.Progress.CoverageText);
        Assert.False(result.HasOutcome);
    }

    [Fact]
    public async Task Another_schools_lead_and_another_candidate_get_not_found()
    {
        var school = await _staff.SchoolAsync();
        var other = await _staff.SchoolAsync("Riverside Academy");
        var candidate = await _staff.InAssessmentAsync(school, "Private");

        await Assert.ThrowsAsync<NotFoundException>(() => ProgressAsync(TestUsers.SchoolLead(other), candidate.Id));
        await Assert.ThrowsAsync<NotFoundException>(() => ProgressAsync(TestUsers.Candidate(Guid.NewGuid()), candidate.Id));
        Assert.Equal("Ada Private", (await ProgressAsync(TestUsers.Admin(), candidate.Id)).CandidateName);
    }

    private async Task<GetProgress.Result> ProgressAsync(ICurrentUser user, Guid candidateId)
    {
        await using var db = _database.NewContext();
        return await new GetProgress.Handler(db, user, new FakeTimeProvider()).Handle(candidateId, CancellationToken.None);
    }
}
