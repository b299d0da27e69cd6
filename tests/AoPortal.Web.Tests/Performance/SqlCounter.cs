using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AoPortal.Web.Tests.Performance;

/// <summary>
/// Counts the commands of the request being measured only: the tally travels in an <see cref="AsyncLocal{T}"/> that the
/// test sets before its GET and the test server carries into the request (PreserveExecutionContext), so the hosted
/// services (outbox, reminders, rescans), which started before any tally was set, are never counted.
/// </summary>
public sealed class SqlCounter : DbCommandInterceptor, IDbConnectionInterceptor
{
    private static readonly AsyncLocal<SqlTally?> Current = new();

    /// <summary>Starts a tally for the work that follows in the caller's async flow; the caller ends it with <see cref="Stop"/>.</summary>
    public static SqlTally Start() => Current.Value = new SqlTally();

    public static void Stop() => Current.Value = null;

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Current.Value?.Command(synchronous: true);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Current.Value?.Command(synchronous: false);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Current.Value?.Command(synchronous: true);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Current.Value?.Command(synchronous: false);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Current.Value?.Command(synchronous: true);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Current.Value?.Command(synchronous: false);
        return ValueTask.FromResult(result);
    }

    public void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Current.Value?.Opened();

    public Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Current.Value?.Opened();
        return Task.CompletedTask;
    }

    /// <summary>Every reader EF opens is disposed once, whether read to the end or not, with the number of rows read from it.</summary>
    public override InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        Current.Value?.Read(eventData.ReadCount, command.CommandText);
        return result;
    }
}
