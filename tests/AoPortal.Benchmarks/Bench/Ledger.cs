using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.Data.Sqlite;

namespace AoPortal.Benchmarks.Bench;

public enum WriteKind
{
    Observation,
    Evidence,
    Reflection,
    SignIn,
}

/// <summary>
/// Every write the load run sends, with its answer and time; afterwards, <see cref="Check"/> looks for each served write
/// in the database (and its files in the uploads folder) straight through SQLite, not through the portal.
/// </summary>
public sealed class Ledger(Workbench bench)
{
    private readonly ConcurrentQueue<Entry> _entries = new();
    private long _signInsBefore;

    /// <summary>One write: its kind, what identifies it (an observation's focus, an evidence title, a reflection's text, an email), and its answer.</summary>
    private sealed record Entry(WriteKind Kind, string Key, string? Subject, WriteOutcome Outcome, TimeSpan Elapsed, long Sequence);

    /// <summary>Notes what is already there before the clients start (the sessions' own sign-ins).</summary>
    public void Start() => _signInsBefore = Scalar("SELECT COUNT(*) FROM AuditEntries WHERE Action = 'Signed in'");

    public async Task<bool> RecordAsync(WriteKind kind, Func<Task<WriteOutcome>> write, string key, string? subject = null)
    {
        var clock = Stopwatch.StartNew();
        WriteOutcome outcome;
        try
        {
            outcome = await write();
        }
        catch (HttpRequestException)
        {
            outcome = new WriteOutcome(false, null, 0);
        }

        _entries.Enqueue(new Entry(kind, key, subject, outcome, clock.Elapsed, Stopwatch.GetTimestamp()));
        return outcome.Served;
    }

    public LoadCheck Check(TimeSpan elapsed)
    {
        var entries = _entries.ToList();
        var kinds = Enum.GetValues<WriteKind>().Select(kind =>
        {
            var mine = entries.Where(e => e.Kind == kind).ToList();
            var served = mine.Where(e => e.Outcome.Served).ToList();
            return new KindResult(kind, mine.Count, served.Count, mine.Count(e => (int)e.Outcome.Status >= 500 || e.Outcome.Status == 0),
                Measurement.Of(mine.Select(e => new Sample(e.Elapsed, e.Outcome.Served)).ToList(), elapsed), Missing(kind, mine, served));
        }).ToList();
        return new LoadCheck(kinds, Directory.Exists(bench.Uploads) ? Directory.GetFiles(bench.Uploads).Length : 0);
    }

    /// <summary>How many served writes of the kind are not in the database (or whose files are not in the uploads folder).</summary>
    private int Missing(WriteKind kind, List<Entry> all, List<Entry> served) => kind switch
    {
        WriteKind.Observation => served.Count(e => Scalar("SELECT COUNT(*) FROM AssessmentRecords WHERE Content ->> '$.Lesson.Focus' = @key", e.Key) != 1),
        WriteKind.Evidence => served.Count(e => !EvidenceStored(e.Key)),
        // Each client reflects on a record of its own, so the record holds the client's last served text (or a later attempt's,
        // if one was stored though its answer was lost).
        WriteKind.Reflection => served.GroupBy(e => e.Subject!).Count(g =>
        {
            var last = g.MaxBy(e => e.Sequence)!;
            var stored = Text("SELECT Reflection FROM AssessmentRecords WHERE Id = upper(@key)", g.Key);
            return !all.Any(e => e.Subject == g.Key && e.Sequence >= last.Sequence && e.Key == stored);
        }),
        WriteKind.SignIn => (int)Math.Max(0, served.Count - (Scalar("SELECT COUNT(*) FROM AuditEntries WHERE Action = 'Signed in'") - _signInsBefore)),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>The item is stored once, and each of its files exists in the uploads folder with the size recorded.</summary>
    private bool EvidenceStored(string title)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT f.value ->> 'StoredName', f.value ->> 'Size', (SELECT COUNT(*) FROM EvidenceItems WHERE Title = @key)
            FROM EvidenceItems e, json_each(e.Versions) v, json_each(v.value -> 'Files') f WHERE e.Title = @key
            """;
        command.Parameters.AddWithValue("@key", title);
        using var reader = command.ExecuteReader();
        var files = 0;
        while (reader.Read())
        {
            files++;
            var path = Path.Combine(bench.Uploads, reader.GetString(0));
            if (reader.GetInt64(2) != 1 || !File.Exists(path) || new FileInfo(path).Length != reader.GetInt64(1)) return false;
        }

        return files > 0;
    }

    private long Scalar(string sql, string? key = null) => Convert.ToInt64(Query(sql, key), CultureInfo.InvariantCulture);

    private string? Text(string sql, string key) => Query(sql, key) as string;

    private object? Query(string sql, string? key)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("@key", (object?)key ?? DBNull.Value);
        return command.ExecuteScalar();
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = bench.Database, Mode = SqliteOpenMode.ReadOnly }.ToString());
        connection.Open();
        return connection;
    }
}

public sealed record KindResult(WriteKind Kind, int Sent, int Served, int ServerErrors, Measurement Latency, int Missing);

/// <summary>The load run's outcome: per kind of write, how many were sent, served, failed with a server error, and lost.</summary>
public sealed record LoadCheck(IReadOnlyList<KindResult> Kinds, int FilesInStore)
{
    public int Lost => Kinds.Sum(k => k.Missing);
    public int ServerErrors => Kinds.Sum(k => k.ServerErrors);
    public bool Passed => Lost == 0 && ServerErrors == 0;

    public string Markdown(string machine, int clients, TimeSpan duration)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Measured {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC on {machine}: {clients} clients writing at once for {duration.TotalSeconds:0} s, a quarter of them each kind.");
        text.AppendLine();
        text.AppendLine("| write | sent | served | refused | server errors | lost | p50 ms | p95 ms | p99 ms |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var k in Kinds)
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {Describe(k.Kind)} | {k.Sent} | {k.Served} | {k.Sent - k.Served - k.ServerErrors} | {k.ServerErrors} | {k.Missing} | {k.Latency.P50:0} | {k.Latency.P95:0} | {k.Latency.P99:0} |");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture,
            $"{(Passed ? "**Nothing lost:**" : "**Writes lost or failed:**")} {Kinds.Sum(k => k.Served):N0} writes served, {Lost} of them missing from the database or the uploads folder, {ServerErrors} server errors; {FilesInStore:N0} files in the uploads folder.");
        return text.ToString();
    }

    private static string Describe(WriteKind kind) => kind switch
    {
        WriteKind.Observation => "Save an observation",
        WriteKind.Evidence => "Upload evidence (100 KB)",
        WriteKind.Reflection => "Reflect on an observation",
        WriteKind.SignIn => "Sign in",
        _ => kind.ToString(),
    };
}
