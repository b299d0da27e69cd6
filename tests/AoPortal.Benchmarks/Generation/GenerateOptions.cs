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
        var arguments = new Arguments(args, "no-files");
        var defaults = new GenerateOptions { Database = arguments.Required("database") };
        var options = defaults with
        {
            Seed = arguments.Int("seed", defaults.Seed, 0),
            Candidates = arguments.Int("candidates", defaults.Candidates, 1),
            Schools = arguments.Int("schools", defaults.Schools, 2),
            Assessors = arguments.Int("assessors", defaults.Assessors, 1),
            Moderators = arguments.Int("moderators", defaults.Moderators, 1),
            Admins = arguments.Int("admins", defaults.Admins, 1),
            BatchSize = arguments.Int("batch", defaults.BatchSize, 1),
            Today = arguments.Date("today", defaults.Today),
            Uploads = arguments.Optional("uploads"),
            NoFiles = arguments.Flag("no-files"),
            Password = arguments.Optional("password") ?? defaults.Password,
        };
        arguments.EnsureAllRead();
        return options;
    }
}
