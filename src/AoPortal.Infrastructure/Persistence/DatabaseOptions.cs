namespace AoPortal.Infrastructure.Persistence;

/// <summary>Settings under "Database".</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";
    public const string ConnectionStringName = "AoPortal";
    public const string DefaultSqliteConnectionString = "Data Source=App_Data/aoportal.db";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Apply pending migrations at start-up. SQLite always does; for SQL Server it is opt-in (see docs/operations.md).</summary>
    public bool MigrateOnStartup { get; set; }

    public bool ShouldMigrateOnStartup => Provider == DatabaseProvider.Sqlite || MigrateOnStartup;
}
