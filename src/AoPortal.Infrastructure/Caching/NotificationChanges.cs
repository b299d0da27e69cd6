using AoPortal.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Infrastructure.Caching;

/// <summary>
/// Counts the committed changes to each person's notifications, for <see cref="UnreadNotificationCounts"/>: the generation
/// of a person's id advances when a save adding, changing or removing one of their notifications is committed, or when
/// their notifications are marked read in bulk (<see cref="MarkedRead"/>), which the change tracker does not see.
/// </summary>
public sealed class NotificationChanges : CommittedChanges
{
    protected override IEnumerable<object> KeysChangedIn(DbContext context) =>
        context.ChangeTracker.Entries<Notification>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => (object)e.Entity.UserId)
            .Distinct();

    public void MarkedRead(Guid userId) => Advance(userId);
}
