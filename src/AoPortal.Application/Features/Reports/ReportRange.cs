namespace AoPortal.Application.Features.Reports;

/// <summary>
/// A range of UK days, both ends included. Times are stored in UTC, so the range is also given as the UTC instants it
/// spans: from UK midnight at the start of <see cref="From"/> to UK midnight at the end of <see cref="To"/>.
/// </summary>
public readonly record struct ReportRange
{
    private static readonly TimeZoneInfo UkTime = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public ReportRange(DateOnly from, DateOnly to)
    {
        if (to < from) throw new ArgumentException("The end of a report range must not be before its start", nameof(to));
        From = from;
        To = to;
    }

    public DateOnly From { get; }
    public DateOnly To { get; }

    /// <summary>The first instant of the range, in UTC.</summary>
    public DateTime UtcStart => UtcMidnightOf(From);

    /// <summary>The first instant after the range, in UTC (exclusive).</summary>
    public DateTime UtcEnd => UtcMidnightOf(To.AddDays(1));

    public bool Contains(DateOnly day) => day >= From && day <= To;

    /// <summary>The first day of each calendar month the range touches, in order.</summary>
    public IReadOnlyList<DateOnly> Months
    {
        get
        {
            var months = new List<DateOnly>();
            for (var month = MonthOf(From); month <= To; month = month.AddMonths(1)) months.Add(month);
            return months;
        }
    }

    public static DateOnly MonthOf(DateOnly day) => new(day.Year, day.Month, 1);

    /// <summary>The UK calendar day a stored UTC time falls on.</summary>
    public static DateOnly UkDayOf(DateTime utc) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), UkTime));

    // UK clocks change at 1am, so midnight always exists and is never ambiguous.
    private static DateTime UtcMidnightOf(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), UkTime);
}
