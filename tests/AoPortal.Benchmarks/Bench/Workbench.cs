using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;

namespace AoPortal.Benchmarks.Bench;

/// <summary>
/// What the "bench" and "load" verbs share: a copy of the generated database in a run folder of its own (so every run
/// starts from the same data), the portal published in Release and started on it, the people to sign in as, and their
/// signed-in sessions (one per client and role, made on first use).
/// </summary>
public sealed class Workbench : IAsyncDisposable
{
    public const long RaisedFileLimitBytes = 250L * 1024 * 1024;
    private readonly ConcurrentDictionary<(Role, int), Lazy<Task<Session>>> _sessions = new();

    private Workbench(string folder, string database, ServerProcess portal, Cast cast, string password, TextWriter log)
    {
        Folder = folder;
        Database = database;
        Portal = portal;
        Cast = cast;
        Password = password;
        Log = log;
    }

    public string Folder { get; }
    public string Database { get; }
    public string Uploads => Path.Combine(Folder, "uploads");
    public ServerProcess Portal { get; }
    public Cast Cast { get; }
    public string Password { get; }
    public TextWriter Log { get; }

    public static async Task<Workbench> StartAsync(string sourceDatabase, string? appFolder, string password, int port, bool logSql, TextWriter log)
    {
        var folder = Path.Combine(Path.GetTempPath(), "aoportal-bench", DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture));
        Directory.CreateDirectory(folder);
        var database = Path.Combine(folder, "aoportal.db");
        CopyDatabase(sourceDatabase, database);
        var app = appFolder ?? await PublishAsync(folder, log);

        var settings = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ConnectionStrings:AoPortal"] = $"Data Source={database}",
            ["Database:Provider"] = "Sqlite",
            ["Database:MigrateOnStartup"] = "false",
            ["Uploads:Folder"] = Path.Combine(folder, "uploads"),
            // The per-file limit raised by configuration, as a provider taking lesson videos would (the 200 MB upload).
            ["Evidence:MaxFileSizeBytes"] = RaisedFileLimitBytes.ToString(CultureInfo.InvariantCulture),
            ["DataProtection:KeysFolder"] = Path.Combine(folder, "keys"),
            ["Email:PickupFolder"] = Path.Combine(folder, "mail"),
            ["Serilog:FilePath"] = Path.Combine(folder, "logs", "portal-.log"),
            ["Serilog:MinimumLevel:Default"] = "Warning",
            // The daily reminders are a once-a-day job, not part of a page's cost; they are left out of the timings.
            ["Reminders:CheckEverySeconds"] = "0",
        };
        if (logSql) settings["Serilog:MinimumLevel:Override:Microsoft.EntityFrameworkCore.Database.Command"] = "Information";
        log.WriteLine($"Run folder {folder}");
        var portal = await ServerProcess.StartAsync(Path.Combine(app, "AoPortal.Web.dll"), [], port, settings, Path.Combine(folder, "portal.log"), "/sign-in");
        log.WriteLine($"Portal on {portal.Address}: first page served {portal.StartupTime.TotalSeconds:0.00} s after starting");
        return new Workbench(folder, database, portal, Cast.Read(database, UkToday()), password, log);
    }

    /// <summary>Today in the UK, as the portal counts days.</summary>
    public static DateOnly UkToday() =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/London")));

    /// <summary>The client's session as someone of that role (each client index its own person, in turn).</summary>
    public Task<Session> SessionAsync(Role role, int client) =>
        _sessions.GetOrAdd((role, client), key => new Lazy<Task<Session>>(() => Session.SignInAsync(Portal.Address, PlayerOf(key.Item1, key.Item2).Email, Password))).Value;

    public Player PlayerOf(Role role, int client)
    {
        var players = role switch
        {
            Role.Admin => Cast.Admins,
            Role.Assessor => Cast.Assessors,
            Role.SchoolLead => Cast.Leads,
            Role.Candidate => Cast.Candidates,
            _ => throw new ArgumentOutOfRangeException(nameof(role)),
        };
        return players[client % players.Count];
    }

    /// <summary>Signs in every client's session for the role before timing starts (hashing passwords is not the page's cost).</summary>
    public async Task SignInAsync(Role role, int clients)
    {
        for (var client = 0; client < clients; client++) await SessionAsync(role, client);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var session in _sessions.Values.Where(s => s.IsValueCreated && s.Value.IsCompletedSuccessfully)) session.Value.Result.Dispose();
        await Portal.DisposeAsync();
        SqliteConnection.ClearAllPools();
        RemoveBulk();
    }

    /// <summary>
    /// Leaves the run's logs and removes the rest: its copy of the database, the portal published for it and the files
    /// uploaded (a full run uploads several gigabytes; a day of runs kept filled this machine's disk on 23 November).
    /// </summary>
    private void RemoveBulk()
    {
        foreach (var folder in new[] { Uploads, Path.Combine(Folder, "app") })
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        foreach (var file in Directory.GetFiles(Folder, Path.GetFileName(Database) + "*")) File.Delete(file);
    }

    /// <summary>Copies the database, first folding its write-ahead log into it so the copy is whole.</summary>
    private static void CopyDatabase(string source, string target)
    {
        if (!File.Exists(source)) throw new FileNotFoundException($"No database at {source}: make one with the generate verb first.");
        using (var connection = new SqliteConnection($"Data Source={source}"))
        {
            connection.Open();
            using var checkpoint = connection.CreateCommand();
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
            checkpoint.ExecuteNonQuery();
        }

        SqliteConnection.ClearAllPools();
        File.Copy(source, target);
    }

    /// <summary>Publishes the portal in Release into the run folder, as it would be deployed.</summary>
    private static async Task<string> PublishAsync(string folder, TextWriter log)
    {
        var project = Path.Combine(RepositoryRoot(), "src", "AoPortal.Web", "AoPortal.Web.csproj");
        var output = Path.Combine(folder, "app");
        log.WriteLine($"Publishing {project} (Release)");
        // For this machine's runtime, so it is compiled ahead of time (ReadyToRun) as docs/operations.md says to deploy it.
        var start = new ProcessStartInfo("dotnet", ["publish", project, "-c", "Release", "-r", RuntimeInformation.RuntimeIdentifier, "--self-contained", "false",
            "-o", output, "-nologo", "-v", "q"])
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
        };
        using var process = Process.Start(start)!;
        var messages = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"dotnet publish failed:\n{messages}");
        return output;
    }

    public static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "AoPortal.sln"))) return folder.FullName;
        throw new InvalidOperationException("Run the benchmark from inside the repository (AoPortal.sln not found above it).");
    }
}

public enum Role
{
    Admin,
    Assessor,
    SchoolLead,
    Candidate,
}
