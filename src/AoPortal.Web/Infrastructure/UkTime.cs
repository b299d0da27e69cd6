using System.Globalization;

namespace AoPortal.Web.Infrastructure;

/// <summary>How pages show dates and times: stored in UTC, shown in UK time, in GOV.UK style ("4 June 2026 at 2:05pm").</summary>
public static class UkTime
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static string DateTime(DateTime utc) =>
        System.TimeZoneInfo.ConvertTimeFromUtc(utc, Zone).ToString("d MMMM yyyy 'at' h:mmtt", CultureInfo.InvariantCulture)
            .Replace("AM", "am").Replace("PM", "pm");

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string Date(DateTime utc) => Date(DateOnly.FromDateTime(System.TimeZoneInfo.ConvertTimeFromUtc(utc, Zone)));
}
