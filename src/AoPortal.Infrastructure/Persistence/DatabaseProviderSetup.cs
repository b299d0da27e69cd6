using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Infrastructure.Persistence;

/// <summary>Points the context at the configured provider and that provider's migrations assembly. Used at run time and by the design-time factories.</summary>
public static class DatabaseProviderSetup
{
    public const string SqliteMigrationsAssembly = "AoPortal.Migrations.Sqlite";
    public const string SqlServerMigrationsAssembly = "AoPortal.Migrations.SqlServer";

    public static DbContextOptionsBuilder UseProvider(this DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString) =>
        provider switch
        {
            // SQLite waits for a lock instead of failing at once (ADR-014); SaveChanges and InTransactionAsync begin
            // IMMEDIATE transactions (Microsoft.Data.Sqlite's default), so a waiting writer never deadlocks.
            DatabaseProvider.Sqlite => options
                .UseSqlite(connectionString, o => o.MigrationsAssembly(SqliteMigrationsAssembly))
                .AddInterceptors(SqliteBusyTimeout.Instance),
            DatabaseProvider.SqlServer => options.UseSqlServer(connectionString, o => o
                .MigrationsAssembly(SqlServerMigrationsAssembly)
                .EnableRetryOnFailure()),
            _ => throw new InvalidOperationException($"Unknown database provider {provider}."),
        };

    /// <summary>
    /// Makes a relative SQLite file path relative to the app's content root rather than the current directory,
    /// and creates its folder, so the database lands in the same place however the app is started.
    /// </summary>
    public static string ResolveSqlitePath(string connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource is "" or ":memory:" || builder.Mode == SqliteOpenMode.Memory) return connectionString;
        if (!Path.IsPathRooted(builder.DataSource)) builder.DataSource = Path.GetFullPath(Path.Combine(contentRoot, builder.DataSource));
        Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        return builder.ToString();
    }
}
