using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace AoPortal.Infrastructure.Persistence;

/// <summary>
/// Puts a SQLite database file into write-ahead-log mode (ADR-014): readers no longer block a writer's commit nor a writer
/// them, and a commit needs one sync instead of several. The mode is stored in the file, so this is done once at start;
/// it does nothing for SQL Server, for a database that does not exist yet, or for an in-memory database.
/// </summary>
public static class SqliteJournalMode
{
    public const string WriteAheadLog = "wal";

    /// <summary>Switches an existing SQLite file to WAL (a no-op when it already is) and returns the journal mode it is in now, or null if there was nothing to switch.</summary>
    public static async Task<string?> UseWriteAheadLogAsync(DbContext db, CancellationToken cancellationToken = default)
    {
        if (!db.Database.IsSqlite()) return null;
        if (!await db.GetService<IRelationalDatabaseCreator>().ExistsAsync(cancellationToken)) return null;
        return await ExecutePragmaAsync(db, $"PRAGMA journal_mode = {WriteAheadLog};", cancellationToken);
    }

    /// <summary>The journal mode of the context's SQLite database ("wal", "delete", "memory"...).</summary>
    public static Task<string?> CurrentAsync(DbContext db, CancellationToken cancellationToken = default) =>
        ExecutePragmaAsync(db, "PRAGMA journal_mode;", cancellationToken);

    private static async Task<string?> ExecutePragmaAsync(DbContext db, string pragma, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = pragma;
            return (await command.ExecuteScalarAsync(cancellationToken))?.ToString();
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
