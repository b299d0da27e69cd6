using AoPortal.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AoPortal.Infrastructure.Persistence;

/// <summary>Start-up work on the database: migrations where configured, write-ahead logging and planner statistics for SQLite, then demo data where allowed.</summary>
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

        // SQLite: write-ahead logging, so concurrent requests do not block each other's reads and commits (ADR-014).
        // Stored in the file: a database made before this, or by another tool, is switched once here.
        var journalMode = await SqliteJournalMode.UseWriteAheadLogAsync(db, cancellationToken);
        if (journalMode is not null && journalMode != SqliteJournalMode.WriteAheadLog && journalMode != "memory")
        {
            logger.LogWarning("The SQLite database stays in journal mode {JournalMode}: write-ahead logging could not be switched on", journalMode);
        }

        var demo = provider.GetRequiredService<IOptions<DemoOptions>>().Value;
        if (demo.Seed && provider.GetRequiredService<IHostEnvironment>().IsProduction())
        {
            logger.LogWarning("Demo:Seed is set but the environment is Production: demo data is never seeded there");
        }
        else if (demo.Seed)
        {
            await provider.GetRequiredService<DemoDataSeeder>().SeedAsync(cancellationToken);
        }

        // Last, so the statistics describe the data as it stands, demo data included.
        if (journalMode is not null) await SqliteStatistics.RefreshAsync(db, cancellationToken);
    }
}
