using AoPortal.Application.Features.Assessments;
using AoPortal.Application.Features.Candidates;
using AoPortal.Application.Features.Evidence;
using AoPortal.Application.Features.Home;
using AoPortal.Application.Features.Recommendations;
using AoPortal.Application.Tests.Reports;
using AoPortal.Application.Tests.Support;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Recommendations;
using AoPortal.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Application.Tests.Home;

/// <summary>The staff home page reads a fixed number of queries however many candidates there are, and only what the roles use.</summary>
public sealed class StaffDashboardTests : IDisposable
{
    private static readonly DateTime Now = FakeTimeProvider.DefaultNow.UtcDateTime;
    private readonly SqliteTestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task The_page_takes_the_same_number_of_queries_for_2_candidates_as_for_12()
    {
        var assessorId = await StaffAccounts.CreateAsync(_database);
        var everyRole = TestUsers.With(assessorId, "Sam Assessor", null, PortalRole.Admin, PortalRole.Assessor, PortalRole.Moderator);
        for (var n = 0; n < 2; n++) await CandidateAsync(assessorId, n);
        var withTwo = await CountQueriesAsync(everyRole);

        for (var n = 2; n < 12; n++) await CandidateAsync(assessorId, n);
        var withTwelve = await CountQueriesAsync(everyRole);

        Assert.Equal(withTwo, withTwelve);
        Assert.InRange(withTwelve, 1, 10);
    }

    [Fact]
    public async Task An_assessor_alone_reads_neither_the_moderation_queue_nor_the_exports_nor_the_candidates_at_risk()
    {
        var assessorId = await StaffAccounts.CreateAsync(_database);
        await CandidateAsync(assessorId, 0);

        var everyRole = await CountQueriesAsync(TestUsers.With(assessorId, "Sam", null, PortalRole.Admin, PortalRole.Assessor, PortalRole.Moderator));
        var assessorOnly = await CountQueriesAsync(TestUsers.With(assessorId, "Sam", null, PortalRole.Assessor));

        Assert.Equal(everyRole - 6, assessorOnly);
    }

    private async Task<int> CountQueriesAsync(Abstractions.ICurrentUser user)
    {
        var counter = new CommandCounter();
        await using var db = ReportRows.Context(_database, counter);
        var clock = new FakeTimeProvider();
        var handler = new StaffDashboard.Handler(db, user, new CandidatePipeline.Handler(db, user), new Caseload.Handler(db, user, clock),
            new ReviewQueue.Handler(db, user), new ModerationQueue.Handler(db, user), new CandidatesAtRisk.Handler(db, clock),
            TestCaches.Progress(clock));
        await handler.Handle(CancellationToken.None);
        return counter.Count;
    }

    /// <summary>A candidate of the assessor's, with a proposal waiting for moderation, one confirmed and one returned, in turn.</summary>
    private async Task CandidateAsync(Guid assessorId, int n)
    {
        var school = await new SchoolBuilder().SaveAsync(_database);
        var candidate = await new CandidateBuilder(school.Id).SaveAsync(_database);
        var (status, recommendationStatus) = (n % 3) switch
        {
            0 => (CandidateStatus.RecommendationPending, RecommendationStatus.Proposed),
            1 => (CandidateStatus.Recommended, RecommendationStatus.Confirmed),
            _ => (CandidateStatus.InAssessment, RecommendationStatus.Returned),
        };
        await using var db = _database.NewContext();
        await db.Candidates.Where(c => c.Id == candidate.Id).ExecuteUpdateAsync(set => set
            .SetProperty(c => c.AssessorId, assessorId).SetProperty(c => c.Status, status));
        var recommendation = Recommendation.Start(candidate.Id, Now);
        db.Recommendations.Add(recommendation);
        await db.SaveChangesAsync();
        await db.Recommendations.Where(r => r.Id == recommendation.Id).ExecuteUpdateAsync(set => set
            .SetProperty(r => r.Status, recommendationStatus).SetProperty(r => r.Outcome, RecommendationOutcome.Recommend)
            .SetProperty(r => r.ProposedAt, Now).SetProperty(r => r.ProposedByName, "Sam Assessor")
            .SetProperty(r => r.ConfirmedAt, Now).SetProperty(r => r.ConfirmedByName, "Morgan Moderator"));
    }
}
