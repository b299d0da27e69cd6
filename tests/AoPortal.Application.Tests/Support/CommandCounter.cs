using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AoPortal.Application.Tests.Support;

/// <summary>Counts the SQL commands that read rows, for tests that hold a page to a fixed number of queries.</summary>
public sealed class CommandCounter : DbCommandInterceptor
{
    public int Count { get; set; }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Count++;
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }
}
