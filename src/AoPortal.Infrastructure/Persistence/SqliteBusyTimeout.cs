using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AoPortal.Infrastructure.Persistence;

/// <summary>
/// Makes every SQLite connection the context opens wait for a lock inside SQLite (its busy handler) instead of failing
/// with SQLITE_BUSY at once, for as long as the connection's command timeout (ADR-014).
/// </summary>
/// <remarks>
/// Microsoft.Data.Sqlite already retries a busy statement until the command timeout, but by sleeping 150 ms between
/// tries; SQLite's own busy handler retries within 1 to 100 ms, so a writer queued behind another one's millisecond commit
/// does not wait a fixed 150 ms. It is set with <c>sqlite3_busy_timeout</c>, a native call that runs no statement, so
/// doing it on every logical open (EF opens and closes the pooled connection around each query) costs nothing measurable.
/// SQLite only: <see cref="DatabaseProviderSetup.UseProvider"/> adds it for that provider alone.
/// </remarks>
public sealed class SqliteBusyTimeout : DbConnectionInterceptor
{
    /// <summary>Stateless, so one instance serves every context (and keeps EF's internal service provider cache at one entry).</summary>
    public static readonly SqliteBusyTimeout Instance = new();

    private SqliteBusyTimeout() { }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    /// <summary>The wait in milliseconds for a connection: its default command timeout (30 s unless configured; 0 = no limit).</summary>
    public static int MillisecondsFor(SqliteConnection connection) =>
        connection.DefaultTimeout <= 0 ? int.MaxValue : (int)Math.Min(int.MaxValue, connection.DefaultTimeout * 1000L);

    private static void Apply(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle } sqlite)
        {
            SQLitePCL.raw.sqlite3_busy_timeout(handle, MillisecondsFor(sqlite));
        }
    }
}
