using AoPortal.Domain.Candidates;
using AoPortal.Domain.Schools;
using AoPortal.Infrastructure.Caching;
using AoPortal.Infrastructure.Identity;
using AoPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace AoPortal.Infrastructure.Tests.Caching;

/// <summary>
/// A cached read model is worked out again once a change to candidates' progress is committed, never before the commit
/// and never for changes to anything else, and again when the UK day turns.
/// </summary>
public sealed class ProgressCacheTests : IDisposable
{
    private static readonly DateTime Now = new(2026, 11, 22, 10, 0, 0, DateTimeKind.Utc);

    private readonly TempSqliteDatabase _database = TestDatabases.CreateMigratedSqliteFile();
    private readonly ProgressChanges _changes = new();
    private readonly MovableClock _clock = new(Now);
    private readonly ProgressCache _cache;
    private int _workedOut;

    public ProgressCacheTests() => _cache = new ProgressCache(new MemoryCache(new MemoryCacheOptions()), _changes, _clock);

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task A_read_model_is_kept_while_nothing_changes()
    {
        Assert.Equal(1, await ReadAsync());
        Assert.Equal(1, await ReadAsync());
        Assert.Equal(1, _workedOut);
    }

    [Fact]
    public async Task A_saved_change_to_a_candidate_has_it_worked_out_again()
    {
        await ReadAsync();
        await AddCandidateAsync();

        Assert.Equal(2, await ReadAsync());
        Assert.Equal(1, _changes.Generation);
    }

    [Fact]
    public async Task A_change_to_a_candidate_inside_a_transaction_counts_at_the_commit_and_not_before()
    {
        await ReadAsync();
        await using var db = Context();

        await db.InTransactionAsync(async ct =>
        {
            AddNewCandidate(db);
            await db.SaveChangesAsync(ct);
            Assert.Equal(0, _changes.Generation);
            Assert.Equal(1, await ReadAsync());
        }, CancellationToken.None);

        Assert.Equal(1, _changes.Generation);
        Assert.Equal(2, await ReadAsync());
    }

    [Fact]
    public async Task A_change_rolled_back_does_not_count()
    {
        await using var db = Context();

        await Assert.ThrowsAsync<InvalidOperationException>(() => db.InTransactionAsync(async ct =>
        {
            AddNewCandidate(db);
            await db.SaveChangesAsync(ct);
            throw new InvalidOperationException("Something later in the same change failed");
        }, CancellationToken.None));

        Assert.Equal(0, _changes.Generation);
    }

    [Fact]
    public async Task A_change_to_something_other_than_progress_does_not_count()
    {
        await using var db = Context();
        db.Schools.Add(School.Create(new SchoolDetails("123456", "Hillside Primary", SchoolPhase.Primary, "Leeds", "LS1 1AA", "England")));
        await db.SaveChangesAsync();

        Assert.Equal(0, _changes.Generation);
    }

    [Fact]
    public async Task A_new_day_has_it_worked_out_again()
    {
        await ReadAsync();
        _clock.Now = Now.AddDays(1);

        await ReadAsync();

        Assert.Equal(2, _workedOut);
    }

    /// <summary>The read model here: how many times it has been worked out, counting this one.</summary>
    private Task<int> ReadAsync() => _cache.GetOrAddAsync("test", _ => Task.FromResult(++_workedOut), CancellationToken.None);

    private async Task AddCandidateAsync()
    {
        await using var db = Context();
        AddNewCandidate(db);
        await db.SaveChangesAsync();
    }

    /// <summary>A candidate who has just registered, with their account.</summary>
    private static void AddNewCandidate(AoPortalDbContext db)
    {
        var email = $"ada.{Guid.NewGuid():N}@example.com";
        var account = new ApplicationUser { Id = Guid.NewGuid(), UserName = email, Email = email, DisplayName = "Ada Lovelace", CreatedAt = Now };
        db.Users.Add(account);
        db.Candidates.Add(Candidate.Register(account.Id, "Ada", "Lovelace", email, Now).Candidate);
    }

    private AoPortalDbContext Context() => _database.CreateContext(_changes);

    private sealed class MovableClock(DateTime now) : TimeProvider
    {
        public DateTime Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
