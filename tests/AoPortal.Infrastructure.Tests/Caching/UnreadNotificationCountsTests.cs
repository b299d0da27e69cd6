using AoPortal.Domain.Notifications;
using AoPortal.Infrastructure.Caching;
using AoPortal.Infrastructure.Identity;
using AoPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace AoPortal.Infrastructure.Tests.Caching;

/// <summary>
/// A person's unread count is counted again once one of their notifications is added or marked read, and the change
/// committed; never for someone else's, and never for a change rolled back.
/// </summary>
public sealed class UnreadNotificationCountsTests : IDisposable
{
    private static readonly DateTime Now = new(2026, 11, 23, 10, 0, 0, DateTimeKind.Utc);

    private readonly TempSqliteDatabase _database = TestDatabases.CreateMigratedSqliteFile();
    private readonly NotificationChanges _changes = new();
    private readonly UnreadNotificationCounts _counts;
    private readonly Guid _ada;
    private readonly Guid _grace;
    private int _counted;

    public UnreadNotificationCountsTests()
    {
        _counts = new UnreadNotificationCounts(new MemoryCache(new MemoryCacheOptions()), _changes);
        using var db = Context();
        _ada = AddAccount(db, "ada");
        _grace = AddAccount(db, "grace");
        db.SaveChanges();
    }

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task A_count_is_kept_while_the_persons_notifications_do_not_change()
    {
        Assert.Equal(0, await CountAsync(_ada));
        Assert.Equal(0, await CountAsync(_ada));
        Assert.Equal(1, _counted);
    }

    [Fact]
    public async Task A_new_notification_for_the_person_is_counted_on_the_next_read()
    {
        await CountAsync(_ada);

        await NotifyAsync(_ada);

        Assert.Equal(1, await CountAsync(_ada));
        Assert.Equal(2, _counted);
    }

    [Fact]
    public async Task A_new_notification_for_someone_else_leaves_the_persons_count_alone()
    {
        await CountAsync(_ada);

        await NotifyAsync(_grace);
        await CountAsync(_ada);

        Assert.Equal(1, _counted);
        Assert.Equal(1, _changes.GenerationOf(_grace));
        Assert.Equal(0, _changes.GenerationOf(_ada));
    }

    [Fact]
    public async Task A_notification_saved_inside_a_transaction_counts_at_the_commit_and_one_rolled_back_never()
    {
        await using var db = Context();
        await db.InTransactionAsync(async ct =>
        {
            db.Notifications.Add(Notification.Notice(_ada, "Your plan is ready", "", null, Now));
            await db.SaveChangesAsync(ct);
            Assert.Equal(0, _changes.GenerationOf(_ada));
        }, CancellationToken.None);
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.InTransactionAsync(async ct =>
        {
            db.Notifications.Add(Notification.Notice(_grace, "Your plan is ready", "", null, Now));
            await db.SaveChangesAsync(ct);
            throw new InvalidOperationException("Something later in the same change failed");
        }, CancellationToken.None));

        Assert.Equal(1, _changes.GenerationOf(_ada));
        Assert.Equal(0, _changes.GenerationOf(_grace));
    }

    [Fact]
    public async Task Notifications_marked_read_in_bulk_are_counted_again()
    {
        await NotifyAsync(_ada);
        Assert.Equal(1, await CountAsync(_ada));
        await using (var db = Context())
        {
            await db.Notifications.Where(n => n.UserId == _ada).ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, Now));
        }

        _counts.MarkedRead(_ada);

        Assert.Equal(0, await CountAsync(_ada));
    }

    private async Task<int> CountAsync(Guid userId) =>
        await _counts.GetOrCountAsync(userId, async ct =>
        {
            _counted++;
            await using var db = Context();
            return await db.Notifications.CountAsync(n => n.UserId == userId && n.ReadAt == null, ct);
        }, CancellationToken.None);

    private async Task NotifyAsync(Guid userId)
    {
        await using var db = Context();
        db.Notifications.Add(Notification.Notice(userId, "Your plan is ready", "Your assessment for QTS has been planned.", null, Now));
        await db.SaveChangesAsync();
    }

    private static Guid AddAccount(AoPortalDbContext db, string name)
    {
        var email = $"{name}.{Guid.NewGuid():N}@example.com";
        var account = new ApplicationUser { Id = Guid.NewGuid(), UserName = email, Email = email, DisplayName = name, CreatedAt = Now };
        db.Users.Add(account);
        return account.Id;
    }

    private AoPortalDbContext Context() => _database.CreateContext(_changes);
}
