using AoPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Infrastructure.Tests;

/// <summary>
/// Each provider's migrations must describe the current model, and the two providers must keep the same migrations
/// (every schema change adds a migration to both projects, with the same name).
/// </summary>
public sealed class PendingModelChangesTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.AllProviders), MemberType = typeof(TestDatabases))]
    public void The_model_has_no_changes_missing_from_the_migrations(DatabaseProvider provider)
    {
        using var context = TestDatabases.CreateOffline(provider);

        Assert.False(
            context.Database.HasPendingModelChanges(),
            $"The model has changes that no {provider} migration captures. Add a migration to BOTH migrations projects, with the same name.");
    }

    [Theory]
    [MemberData(nameof(TestDatabases.AllProviders), MemberType = typeof(TestDatabases))]
    public void The_migrations_assembly_contains_the_initial_migration(DatabaseProvider provider)
    {
        using var context = TestDatabases.CreateOffline(provider);

        var migrations = context.Database.GetMigrations().ToList();

        Assert.Contains(migrations, id => id.EndsWith("_Initial", StringComparison.Ordinal));
    }

    [Fact]
    public void Both_providers_have_the_same_migration_names_in_the_same_order()
    {
        var sqlite = MigrationNames(DatabaseProvider.Sqlite);
        var sqlServer = MigrationNames(DatabaseProvider.SqlServer);

        Assert.True(
            sqlite.SequenceEqual(sqlServer, StringComparer.Ordinal),
            $"SQLite migrations: [{string.Join(", ", sqlite)}]; SQL Server migrations: [{string.Join(", ", sqlServer)}]. "
            + "Every schema change needs a migration in both projects, with the same name.");
    }

    /// <summary>A migration's id is "yyyyMMddHHmmss_Name"; the names, in the order the migrations apply.</summary>
    private static List<string> MigrationNames(DatabaseProvider provider)
    {
        using var context = TestDatabases.CreateOffline(provider);
        return context.Database.GetMigrations()
            .Select(id => id[(id.IndexOf('_', StringComparison.Ordinal) + 1)..])
            .ToList();
    }
}
