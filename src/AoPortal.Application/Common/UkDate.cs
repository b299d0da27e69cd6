namespace AoPortal.Application.Common;

/// <summary>
/// Today's date in the UK. Times are stored in UTC, but "today" for a date someone types is the UK date:
/// just after midnight in British Summer Time, UTC is still on yesterday.
/// </summary>
public static class UkDate
{
    private static readonly TimeZoneInfo UkTime = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static DateOnly Today(TimeProvider clock) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(clock.GetUtcNow().UtcDateTime, UkTime));
}
