namespace AoPortal.EndToEnd.Tests;

/// <summary>
/// Where the browser tests look for Chromium, and whether its absence skips or fails them.
/// A newcomer's machine without Chromium reports the browser tests as skipped with the reason;
/// with CI=true a missing browser is never skipped: the test runs and fails on launch.
/// </summary>
public static class BrowserRequirement
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public const string MissingReason = "Chromium is not installed at /usr/bin/chromium (apt-get install chromium)";

    public static bool IsCi =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The skip reason, or null when the tests must run (Chromium present, or CI=true).</summary>
    public static string? SkipReason => File.Exists(ChromiumPath) || IsCi ? null : MissingReason;
}

/// <summary>A fact that needs the real browser: skipped when Chromium is missing, except under CI=true.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (BrowserRequirement.SkipReason is { } reason) Skip = reason;
    }
}

/// <summary>A theory that needs the real browser: skipped when Chromium is missing, except under CI=true.</summary>
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute()
    {
        if (BrowserRequirement.SkipReason is { } reason) Skip = reason;
    }
}
