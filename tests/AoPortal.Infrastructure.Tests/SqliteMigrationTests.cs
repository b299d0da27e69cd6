using AoPortal.Infrastructure.Identity;
using AoPortal.Infrastructure.Persistence;
using AoPortal.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Infrastructure.Tests;

/// <summary>The SQLite migrations build the whole schema on a real database file, with the roles seeded.</summary>
public sealed class SqliteMigrationTests : IDisposable
{
    private readonly TempSqliteDatabase _database = TestDatabases.CreateSqliteFile();

    public void Dispose() => _database.Dispose();

    [Fact]
    public void Migrating_an_empty_file_leaves_no_migration_pending()
    {
        using (var context = _database.CreateContext()) context.Database.Migrate();

        using var check = _database.CreateContext();
        Assert.Empty(check.Database.GetPendingMigrations());
        Assert.Equal(check.Database.GetMigrations(), check.Database.GetAppliedMigrations());
    }

    [Fact]
    public void Migrating_creates_a_table_for_every_entity_type_in_the_model()
    {
        using (var context = _database.CreateContext()) context.Database.Migrate();

        using var check = _database.CreateContext();
        var expected = ModelTables(check);
        var actual = SqliteTables(check);

        var missing = expected.Except(actual, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0, $"Tables in the model but not in the migrated database: {string.Join(", ", missing)}");
        Assert.Contains("Schools", actual);
        Assert.Contains("Candidates", actual);
        Assert.Contains("AuditEntries", actual);
        Assert.Contains("AspNetUsers", actual);
    }

    [Fact]
    public void Migrating_seeds_the_five_portal_roles()
    {
        using (var context = _database.CreateContext()) context.Database.Migrate();

        using var check = _database.CreateContext();
        var roles = check.Roles.AsNoTracking().OrderBy(r => r.Name).ToList();

        Assert.Equal(
            new[] { "Admin", "Assessor", "Candidate", "Moderator", "SchoolLead" },
            roles.Select(r => r.Name).ToArray());
        Assert.All(roles, r => Assert.Equal(r.Name!.ToUpperInvariant(), r.NormalizedName));
        foreach (var (role, id) in PortalRoleNames.RoleIds)
        {
            Assert.Equal(id, Assert.Single(roles, r => r.Name == role.ToString()).Id);
        }
        Assert.Equal(Enum.GetValues<PortalRole>().Length, roles.Count);
    }

    private static HashSet<string> ModelTables(AoPortalDbContext context) =>
        context.Model.GetEntityTypes()
            .Select(e => e.GetTableName())
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);

    private static HashSet<string> SqliteTables(AoPortalDbContext context)
    {
        var connection = context.Database.GetDbConnection();
        context.Database.OpenConnection();
        try
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
            using var reader = command.ExecuteReader();
            var tables = new HashSet<string>(StringComparer.Ordinal);
            while (reader.Read()) tables.Add(reader.GetString(0));
            return tables;
        }
        finally
        {
            context.Database.CloseConnection();
        }
    }
}
