using AoPortal.Application.Features.Recommendations;
using AoPortal.Application.Tests.Support;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Recommendations;
using AoPortal.Domain.Users;
using AoPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Application.Tests.Recommendations;

/// <summary>
/// The moderation queue: proposals waiting, oldest first, each saying whether the reader may moderate it, in one query.
/// Proposals are set straight in the database: the domain's path to them is tested in the domain and web tests.
/// </summary>
public sealed class ModerationQueueTests : IDisposable
{
    private static readonly DateTime Now = FakeTimeProvider.DefaultNow.UtcDateTime;
    private readonly SqliteTestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Proposals_waiting_are_listed_oldest_first_and_nothing_else()
    {
        var assessor = await StaffAccounts.CreateAsync(_database);
        await ProposedAsync(assessor, assessor, Now.AddHours(-1), "Newer");
        await ProposedAsync(assessor, assessor, Now.AddHours(-5), "Older");
        var draft = await CandidateAsync(assessor, CandidateStatus.InAssessment, "Drafting");
        await AddRecommendationAsync(draft, RecommendationStatus.Draft, null, Now);

        var queue = await QueueAsync(TestUsers.With(Guid.NewGuid(), "Mo Moderator", null, PortalRole.Assessor, PortalRole.Moderator));

        Assert.Equal(["Ada Older", "Ada Newer"], queue.Select(i => i.CandidateName));
        Assert.All(queue, i => Assert.True(i.CanModerate));
        Assert.All(queue, i => Assert.Equal(RecommendationOutcome.Recommend, i.Outcome));
    }

    [Fact]
    public async Task The_candidates_assessor_and_the_proposer_may_not_moderate_whatever_their_roles()
    {
        var assessor = await StaffAccounts.CreateAsync(_database);
        var admin = Guid.NewGuid();
        await ProposedAsync(assessor, admin, Now, "Pending");

        Assert.False(Assert.Single(await QueueAsync(TestUsers.With(assessor, "Sam", null, PortalRole.Assessor, PortalRole.Moderator))).CanModerate);
        Assert.False(Assert.Single(await QueueAsync(TestUsers.With(admin, "Alex", null, PortalRole.Admin, PortalRole.Moderator))).CanModerate);
        Assert.True(Assert.Single(await QueueAsync(TestUsers.With(Guid.NewGuid(), "Mo", null, PortalRole.Moderator))).CanModerate);
    }

    [Fact]
    public async Task The_queue_takes_one_query_however_many_proposals_there_are()
    {
        var assessor = await StaffAccounts.CreateAsync(_database);
        await ProposedAsync(assessor, assessor, Now, "First");
        var moderator = TestUsers.With(Guid.NewGuid(), "Mo", null, PortalRole.Moderator);
        var counter = new CommandCounter();
        await QueueAsync(moderator, counter);
        var withOne = counter.Count;

        for (var n = 0; n < 6; n++) await ProposedAsync(assessor, assessor, Now.AddMinutes(-n), $"Candidate {n}");
        counter.Count = 0;
        var queue = await QueueAsync(moderator, counter);

        Assert.Equal(7, queue.Count);
        Assert.Equal((1, 1), (withOne, counter.Count));
    }

    private async Task<IReadOnlyList<ModerationQueue.Item>> QueueAsync(Abstractions.ICurrentUser user, CommandCounter? counter = null)
    {
        var builder = new DbContextOptionsBuilder<AoPortalDbContext>();
        await using var probe = _database.NewContext();
        builder.UseProvider(DatabaseProvider.Sqlite, probe.Database.GetConnectionString()!);
        if (counter is not null) builder.AddInterceptors(counter);
        await using var db = new AoPortalDbContext(builder.Options);
        return await new ModerationQueue.Handler(db, user).Handle(CancellationToken.None);
    }

    private async Task ProposedAsync(Guid assessorId, Guid proposedById, DateTime proposedAt, string lastName)
    {
        var candidate = await CandidateAsync(assessorId, CandidateStatus.RecommendationPending, lastName);
        await AddRecommendationAsync(candidate, RecommendationStatus.Proposed, proposedById, proposedAt);
    }

    private async Task<Guid> CandidateAsync(Guid assessorId, CandidateStatus status, string lastName)
    {
        var school = await new SchoolBuilder().SaveAsync(_database);
        var candidate = await new CandidateBuilder(school.Id).SaveAsync(_database);
        await using var db = _database.NewContext();
        await db.Candidates.Where(c => c.Id == candidate.Id).ExecuteUpdateAsync(set => set
            .SetProperty(c => c.AssessorId, assessorId).SetProperty(c => c.Status, status).SetProperty(c => c.LastName, lastName));
        return candidate.Id;
    }

    private async Task AddRecommendationAsync(Guid candidateId, RecommendationStatus status, Guid? proposedById, DateTime proposedAt)
    {
        var recommendation = Recommendation.Start(candidateId, Now);
        await using var db = _database.NewContext();
        db.Recommendations.Add(recommendation);
        await db.SaveChangesAsync();
        await db.Recommendations.Where(r => r.Id == recommendation.Id).ExecuteUpdateAsync(set => set
            .SetProperty(r => r.Status, status).SetProperty(r => r.Outcome, RecommendationOutcome.Recommend)
            .SetProperty(r => r.ProposedById, proposedById).SetProperty(r => r.ProposedByName, "Sam Assessor").SetProperty(r => r.ProposedAt, proposedAt));
    }
}
