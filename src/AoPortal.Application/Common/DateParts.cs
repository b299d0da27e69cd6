namespace AoPortal.Application.Common;

/// <summary>The day, month and year boxes of a GOV.UK date input, as typed.</summary>
public sealed class DateParts
{
    public string? Day { get; set; }
    public string? Month { get; set; }
    public string? Year { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Day) && string.IsNullOrWhiteSpace(Month) && string.IsNullOrWhiteSpace(Year);

    public bool IsComplete => !string.IsNullOrWhiteSpace(Day) && !string.IsNullOrWhiteSpace(Month) && !string.IsNullOrWhiteSpace(Year);

    /// <summary>The date, when the three parts make a real one (31 February does not).</summary>
    public DateOnly? AsDate =>
        int.TryParse(Day, out var d) && int.TryParse(Month, out var m) && int.TryParse(Year, out var y)
        && y is >= 1 and <= 9999 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m)
            ? new DateOnly(y, m, d)
            : null;

    public static DateParts From(DateOnly? date) =>
        date is { } value ? new DateParts { Day = value.Day.ToString(), Month = value.Month.ToString(), Year = value.Year.ToString() } : new DateParts();
}
