using Microsoft.Extensions.Caching.Memory;

namespace AoPortal.Infrastructure.Caching;

/// <summary>
/// A value kept in memory with the stamp it was worked out under (the generation of what it depends on, read before the
/// work, and anything else it depends on, such as the day). A read under another stamp works it out again; two reads
/// missing at once both do, and the later replaces the earlier.
/// </summary>
internal static class KeptValues
{
    private sealed record Entry(object Stamp, object? Value);

    public static async Task<T> GetOrWorkOutAsync<T>(this IMemoryCache cache, object key, object stamp, TimeSpan lifetime,
        Func<CancellationToken, Task<T>> workOut, CancellationToken cancellationToken)
    {
        if (cache.TryGetValue(key, out Entry? entry) && entry!.Stamp.Equals(stamp)) return (T)entry.Value!;

        var value = await workOut(cancellationToken);
        cache.Set(key, new Entry(stamp, value), lifetime);
        return value;
    }
}
