using AoPortal.Application.Features.Evidence;
using AoPortal.Application.Tests.Support;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Common;
using AoPortal.Domain.Evidence;
using AoPortal.Domain.Users;
using AoPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Application.Tests.Evidence;

/// <summary>The review queue: the assessor's own candidates' items awaiting review and past the scan, newest first, in one query.</summary>
public sealed class ReviewQueueTests : IDisposable
{
    private static readonly DateTime Now = FakeTimeProvider.DefaultNow.UtcDateTime;
    private static readonly DateOnly Today = DateOnly.FromDateTime(Now);
    private readonly SqliteTestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task An_assessor_sees_their_candidates_visible_items_newest_first()
    {
        var assessorId = await AssessorAsync();
        var mine = await CandidateAsync(assessorId);
        var notMine = await CandidateAsync(await AssessorAsync());
        await AddAsync(mine, "Older", Now.AddHours(-3));
        await AddAsync(mine, "Newest", Now.AddHours(-1));
        await AddAsync(mine, "Middle", Now.AddHours(-2));
        await AddAsync(mine, "Unscanned", Now, scanned: false);
        await AddAsync(mine, "Accepted", Now, accept: true);
        await AddAsync(notMine, "Someone else's", Now);

        var queue = await QueueAsync(TestUsers.With(assessorId, "Sam Assessor", null, PortalRole.Assessor));

        Assert.Equal(["Newest", "Middle", "Older"], queue.Select(i => i.Title));
        Assert.All(queue, i => Assert.Equal((mine.Id, "Ada Lovelace", 1), (i.CandidateId, i.CandidateName, i.VersionNumber)));
    }

    [Fact]
    public async Task Admins_and_moderators_see_every_candidates_items_and_others_none()
    {
        var first = await CandidateAsync(await AssessorAsync());
        var second = await CandidateAsync(null);
        await AddAsync(first, "First", Now.AddHours(-1));
        await AddAsync(second, "Second", Now);

        Assert.Equal(["Second", "First"], (await QueueAsync(TestUsers.Admin())).Select(i => i.Title));
        Assert.Equal(["Second", "First"], (await QueueAsync(TestUsers.With(Guid.NewGuid(), "Mo Moderator", null, PortalRole.Moderator))).Select(i => i.Title));
        Assert.Empty(await QueueAsync(TestUsers.Assessor()));
        Assert.Empty(await QueueAsync(TestUsers.SchoolLead(Guid.NewGuid())));
    }

    [Fact]
    public async Task The_queue_takes_one_query_however_many_items_there_are()
    {
        var assessorId = await AssessorAsync();
        var assessor = TestUsers.With(assessorId, "Sam Assessor", null, PortalRole.Assessor);
        var first = await CandidateAsync(assessorId);
        await AddAsync(first, "One", Now);
        var counter = new CommandCounter();
        await QueueAsync(assessor, counter);
        var withOne = counter.Count;

        for (var n = 0; n < 5; n++) await AddAsync(await CandidateAsync(assessorId), $"Item {n}", Now.AddMinutes(-n));
        counter.Count = 0;
        var queue = await QueueAsync(assessor, counter);

        Assert.Equal(6, queue.Count);
        Assert.Equal((1, 1), (withOne, counter.Count));
    }

    [Fact]
    public async Task The_count_is_the_queue_s_length_counted_by_the_database()
    {
        var assessorId = await AssessorAsync();
        var assessor = TestUsers.With(assessorId, "Sam Assessor", null, PortalRole.Assessor);
        var mine = await CandidateAsync(assessorId);
        await AddAsync(mine, "Visible", Now);
        await AddAsync(mine, "Unscanned", Now, scanned: false);
        await AddAsync(mine, "Accepted", Now, accept: true);
        // The first version passed the scan, the second (the latest) has not yet: out of the queue until it does.
        await AddAsync(mine, "Second version unscanned", Now, secondVersionScanned: false);
        await AddAsync(mine, "Second version scanned", Now, secondVersionScanned: true);
        await AddAsync(await CandidateAsync(await AssessorAsync()), "Someone else's", Now);

        foreach (var user in new[] { assessor, TestUsers.Admin(), TestUsers.SchoolLead(Guid.NewGuid()) })
        {
            await using var db = _database.NewContext();
            Assert.Equal((await QueueAsync(user)).Count, await new ReviewQueue.Handler(db, user).CountAsync(CancellationToken.None));
        }

        Assert.Equal(["Second version scanned", "Visible"], (await QueueAsync(assessor)).Select(i => i.Title).Order());
    }

    private async Task<IReadOnlyList<ReviewQueue.Item>> QueueAsync(Abstractions.ICurrentUser user, CommandCounter? counter = null)
    {
        var builder = new DbContextOptionsBuilder<AoPortalDbContext>();
        await using var probe = _database.NewContext();
        builder.UseProvider(DatabaseProvider.Sqlite, probe.Database.GetConnectionString()!);
        if (counter is not null) builder.AddInterceptors(counter);
        await using var db = new AoPortalDbContext(builder.Options);
        return await new ReviewQueue.Handler(db, user).Handle(CancellationToken.None);
    }

    private Task<Guid> AssessorAsync() => StaffAccounts.CreateAsync(_database);

    private async Task<Candidate> CandidateAsync(Guid? assessorId)
    {
        var school = await new SchoolBuilder().SaveAsync(_database);
        var candidate = await new CandidateBuilder(school.Id).SaveAsync(_database);
        if (assessorId is { } id)
        {
            await using var db = _database.NewContext();
            await db.Candidates.Where(c => c.Id == candidate.Id).ExecuteUpdateAsync(set => set.SetProperty(c => c.AssessorId, id));
        }

        return candidate;
    }

    private async Task AddAsync(Candidate candidate, string title, DateTime submittedAt, bool scanned = true, bool accept = false, bool? secondVersionScanned = null)
    {
        var file = NewFile();
        var (item, audit) = EvidenceItem.Add(candidate.Id, EvidenceKind.LessonPlan, title, Today.AddDays(-1), null, null, ["TS4"], true,
            [file], null, new Actor(candidate.UserId, candidate.FullName), submittedAt, Today);
        if (scanned) item.RecordScan(file.Id, ScanResult.Clean);
        if (accept) item.Accept(new Actor(null, "Sam Assessor"), Now);
        if (secondVersionScanned is { } secondScanned)
        {
            item.RequestMore("Add the annotated plan", null, new Actor(null, "Sam Assessor"), Now, Today);
            var second = NewFile();
            item.AddVersion([second], null, "Annotated", new Actor(candidate.UserId, candidate.FullName), submittedAt);
            if (secondScanned) item.RecordScan(second.Id, ScanResult.Clean);
        }

        await using var db = _database.NewContext();
        db.EvidenceItems.Add(item);
        db.AuditEntries.Add(audit);
        await db.SaveChangesAsync();
    }

    private static EvidenceFile NewFile() => new(Guid.NewGuid().ToString("N"), "plan.pdf", "application/pdf", 4096, new string('e', 64));
}
