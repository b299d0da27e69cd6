using System.Diagnostics;
using System.Net;

namespace AoPortal.Benchmarks.Bench;

/// <summary>
/// The "bench" verb: the key pages and main writes of the portal under 8 and 32 signed-in clients, each read page beside
/// its raw-SQL baseline, then one very large upload with the process's memory watched; the table goes to the console and,
/// with --report, into docs/performance.md.
/// </summary>
public static class BenchCommand
{
    public const string Help = """
        bench --database FILE [--clients 8,32] [--seconds 10] [--warmup 10] [--upload-mb 200] [--app DIR] [--port 5180]
              [--password TEXT] [--report docs/performance.md] [--log-sql] [--only TEXT]
          Copies FILE (made by generate) into a run folder, publishes the portal in Release (or uses the published DIR),
          starts it and a baseline server on 127.0.0.1, and times every key page and write at each number of clients.
          --log-sql writes every SQL command the portal runs, with its time, to portal-*.log in the run folder.
          --only times just the pages and writes whose names contain TEXT (for looking into one page).
        """;

    private const string ObservationName = "Save an observation";
    private const string UploadName = "Upload 1 MB of evidence";

    /// <summary>
    /// A key page: who opens it, its address for a client's n-th request, and its baseline's address. A page kept until
    /// candidates' progress changes (ADR-015, ADR-018) is also timed on the first view after a change.
    /// </summary>
    private sealed record Page(string Name, Role Role, Func<Player, int, string> Url, Func<Player, int, string> Baseline, bool KeptUntilChange = false);

    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var arguments = new Arguments(args, "log-sql");
        var database = Path.GetFullPath(arguments.Required("database"));
        var clientCounts = arguments.Ints("clients", [8, 32], 1);
        var duration = TimeSpan.FromSeconds(arguments.Int("seconds", 10, 1));
        var warmUp = TimeSpan.FromSeconds(arguments.Int("warmup", 10, 0));
        var uploadMegabytes = arguments.Int("upload-mb", 200, 0);
        var app = arguments.Optional("app");
        var port = arguments.Int("port", 5180, 1024);
        var password = arguments.Optional("password") ?? new Generation.GenerateOptions { Database = database }.Password;
        var report = arguments.Optional("report");
        var logSql = arguments.Flag("log-sql");
        var only = arguments.Optional("only");
        arguments.EnsureAllRead();

        var machine = Machine.Describe();
        output.WriteLine(machine);
        await using var bench = await Workbench.StartAsync(database, app, password, port, logSql, output);
        await using var baseline = await ServerProcess.StartAsync(typeof(BenchCommand).Assembly.Location, ["baseline-server", "--database", bench.Database],
            port + 1, new Dictionary<string, string> { ["DOTNET_gcServer"] = "1" }, Path.Combine(bench.Folder, "baseline.log"), "/");

        var surnames = bench.Cast.Surnames;
        Page[] pages =
        [
            new("Candidate list, first page", Role.Admin, (_, _) => "/candidates", (_, _) => "/baseline/candidates"),
            new("Candidate list, a search", Role.Admin, (_, n) => $"/candidates?search={surnames[n % surnames.Count]}",
                (_, n) => $"/baseline/candidates?search={surnames[n % surnames.Count]}"),
            new("Candidate list, status filter", Role.Admin, (_, _) => "/candidates?status=InAssessment", (_, _) => "/baseline/candidates?status=InAssessment"),
            new("Candidate overview", Role.Assessor, (p, n) => $"/candidates/{p.CandidateFor(n)}", (p, n) => $"/baseline/candidate?id={p.CandidateFor(n)}"),
            new("Coverage map", Role.Assessor, (p, n) => $"/candidates/{p.CandidateFor(n)}/coverage", (p, n) => $"/baseline/coverage?id={p.CandidateFor(n)}",
                KeptUntilChange: true),
            new("Assessor's caseload", Role.Assessor, (_, _) => "/caseload", (p, _) => $"/baseline/caseload?id={p.Id}"),
            new("School lead's staff", Role.SchoolLead, (_, _) => "/", (p, _) => $"/baseline/staff?id={p.Id}"),
            new("Admin dashboard", Role.Admin, (_, _) => "/", (_, _) => "/baseline/dashboard", KeptUntilChange: true),
            new("Reports", Role.Admin, (_, _) => "/reports", (_, _) => "/baseline/report", KeptUntilChange: true),
        ];

