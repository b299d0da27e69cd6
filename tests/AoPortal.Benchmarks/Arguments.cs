using System.Globalization;

namespace AoPortal.Benchmarks;

/// <summary>
/// A verb's "--name value" options and "--flag"s. Each read takes its option out, so <see cref="EnsureAllRead"/> can
/// refuse a misspelt one rather than ignore it.
/// </summary>
public sealed class Arguments
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);

    /// <param name="args">The verb's arguments.</param>
    /// <param name="flags">The names (without "--") that take no value.</param>
    public Arguments(IReadOnlyList<string> args, params string[] flags)
    {
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (!name.StartsWith("--", StringComparison.Ordinal)) throw new ArgumentException($"Unexpected argument {name}");
            if (flags.Contains(name[2..]))
            {
                _flags.Add(name[2..]);
                continue;
            }

            if (i + 1 >= args.Count) throw new ArgumentException($"{name} needs a value");
            _values[name[2..]] = args[++i];
        }
    }

    public string Required(string key) =>
        _values.Remove(key, out var value) ? value : throw new ArgumentException($"--{key} is required");

    public string? Optional(string key) => _values.Remove(key, out var value) ? value : null;

    public int Int(string key, int fallback, int min) =>
        !_values.Remove(key, out var text) ? fallback
        : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min ? n
        : throw new ArgumentException($"--{key} must be a whole number of at least {min}");

    /// <summary>A comma-separated list of whole numbers, such as "8,32".</summary>
    public IReadOnlyList<int> Ints(string key, IReadOnlyList<int> fallback, int min) =>
        !_values.Remove(key, out var text) ? fallback
        : text.Split(',').Select(part => int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min ? n
            : throw new ArgumentException($"--{key} must be whole numbers of at least {min}, separated by commas")).ToList();

    public DateOnly Date(string key, DateOnly fallback) =>
        !_values.Remove(key, out var text) ? fallback
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
        : throw new ArgumentException($"--{key} must be a date like 2026-11-23");

    public bool Flag(string key) => _flags.Contains(key);

    public void EnsureAllRead()
    {
        if (_values.Count > 0) throw new ArgumentException($"Unknown option --{_values.Keys.First()}");
    }
}
