using System.Diagnostics;

namespace AoPortal.Benchmarks.Bench;

/// <summary>
/// The "load" verb: many clients writing at once for a bounded time (observations, evidence uploads, reflections and
/// sign-ins, a quarter of the clients each), then a check that nothing was lost: every write the portal answered with
/// success is in the database, every file it stored exists with its size, and no request got a server error.
/// </summary>
public static class LoadCommand
{
    public const string Help = """
        load --database FILE [--clients 32] [--seconds 60] [--app DIR] [--port 5190] [--password TEXT] [--report docs/performance.md]
          Copies FILE into a run folder, starts the portal on it, has the clients write for the time given, then checks
          every successful write against the database and the uploads folder.
        """;

    private const long UploadBytes = 100 * 1024;

    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var arguments = new Arguments(args);
        var database = Path.GetFullPath(arguments.Required("database"));
        var clients = arguments.Int("clients", 32, 4);
        var duration = TimeSpan.FromSeconds(arguments.Int("seconds", 60, 1));
        var app = arguments.Optional("app");
        var port = arguments.Int("port", 5190, 1024);
        var password = arguments.Optional("password") ?? new Generation.GenerateOptions { Database = database }.Password;
        var report = arguments.Optional("report");
        arguments.EnsureAllRead();

        var machine = Machine.Describe();
        output.WriteLine(machine);
        await using var bench = await Workbench.StartAsync(database, app, password, port, logSql: false, output);
        var ledger = new Ledger(bench);
        var writers = await Task.WhenAll(Enumerable.Range(0, clients).Select(c => WriterAsync(bench, ledger, c)));
        ledger.Start();
        output.WriteLine($"{clients} clients writing for {duration.TotalSeconds:0} s");
        var clock = Stopwatch.StartNew();
        await ClosedLoop.RunAsync(clients, async (c, n, _) => await writers[c](n), TimeSpan.Zero, duration);

        var check = ledger.Check(clock.Elapsed);
        var markdown = check.Markdown(machine, clients, duration);
        output.WriteLine();
        output.WriteLine(markdown);
        foreach (var reason in Refusals.Take()) output.WriteLine($"not served: {reason}");
        if (report is not null) Report.WriteInto(report, markdown, Report.LoadMarkers);
        return check.Passed ? 0 : 1;
    }

    /// <summary>Each client's kind of write, by its index: observation, evidence, reflection, sign-in in turn.</summary>
    private static async Task<Func<int, Task<bool>>> WriterAsync(Workbench bench, Ledger ledger, int client)
    {
        var label = $"Load {client}";
        switch (client % 4)
        {
            case 0:
            {
                var candidateId = bench.PlayerOf(Role.Assessor, client).CandidateFor(client);
                var save = await Writes.ObservationAsync(await bench.SessionAsync(Role.Assessor, client), candidateId, label);
                return n => ledger.RecordAsync(WriteKind.Observation, () => save(n), $"{label} {n}");
            }
            case 1:
            {
                var candidateId = bench.PlayerOf(Role.Candidate, client).CandidateIds[0];
                var upload = await Writes.EvidenceAsync(await bench.SessionAsync(Role.Candidate, client), candidateId, label, UploadBytes);
                return n => ledger.RecordAsync(WriteKind.Evidence, () => upload(n), $"{label} {n}");
            }
            case 2:
            {
                var reflecting = bench.Cast.Candidates.Where(p => bench.Cast.SharedObservations.ContainsKey(p.CandidateIds[0])).ToList();
                var player = reflecting[client / 4 % reflecting.Count];
                var session = await Session.SignInAsync(bench.Portal.Address, player.Email, bench.Password);
                var recordId = bench.Cast.SharedObservations[player.CandidateIds[0]][0];
                var recordUrl = $"/candidates/{player.CandidateIds[0]}/assessment/records/{recordId}";
                return async n =>
                {
                    // The page first, for the record's current version (the form's concurrency token).
                    var form = await session.FormAsync(recordUrl, "form[action$='/reflection']");
                    var text = $"{label} reflection {n}";
                    return await ledger.RecordAsync(WriteKind.Reflection, async () => Writes.Outcome(await session.PostAsync(form.With(("Form.Text", text)))),
                        text, recordId);
                };
            }
            default:
                return async n =>
                {
                    var player = bench.PlayerOf((Role)(n % 4), client + n);
                    using var session = Session.Anonymous(bench.Portal.Address);
                    return await ledger.RecordAsync(WriteKind.SignIn, async () => Writes.Outcome(await session.TrySignInAsync(player.Email, bench.Password)),
                        player.Email);
                };
        }
    }
}