        bool Chosen(string name) => only is null || name.Contains(only, StringComparison.OrdinalIgnoreCase);
        var rows = new List<ResultRow>();
        var anonymous = Enumerable.Range(0, clientCounts.Max()).Select(_ => Session.Anonymous(baseline.Address)).ToArray();
        // One untimed pass over every page first, so the first page timed does not carry the just-started portal's
        // tiered compilation and first-use costs that the pages after it no longer pay.
        foreach (var page in pages.Where(p => Chosen(p.Name)))
        {
            await bench.SignInAsync(page.Role, 1);
            var session = await bench.SessionAsync(page.Role, 0);
            await ClosedLoop.RunAsync(1, async (c, n, ct) => await session.GetAsync(page.Url(bench.PlayerOf(page.Role, c), n), ct) == HttpStatusCode.OK,
                TimeSpan.Zero, warmUp);
        }

        foreach (var clients in clientCounts)
        {
            foreach (var page in pages.Where(p => Chosen(p.Name)))
            {
                await bench.SignInAsync(page.Role, clients);
                var sessions = await Task.WhenAll(Enumerable.Range(0, clients).Select(c => bench.SessionAsync(page.Role, c)));
                var portal = await ClosedLoop.RunAsync(clients, async (c, n, ct) =>
                    await sessions[c].GetAsync(page.Url(bench.PlayerOf(page.Role, c), n), ct) == HttpStatusCode.OK, warmUp, duration);
                var raw = await ClosedLoop.RunAsync(clients, async (c, n, ct) =>
                    await anonymous[c].GetAsync(page.Baseline(bench.PlayerOf(page.Role, c), n), ct) == HttpStatusCode.OK, warmUp, duration);
                rows.Add(Print(output, new ResultRow(page.Name, clients, portal, raw)));
            }

            if (Chosen(ObservationName))
            {
                await bench.SignInAsync(Role.Assessor, clients);
                var observations = await Task.WhenAll(Enumerable.Range(0, clients).Select(async c =>
                    await Writes.ObservationAsync(await bench.SessionAsync(Role.Assessor, c), bench.PlayerOf(Role.Assessor, c).CandidateFor(c), $"Benchmark {clients}/{c}")));
                rows.Add(Print(output, new ResultRow(ObservationName, clients,
                    await ClosedLoop.RunAsync(clients, async (c, n, _) => (await observations[c](n)).Served, warmUp, duration), null)));
            }

            if (Chosen(UploadName))
            {
                await bench.SignInAsync(Role.Candidate, clients);
                var uploads = await Task.WhenAll(Enumerable.Range(0, clients).Select(async c =>
                    await Writes.EvidenceAsync(await bench.SessionAsync(Role.Candidate, c), bench.PlayerOf(Role.Candidate, c).CandidateIds[0], $"Benchmark {clients}/{c}", 1024 * 1024)));
                rows.Add(Print(output, new ResultRow(UploadName, clients,
                    await ClosedLoop.RunAsync(clients, async (c, n, _) => (await uploads[c](n)).Served, warmUp, duration), null)));
            }
        }

        var afresh = new List<ResultRow>();
        foreach (var page in pages.Where(p => p.KeptUntilChange && Chosen(p.Name)))
            afresh.Add(Print(output, await AfreshAsync(bench, page, warmUp, duration)));

