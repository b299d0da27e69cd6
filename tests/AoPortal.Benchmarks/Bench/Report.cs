using System.Globalization;
using System.Text;

namespace AoPortal.Benchmarks.Bench;

/// <summary>The benchmark's markdown table, and its place in docs/performance.md between two marker comments.</summary>
public static class Report
{
    /// <summary>The comments around the bench verb's table, and the heading of the section made if they are missing.</summary>
    public static readonly (string Begin, string End, string Heading) BenchMarkers =
        ("<!-- bench:begin (written by the bench verb; edits between the markers are replaced) -->", "<!-- bench:end -->", "Benchmark");

    public static readonly (string Begin, string End, string Heading) LoadMarkers =
        ("<!-- load:begin (written by the load verb; edits between the markers are replaced) -->", "<!-- load:end -->", "Load without loss");

    public const double TargetP95Milliseconds = 100;
    public const double TargetBaselineShare = 0.40;
    public const int TargetClients = 8;
    public const long TargetGrowthBytes = 64L * 1024 * 1024;
    public static readonly TimeSpan TargetStartup = TimeSpan.FromSeconds(3);

    public static string Markdown(
        string machine, Workbench bench, IReadOnlyList<ResultRow> rows, IReadOnlyList<ResultRow> afresh, LargeUpload? upload, TimeSpan duration, TimeSpan warmUp)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Measured {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC on {machine}.");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture,
            $"The portal in Release, SQLite, {bench.Cast.Candidates.Count:N0} candidates in assessment among the generated data; each row is {duration.TotalSeconds:0} s of closed-loop clients after a {warmUp.TotalSeconds:0} s warm-up. Times in milliseconds. The baseline reads the same rows with one raw SQL query and no EF, authorization or layout.");
        text.AppendLine();
        text.AppendLine("| page | clients | req/s | p50 | p95 | p99 | errors | baseline req/s | share of baseline | target |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var row in rows)
        {
            var p = row.Portal;
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {row.Name} | {row.Clients} | {p.RequestsPerSecond:0.0} | {p.P50:0.0} | {p.P95:0.0} | {p.P99:0.0} | {p.Errors} | {(row.Baseline is { } b ? b.RequestsPerSecond.ToString("0.0", CultureInfo.InvariantCulture) : "")} | {(row.Ratio is { } r ? r.ToString("P0", CultureInfo.InvariantCulture) : "")} | {Verdict(row)} |");
        }

        text.AppendLine();
        foreach (var row in afresh)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"- {row.Name} (worked out afresh; one client, each view right after an assessor saves an observation): p50 {row.Portal.P50:0.0}, p95 {row.Portal.P95:0.0}, p99 {row.Portal.P99:0.0} ms over {row.Portal.Requests} views, {row.Portal.Errors} errors.");
        }

        var startup = bench.Portal.StartupTime;
        text.AppendLine(CultureInfo.InvariantCulture, $"- Startup on the generated database to the first served page: **{startup.TotalSeconds:0.00} s** (target under {TargetStartup.TotalSeconds:0} s: {(startup < TargetStartup ? "met" : "**missed**")}).");
        if (upload is not null)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"- One upload of {upload.Bytes / (1024 * 1024)} MB with the per-file limit raised to {Workbench.RaisedFileLimitBytes / (1024 * 1024)} MB: {(upload.Served ? "stored" : "**refused**")} in {upload.Elapsed.TotalSeconds:0.0} s; the portal's resident memory went from {upload.BeforeBytes / (1024 * 1024)} MB to at most {upload.PeakBytes / (1024 * 1024)} MB, **+{upload.GrowthBytes / (1024 * 1024)} MB** (target under {TargetGrowthBytes / (1024 * 1024)} MB: {(upload.Served && upload.GrowthBytes < TargetGrowthBytes ? "met" : "**missed**")}).");
        }

        return text.ToString();
    }

    /// <summary>The issue's targets: no errors; at 8 clients p95 within 100 ms; a read at least 40% of its baseline's throughput.</summary>
    private static string Verdict(ResultRow row)
    {
        var misses = new List<string>();
        if (row.Portal.Errors > 0) misses.Add("errors");
        if (row.Clients == TargetClients && row.Portal.P95 > TargetP95Milliseconds) misses.Add("p95");
        if (row.Ratio < TargetBaselineShare) misses.Add("share");
        return misses.Count == 0 ? "met" : $"**missed: {string.Join(", ", misses)}**";
    }

    /// <summary>Replaces what is between the markers in the file, or adds a section with them at its end.</summary>
    public static void WriteInto(string file, string markdown, (string Begin, string End, string Heading) markers)
    {
        var text = File.Exists(file) ? File.ReadAllText(file) : "";
        var block = $"{markers.Begin}\n{markdown.TrimEnd()}\n{markers.End}";
        var begin = text.IndexOf(markers.Begin, StringComparison.Ordinal);
        var end = text.IndexOf(markers.End, StringComparison.Ordinal);
        text = begin >= 0 && end > begin
            ? text[..begin] + block + text[(end + markers.End.Length)..]
            : text.TrimEnd() + $"\n\n## {markers.Heading}\n\n" + block + "\n";
        File.WriteAllText(file, text);
    }
}
