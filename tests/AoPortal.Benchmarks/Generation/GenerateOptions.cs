using System.Globalization;

namespace AoPortal.Benchmarks.Generation;

/// <summary>What to generate. Everything but <see cref="Database"/> has a default; the same options give the same data.</summary>
public sealed record GenerateOptions
{
    public required string Database { get; init; }
    public int Seed { get; init; } = 42;
    public int Candidates { get; init; } = 2000;
    public int Schools { get; init; } = 300;
    public int Assessors { get; init; } = 40;
    public int Moderators { get; init; } = 4;
    public int Admins { get; init; } = 3;

    /// <summary>The day the data is generated "as of": every date is counted back from it, never from the clock.</summary>
    public DateOnly Today { get; init; } = new(2026, 11, 23);

    /// <summary>Candidates per SaveChanges.</summary>
    public int BatchSize { get; init; } = 50;

    /// <summary>Where evidence files go; by default an "uploads" folder next to the database.</summary>
    public string? Uploads { get; init; }

    /// <summary>Writes no files, only the evidence metadata (the domain accepts that; downloads then find nothing).</summary>
    public bool NoFiles { get; init; }

    /// <summary>The password every generated account can sign in with (one hash, shared).</summary>
    public string Password { get; init; } = "AoPortal-bench-2026";

    public string UploadsFolder => Uploads ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(Database))!, "uploads");

    public const string Help = """
        generate --database FILE [--seed 42] [--candidates 2000] [--schools 300] [--assessors 40] [--moderators 4] [--admins 3]
                 [--today 2026-11-23] [--batch 50] [--uploads DIR] [--no-files] [--password TEXT]
          Creates FILE (replacing it and its uploads folder) as a migrated SQLite database and fills it with a provider of
          that size through the domain's own methods. The same options give the same data.
        """;

    public static GenerateOptions Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var noFiles = false;
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (name == "--no-files")
            {
                noFiles = true;
                continue;
            }

            if (!name.StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Count) throw new ArgumentException($"Unexpected argument {name}");
            values[name[2..]] = args[++i];
        }

        int Int(string key, int fallback, int min) =>
            !values.Remove(key, out var text) ? fallback
            : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min ? n
            : throw new ArgumentException($"--{key} must be a whole number of at least {min}");

        if (!values.Remove("database", out var database)) throw new ArgumentException("--database is required");
        var defaults = new GenerateOptions { Database = database };
        var options = defaults with
        {
            Seed = Int("seed", defaults.Seed, 0),
            Candidates = Int("candidates", defaults.Candidates, 1),
            Schools = Int("schools", defaults.Schools, 2),
            Assessors = Int("assessors", defaults.Assessors, 1),
            Moderators = Int("moderators", defaults.Moderators, 1),
            Admins = Int("admins", defaults.Admins, 1),
            BatchSize = Int("batch", defaults.BatchSize, 1),
            Today = values.Remove("today", out var today) ? DateOnly.ParseExact(today, "yyyy-MM-dd", CultureInfo.InvariantCulture) : defaults.Today,
            Uploads = values.Remove("uploads", out var uploads) ? uploads : null,
            NoFiles = noFiles,
            Password = values.Remove("password", out var password) ? password : defaults.Password,
        };
        if (values.Count > 0) throw new ArgumentException($"Unknown option --{values.Keys.First()}");
        return options;
    }
}
