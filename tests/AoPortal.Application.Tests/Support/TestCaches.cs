using AoPortal.Infrastructure.Caching;
using Microsoft.Extensions.Caching.Memory;

namespace AoPortal.Application.Tests.Support;

/// <summary>The portal's own <see cref="ProgressCache"/>, empty, for handlers that keep what they work out in it.</summary>
public static class TestCaches
{
    public static ProgressCache Progress(TimeProvider clock) => new(new MemoryCache(new MemoryCacheOptions()), new ProgressChanges(), clock);
}
