namespace AoPortal.Application.Common;

/// <summary>
/// Today's date in the UK. Times are stored in UTC, but "today" for a date someone types is the UK date:
/// just after midnight in British Summer Time, UTC is still on yesterday.
/// </summary>
public static class UkDate
{
    private static readonly TimeZoneInfo UkTime = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(Now(clock));

    /// <summary>The UK date of a moment stored in UTC.</summary>
    public static DateOnly Of(DateTime utc) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(utc, UkTime));

    /// <summary>The wall-clock time in the UK now, for things that happen at a time of day (the daily reminders).</summary>
    public static DateTime Now(TimeProvider clock) => TimeZoneInfo.ConvertTimeFromUtc(clock.GetUtcNow().UtcDateTime, UkTime);
}
