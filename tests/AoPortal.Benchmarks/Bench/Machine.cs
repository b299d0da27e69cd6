using System.Runtime.InteropServices;

namespace AoPortal.Benchmarks.Bench;

/// <summary>The machine a measurement was made on, in one line: processor, cores, memory, system, runtime and how busy it was.</summary>
public static class Machine
{
    public static string Describe()
    {
        var cpu = Field("/proc/cpuinfo", "model name") ?? RuntimeInformation.ProcessArchitecture.ToString();
        var memory = Field("/proc/meminfo", "MemTotal") is { } total ? $"{long.Parse(total.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) / (1024 * 1024.0):0.0} GB memory" : "memory unknown";
        var system = Field("/etc/os-release", "PRETTY_NAME", '=')?.Trim('"') ?? RuntimeInformation.OSDescription;
        var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
        return $"{cpu}, {Environment.ProcessorCount} cores, {memory}; {system}; {RuntimeInformation.FrameworkDescription}; load average {load} at the start";
    }

    private static string? Field(string file, string name, char separator = ':') =>
        !File.Exists(file) ? null
        : File.ReadLines(file).Select(l => l.Split(separator, 2)).Where(p => p.Length == 2 && p[0].Trim() == name).Select(p => p[1].Trim()).FirstOrDefault();
}
