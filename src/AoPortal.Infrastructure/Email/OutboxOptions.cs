namespace AoPortal.Infrastructure.Email;

/// <summary>Settings under "Outbox": how often queued emails are looked at, how often a failing one is retried, and when to give up.</summary>
public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>Seconds between the dispatcher's looks for due messages. 0 or less turns the dispatcher off.</summary>
    public int PollSeconds { get; set; } = 10;

    /// <summary>Attempts before a message is marked Failed and shown to admins.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>The wait after the first failed attempt; it doubles after each further one (1, 2, 4, 8... minutes by default).</summary>
    public int RetryBaseSeconds { get; set; } = 60;

    /// <summary>The longest wait between attempts.</summary>
    public int RetryMaxSeconds { get; set; } = 3600;

    /// <summary>How long a claim lasts: another sender may take a message over only after it. Keep it well above the SMTP timeout (100 s).</summary>
    public int LeaseSeconds { get; set; } = 300;

    /// <summary>Most messages the dispatcher sends per look.</summary>
    public int BatchSize { get; set; } = 50;

    /// <summary>A pending message due longer than this is shown to admins as overdue.</summary>
    public int OverdueMinutes { get; set; } = 5;

    public TimeSpan Lease => TimeSpan.FromSeconds(Math.Max(1, LeaseSeconds));

    /// <summary>The wait after the given number of failed attempts (1 for the first): base × 2^(n−1), capped.</summary>
    public TimeSpan BackoffAfter(int attempts)
    {
        var baseSeconds = Math.Max(1, RetryBaseSeconds);
        var maxSeconds = Math.Max(baseSeconds, RetryMaxSeconds);
        var exponent = Math.Clamp(attempts - 1, 0, 30);
        return TimeSpan.FromSeconds(Math.Min(maxSeconds, baseSeconds * Math.Pow(2, exponent)));
    }
}
