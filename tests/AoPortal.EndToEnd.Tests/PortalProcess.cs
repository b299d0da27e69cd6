using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Text;

namespace AoPortal.EndToEnd.Tests;

/// <summary>
/// The real web app, started once per test collection as a separate process (dotnet AoPortal.Web.dll) on a free
/// loopback port, in Development (so demo data is seeded), with its database, mail, keys and logs in a fresh temp folder.
/// </summary>
public sealed class PortalProcess : IAsyncLifetime
{
    private static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(60);

    private readonly StringBuilder output = new();
    private Process? process;

    public string BaseUrl { get; private set; } = "";

    public string RepositoryRoot { get; } = FindRepositoryRoot();

    public string DataFolder { get; } = Path.Combine(Path.GetTempPath(), "aoportal-e2e-" + Guid.NewGuid().ToString("N"));

    /// <summary>What the app wrote to stdout and stderr so far.</summary>
    public string Output
    {
        get { lock (output) return output.ToString(); }
    }

    /// <summary>The last lines the app wrote, for failure messages.</summary>
    public string OutputTail(int lines)
    {
        var all = Output.Split('\n');
        return string.Join('\n', all.Skip(Math.Max(0, all.Length - lines)));
    }

    public async Task InitializeAsync()
    {
        var webProject = Path.Combine(RepositoryRoot, "src", "AoPortal.Web");
        var configuration = BuildConfiguration();
        var dll = Path.Combine(webProject, "bin", configuration, "net10.0", "AoPortal.Web.dll");
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException(
                $"The web app is not built: {dll} does not exist. Build the tests (they reference AoPortal.Web for build order) in {configuration}.");
        }

        Directory.CreateDirectory(DataFolder);
        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}";

        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = webProject,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { dll, "--urls", BaseUrl, "--contentRoot", webProject }) start.ArgumentList.Add(arg);

        var env = start.Environment;
        env["ASPNETCORE_ENVIRONMENT"] = "Development";
        env.Remove("DOTNET_ENVIRONMENT");
        env.Remove("ASPNETCORE_URLS");
        env.Remove("ASPNETCORE_HTTP_PORTS");
        env.Remove("ASPNETCORE_HTTPS_PORTS");
        env["ConnectionStrings__AoPortal"] = $"Data Source={Path.Combine(DataFolder, "e2e.db")}";
        env["Email__PickupFolder"] = Path.Combine(DataFolder, "mail");
        env["DataProtection__KeysFolder"] = Path.Combine(DataFolder, "keys");
        env["Uploads__Folder"] = Path.Combine(DataFolder, "uploads");
        env["Serilog__FilePath"] = Path.Combine(DataFolder, "logs", "aoportal-.log");
        // The journeys read the emails they cause; the daily reminders (tested on their own) would add others.
        env["Reminders__CheckEverySeconds"] = "0";

        process = new Process { StartInfo = start, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        if (!process.Start()) throw new InvalidOperationException("Could not start `dotnet " + dll + "`.");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        await WaitUntilHealthy();
    }

    public async Task DisposeAsync()
    {
        if (process is not null)
        {
            try
            {
                if (!process.HasExited)
                {
                    process.Kill(entireProcessTree: true);
                    await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(15));
                }
            }
            catch (Exception e) when (e is InvalidOperationException or TimeoutException or System.ComponentModel.Win32Exception)
            {
                // Already gone, or will be shortly; nothing else to do.
            }
            process.Dispose();
        }

        for (var attempt = 0; attempt < 5 && Directory.Exists(DataFolder); attempt++)
        {
            try
            {
                Directory.Delete(DataFolder, recursive: true);
            }
            catch (IOException) { await Task.Delay(200); }
            catch (UnauthorizedAccessException) { await Task.Delay(200); }
        }
    }

    private async Task WaitUntilHealthy()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var health = BaseUrl + "/health";
        var clock = Stopwatch.StartNew();
        string last = "no response yet";
        while (clock.Elapsed < StartupTimeout)
        {
            if (process!.HasExited)
            {
                throw new InvalidOperationException(
                    $"The web app exited with code {process.ExitCode} before {health} answered.\n--- app output ---\n{Output}");
            }

            try
            {
                using var response = await http.GetAsync(health);
                if (response.StatusCode == HttpStatusCode.OK) return;
                last = $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                last = e.Message;
            }

            await Task.Delay(250);
        }

        throw new TimeoutException(
            $"{health} did not return 200 within {StartupTimeout.TotalSeconds:0} s (last: {last}).\n--- app output ---\n{Output}");
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (output) output.AppendLine(line);
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        finally
        {
            listener.Stop();
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AoPortal.sln"))) return dir.FullName;
        }

        throw new InvalidOperationException($"No folder holding AoPortal.sln above {AppContext.BaseDirectory}.");
    }

    /// <summary>
    /// The configuration this test assembly was built in (…/bin/Debug/net10.0/ → Debug), so the app started is the one
    /// built alongside the tests. Falls back to the assembly's own [AssemblyConfiguration].
    /// </summary>
    private static string BuildConfiguration()
    {
        var outputFolder = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar));
        var fromPath = outputFolder.Parent?.Name;
        if (outputFolder.Parent?.Parent?.Name == "bin" && !string.IsNullOrEmpty(fromPath)) return fromPath;

        return typeof(PortalProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration is { Length: > 0 } configuration
            ? configuration
            : "Debug";
    }
}
