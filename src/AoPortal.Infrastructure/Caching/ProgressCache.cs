using AoPortal.Application.Abstractions;
using AoPortal.Application.Common;
using Microsoft.Extensions.Caching.Memory;

namespace AoPortal.Infrastructure.Caching;

/// <summary>
/// <see cref="IProgressCache"/> in this process's memory: one entry per key, holding the generation of
/// <see cref="ProgressChanges"/> and the UK day it was worked out for, and kept for at most <see cref="Lifetime"/>.
/// </summary>
public sealed class ProgressCache(IMemoryCache cache, ProgressChanges changes, TimeProvider clock) : IProgressCache
{
    /// <summary>How long another instance's change can take to show here: this instance sees only its own saves.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    public Task<T> GetOrAddAsync<T>(string key, Func<CancellationToken, Task<T>> workOut, CancellationToken cancellationToken) =>
        cache.GetOrWorkOutAsync((typeof(ProgressCache), key), (changes.Generation, UkDate.Today(clock)), Lifetime, workOut, cancellationToken);
}
