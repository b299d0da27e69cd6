using AoPortal.Application.Abstractions;
using Microsoft.Extensions.Caching.Memory;

namespace AoPortal.Infrastructure.Caching;

/// <summary>
/// <see cref="IUnreadNotificationCounts"/> in this process's memory: one entry per person, holding the generation of their
/// notifications in <see cref="NotificationChanges"/>, kept for at most <see cref="ProgressCache.Lifetime"/> (a
/// notification added by another instance of the portal).
/// </summary>
public sealed class UnreadNotificationCounts(IMemoryCache cache, NotificationChanges changes) : IUnreadNotificationCounts
{
    public Task<int> GetOrCountAsync(Guid userId, Func<CancellationToken, Task<int>> count, CancellationToken cancellationToken) =>
        cache.GetOrWorkOutAsync((typeof(UnreadNotificationCounts), userId), changes.GenerationOf(userId), ProgressCache.Lifetime, count, cancellationToken);

    public void MarkedRead(Guid userId) => changes.MarkedRead(userId);
}
