namespace AoPortal.Domain.Applications;

/// <summary>
/// An amount of full-time teaching, in days of full-time equivalent, shown in years and months. A year is counted
/// as 365 days, so two school years (730 days, or 731 with a 29 February) make two years, never 1 year 11 months.
/// </summary>
public readonly record struct TeachingTime(decimal FullTimeDays)
{
    private const decimal DaysInYear = 365m;

    public decimal Years => FullTimeDays / DaysInYear;

    public static TeachingTime FromYears(decimal years) => new(years * DaysInYear);

    public override string ToString()
    {
        var months = (int)Math.Floor(FullTimeDays * 12 / DaysInYear);
        var (years, rest) = (months / 12, months % 12);
        var parts = new List<string>();
        if (years > 0) parts.Add(years == 1 ? "1 year" : $"{years} years");
        if (rest > 0) parts.Add(rest == 1 ? "1 month" : $"{rest} months");
        return parts.Count == 0 ? "less than a month" : string.Join(" ", parts);
    }
}
