using AoPortal.Application.Abstractions;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Application.Features.Notifications;

/// <summary>
/// How many notifications the signed-in person has not seen, for the header on every page: one indexed count, kept until
/// their notifications change (<see cref="IUnreadNotificationCounts"/>).
/// </summary>
public static class UnreadNotifications
{
    public sealed class Handler(IAppDbContext db, ICurrentUser currentUser, IUnreadNotificationCounts counts)
    {
        public async Task<int> Handle(CancellationToken cancellationToken) =>
            currentUser.UserId is { } userId
                ? await counts.GetOrCountAsync(userId,
                    ct => db.Notifications.AsNoTracking().CountAsync(n => n.UserId == userId && n.ReadAt == null, ct), cancellationToken)
                : 0;
    }
}
