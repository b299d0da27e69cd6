using System.Collections.Concurrent;

namespace AoPortal.Web.Tests.Performance;

/// <summary>The SQL commands one request sent and the rows they read, and how many of the commands blocked a thread.</summary>
public sealed class SqlTally
{
    private readonly ConcurrentQueue<(int Rows, string Sql)> _reads = new();
    private int _commands;
    private int _synchronous;
    private int _connections;

    public int Commands => _commands;

    /// <summary>Commands run with EF's synchronous methods (ToList, SaveChanges...): blocking I/O on a request path.</summary>
    public int Synchronous => _synchronous;

    public long Rows => _reads.Sum(r => (long)r.Rows);

    /// <summary>How many times a database connection was opened: once a request, however many queries its page runs.</summary>
    public int Connections => _connections;

    internal void Opened() => Interlocked.Increment(ref _connections);

    internal void Command(bool synchronous)
    {
        Interlocked.Increment(ref _commands);
        if (synchronous) Interlocked.Increment(ref _synchronous);
    }

    /// <summary>Each reader's rows and SQL, most rows first: what to look at when a page reads too much.</summary>
    public IEnumerable<(int Rows, string Sql)> Reads => _reads.OrderByDescending(r => r.Rows);

    internal void Read(int rows, string sql) => _reads.Enqueue((rows, sql));
}