        foreach (var session in anonymous) session.Dispose();
        var upload = uploadMegabytes > 0 && only is null ? await LargeUploadAsync(bench, clientCounts.Max(), uploadMegabytes * 1024L * 1024, output) : null;
        var markdown = Report.Markdown(machine, bench, rows, afresh, upload, duration, warmUp);
        output.WriteLine();
        output.WriteLine(markdown);
        if (report is not null) Report.WriteInto(report, markdown, Report.BenchMarkers);
        return rows.Concat(afresh).All(r => r.Portal.Errors == 0 && (r.Baseline?.Errors ?? 0) == 0) && upload is not { Served: false } ? 0 : 1;
    }

    /// <summary>
    /// A page kept until progress changes, timed on the view right after a change: one client, each view preceded (untimed)
    /// by an assessor saving an observation, so every view works the page out afresh.
    /// </summary>
    private static async Task<ResultRow> AfreshAsync(Workbench bench, Page page, TimeSpan warmUp, TimeSpan duration)
    {
        await bench.SignInAsync(page.Role, 1);
        await bench.SignInAsync(Role.Assessor, 1);
        var viewer = await bench.SessionAsync(page.Role, 0);
        var save = await Writes.ObservationAsync(await bench.SessionAsync(Role.Assessor, 0), bench.PlayerOf(Role.Assessor, 0).CandidateFor(0), "Benchmark afresh");
        var measured = await ClosedLoop.RunAsync(1, async (c, n, ct) => await viewer.GetAsync(page.Url(bench.PlayerOf(page.Role, c), n), ct) == HttpStatusCode.OK,
            warmUp, duration, before: async (_, n, _) => (await save(n)).Served);
        return new ResultRow($"{page.Name}, first view after a change", 1, measured, null);
    }

    /// <summary>One upload of a very large file, with the portal's resident memory sampled every 10 ms while it runs.</summary>
    /// <summary>By a candidate no client has uploaded as, whose space the 1 MB uploads have not used up.</summary>
    private static async Task<LargeUpload> LargeUploadAsync(Workbench bench, int candidate, long bytes, TextWriter output)
    {
        var session = await bench.SessionAsync(Role.Candidate, candidate);
        var upload = await Writes.EvidenceAsync(session, bench.PlayerOf(Role.Candidate, candidate).CandidateIds[0], "Large upload", bytes);
        var before = bench.Portal.ResidentBytes();
        var peak = before;
        var clock = Stopwatch.StartNew();
        var sending = upload(0);
        while (!sending.IsCompleted)
        {
            peak = Math.Max(peak, bench.Portal.ResidentBytes());
            await Task.WhenAny(sending, Task.Delay(10));
        }

        var served = (await sending).Served;
        var result = new LargeUpload(bytes, served, clock.Elapsed, before, Math.Max(peak, bench.Portal.ResidentBytes()));
        output.WriteLine($"Upload of {bytes / (1024 * 1024)} MB: {(served ? "stored" : "REFUSED")} in {result.Elapsed.TotalSeconds:0.0} s; " +
                         $"resident memory {before / (1024 * 1024)} MB before, {result.PeakBytes / (1024 * 1024)} MB at most (+{result.GrowthBytes / (1024 * 1024)} MB)");
        return result;
    }

    private static ResultRow Print(TextWriter output, ResultRow row)
    {
        output.WriteLine(row.ToConsole());
        foreach (var reason in Refusals.Take()) output.WriteLine($"    not served: {reason}");
        return row;
    }
}

/// <summary>One page or write at one number of clients, with its baseline when it is a read.</summary>
public sealed record ResultRow(string Name, int Clients, Measurement Portal, Measurement? Baseline)
{
    public double? Ratio => Baseline is null ? null : Portal.RequestsPerSecond / Baseline.RequestsPerSecond;

    public string ToConsole() =>
        $"{Name,-32} {Clients,3} clients  {Portal.RequestsPerSecond,7:0.0} req/s  p50 {Portal.P50,6:0.0}  p95 {Portal.P95,6:0.0}  p99 {Portal.P99,6:0.0} ms  " +
        $"errors {Portal.Errors}" + (Baseline is null ? "" : $"  baseline {Baseline.RequestsPerSecond,7:0.0} req/s ({Ratio:P0})");
}

public sealed record LargeUpload(long Bytes, bool Served, TimeSpan Elapsed, long BeforeBytes, long PeakBytes)
{
    public long GrowthBytes => PeakBytes - BeforeBytes;
}
