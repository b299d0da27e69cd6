namespace AoPortal.Infrastructure.Reminders;

/// <summary>Settings under "Reminders": when the daily reminders go out, and how the job looks for its time.</summary>
public sealed class ReminderOptions
{
    public const string Section = "Reminders";

    /// <summary>The UK time of day ("HH:mm") from which the day's reminders are queued. A portal started later in the day catches up at once.</summary>
    public string DailyAt { get; set; } = "07:00";

    /// <summary>Seconds between the job's looks at the clock. 0 or less turns the daily reminders off.</summary>
    public int CheckEverySeconds { get; set; } = 60;

    /// <summary>How long an instance holds the day's run before another may take it over (should the first have died).</summary>
    public int LeaseMinutes { get; set; } = 10;

    public TimeOnly Time => TimeOnly.ParseExact(DailyAt, "HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    public TimeSpan Lease => TimeSpan.FromMinutes(Math.Max(1, LeaseMinutes));
}
