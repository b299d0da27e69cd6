using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Infrastructure.Persistence;

/// <summary>
/// Lines up this process's SQLite write transactions so that each begins as soon as the one before it ends (ADR-020).
/// Without it, writers waiting for SQLite's one write lock each poll it with the busy handler (ADR-014), asleep on a
/// thread for up to 100 ms between tries: when the thread pool has grown, as it does on a busy day, many writers race
/// for the lock and the unlucky ones lose again and again. Here they wait in turn, without holding a thread.
/// </summary>
/// <remarks>
/// An ordering, not the lock: SQLite's own lock still decides, and the busy handler still waits for writers in other
/// processes and for writes made outside a turn (a single bulk update). A writer that cannot have its turn within the
/// connection's command timeout goes ahead without it and waits on SQLite as before, so nothing can wait here forever.
/// One queue per database file; none for in-memory databases (each connection has its own) or for SQL Server.
/// </remarks>
public static class SqliteWriterQueue
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim?> Queues = new(StringComparer.Ordinal);

    /// <summary>Waits for the context's turn to write; dispose the turn when its transaction has ended.</summary>
    public static async ValueTask<Turn> WaitTurnAsync(DbContext context, CancellationToken cancellationToken)
    {
        if (context.Database.GetDbConnection() is not SqliteConnection connection) return default;
        var queue = Queues.GetOrAdd(connection.ConnectionString, QueueFor);
        if (queue is null) return default;
        return await queue.WaitAsync(SqliteBusyTimeout.MillisecondsFor(connection), cancellationToken) ? new Turn(queue) : default;
    }

    private static SemaphoreSlim? QueueFor(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        return builder.DataSource is "" or ":memory:" || builder.Mode == SqliteOpenMode.Memory ? null : new SemaphoreSlim(1, 1);
    }

    /// <summary>A writer's turn (or none, when there is no queue or the wait ran out); disposing it lets the next writer in.</summary>
    public readonly struct Turn(SemaphoreSlim? queue) : IDisposable
    {
        public void Dispose() => queue?.Release();
    }
}
