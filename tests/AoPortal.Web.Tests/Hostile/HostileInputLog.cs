using System.Collections.Concurrent;

namespace AoPortal.Web.Tests.Hostile;

/// <summary>
/// Counts the hostile inputs tried, by form or endpoint, across the whole test run, and writes the tally to
/// TestResults/hostile-inputs.txt beside the test assembly, so docs/quality.md can quote it.
/// </summary>
public static class HostileInputLog
{
    private static readonly ConcurrentDictionary<string, int> Tried = new();
    private static readonly Lock Gate = new();

    public static string FilePath => Path.Combine(AppContext.BaseDirectory, "TestResults", "hostile-inputs.txt");

    public static void Count(string target, int inputs = 1) => Tried.AddOrUpdate(target, inputs, (_, n) => n + inputs);

    public static int Total => Tried.Values.Sum();

    public static int For(string prefix) => Tried.Where(t => t.Key.StartsWith(prefix, StringComparison.Ordinal)).Sum(t => t.Value);

    /// <summary>Rewrites the tally with everything counted so far in this run; returns the total.</summary>
    public static int Write()
    {
        lock (Gate)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
            var lines = new List<string>
            {
                $"Hostile inputs tried through the real HTTP endpoints: {Total}",
                $"Targets (forms, endpoints, upload kinds): {Tried.Count}",
                $"Written {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC by tests/AoPortal.Web.Tests/Hostile",
                "",
            };
            lines.AddRange(Tried.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => $"{t.Value,6}  {t.Key}"));
            File.WriteAllLines(FilePath, lines);
            return Total;
        }
    }
}
