using AoPortal.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AoPortal.Infrastructure.Persistence;

/// <summary>Start-up work on the database: migrations where configured, then demo data where allowed.</summary>
public static class DatabaseInitializer
{
    public static async Task InitialiseDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var logger = provider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseInitializer));
        var options = provider.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        var db = provider.GetRequiredService<AoPortalDbContext>();

        if (options.ShouldMigrateOnStartup)
        {
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count > 0)
            {
                logger.LogInformation("Applying {Count} migrations to the {Provider} database", pending.Count, options.Provider);
                await db.Database.MigrateAsync(cancellationToken);
            }
        }

        var demo = provider.GetRequiredService<IOptions<DemoOptions>>().Value;
        if (!demo.Seed) return;
        if (provider.GetRequiredService<IHostEnvironment>().IsProduction())
        {
            logger.LogWarning("Demo:Seed is set but the environment is Production: demo data is never seeded there");
            return;
        }

        await provider.GetRequiredService<DemoDataSeeder>().SeedAsync(cancellationToken);
    }
}
