using AoPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AoPortal.Infrastructure.Tests;

/// <summary>Builds <see cref="AoPortalDbContext"/> instances the way the app does, through <see cref="DatabaseProviderSetup.UseProvider"/>.</summary>
public static class TestDatabases
{
    /// <summary>Never connected to: the SQL Server checks here are all offline (no server can run on the build machines).</summary>
    public const string DummySqlServerConnectionString =
        "Server=localhost;Database=AoPortalOfflineTests;Integrated Security=true;TrustServerCertificate=true";

    /// <summary>Building the model for SQLite never opens this connection.</summary>
    public const string DummySqliteConnectionString = "Data Source=:memory:";

    public static readonly DatabaseProvider[] Providers = [DatabaseProvider.Sqlite, DatabaseProvider.SqlServer];

    public static TheoryData<DatabaseProvider> AllProviders => new(Providers);

    public static AoPortalDbContext Create(DatabaseProvider provider, string connectionString, params IInterceptor[] interceptors)
    {
        var options = new DbContextOptionsBuilder<AoPortalDbContext>();
        options.UseProvider(provider, connectionString).AddInterceptors(interceptors);
        return new AoPortalDbContext(options.Options);
    }

    /// <summary>A context for building the model or generating SQL, without a database behind it.</summary>
    public static AoPortalDbContext CreateOffline(DatabaseProvider provider) =>
        Create(provider, provider switch
        {
            DatabaseProvider.Sqlite => DummySqliteConnectionString,
            DatabaseProvider.SqlServer => DummySqlServerConnectionString,
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown provider"),
        });

    public static AoPortalDbContext CreateSqlServerOffline() => CreateOffline(DatabaseProvider.SqlServer);

    /// <summary>A new, empty SQLite file under the temp folder, deleted when disposed.</summary>
    public static TempSqliteDatabase CreateSqliteFile() => new();

    /// <summary>A SQLite file with every migration applied.</summary>
    public static TempSqliteDatabase CreateMigratedSqliteFile()
    {
        var database = new TempSqliteDatabase();
        try
        {
            using var context = database.CreateContext();
            context.Database.Migrate();
            return database;
        }
        catch
        {
            database.Dispose();
            throw;
        }
    }
}
