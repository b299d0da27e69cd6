using AoPortal.Application.Abstractions;
using AoPortal.Application.Common;
using Microsoft.Extensions.Caching.Memory;

namespace AoPortal.Infrastructure.Caching;

/// <summary>
/// <see cref="IProgressCache"/> in this process's memory: one entry per key, holding the generation of
/// <see cref="ProgressChanges"/> and the UK day it was worked out for, and kept for at most <see cref="Lifetime"/>.
/// Two requests missing at once both work it out; the later simply replaces the earlier.
/// </summary>
public sealed class ProgressCache(IMemoryCache cache, ProgressChanges changes, TimeProvider clock) : IProgressCache
{
    /// <summary>How long another instance's change can take to show here: this instance sees only its own saves.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    private sealed record Entry(long Generation, DateOnly Day, object? Value);

    public async Task<T> GetOrAddAsync<T>(string key, Func<CancellationToken, Task<T>> workOut, CancellationToken cancellationToken)
    {
        // Read before the work: a change committed while it runs leaves this entry a generation behind, so the next read
        // works it out again.
        var generation = changes.Generation;
        var day = UkDate.Today(clock);
        var cacheKey = (typeof(ProgressCache), key);
        if (cache.TryGetValue(cacheKey, out Entry? entry) && entry!.Generation == generation && entry.Day == day) return (T)entry.Value!;

        var value = await workOut(cancellationToken);
        cache.Set(cacheKey, new Entry(generation, day, value), Lifetime);
        return value;
    }
}
