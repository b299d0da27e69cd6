using System.Diagnostics;
using System.Net;

namespace AoPortal.Benchmarks.Bench;

/// <summary>
/// A server started as a process of its own on 127.0.0.1 (the portal, or the baseline), its output kept in a log file.
/// Knows how long it took to serve its first page and how much memory it holds.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;

    private ServerProcess(Process process, StreamWriter log, Uri address)
    {
        _process = process;
        _log = log;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>From starting the process to the first page answered 200.</summary>
    public TimeSpan StartupTime { get; private set; }

    /// <summary>
    /// Starts "dotnet <paramref name="assembly"/> <paramref name="arguments"/>" with the settings as environment
    /// variables ("Section:Key" as "Section__Key"), and waits until <paramref name="firstPage"/> answers 200.
    /// </summary>
    public static async Task<ServerProcess> StartAsync(string assembly, IEnumerable<string> arguments, int port,
        IReadOnlyDictionary<string, string> settings, string logFile, string firstPage)
    {
        var address = new Uri($"http://127.0.0.1:{port}");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(assembly)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(assembly);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(address.ToString());
        foreach (var (key, value) in settings) start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;

        var log = new StreamWriter(logFile) { AutoFlush = true };
        var clock = Stopwatch.StartNew();
        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {assembly}");
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var server = new ServerProcess(process, log, address);
        using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
        while (clock.Elapsed < TimeSpan.FromSeconds(120))
        {
            if (process.HasExited)
                throw new InvalidOperationException($"{Path.GetFileName(assembly)} stopped with exit code {process.ExitCode}; see {logFile}");
            try
            {
                using var response = await http.GetAsync(firstPage);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    server.StartupTime = clock.Elapsed;
                    return server;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(20);
        }

        await server.DisposeAsync();
        throw new TimeoutException($"{Path.GetFileName(assembly)} served no page within two minutes; see {logFile}");
    }

    /// <summary>The process's resident memory now, from /proc (Linux).</summary>
    public long ResidentBytes() => ReadStatus("VmRSS:");

    private long ReadStatus(string field)
    {
        var line = File.ReadLines($"/proc/{_process.Id}/status").First(l => l.StartsWith(field, StringComparison.Ordinal));
        return long.Parse(line[field.Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) * 1024;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        await _log.DisposeAsync();
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is null) return;
        lock (log) log.WriteLine(line);
    }
}
