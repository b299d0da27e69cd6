namespace AoPortal.Domain.Applications;

/// <summary>An amount of full-time teaching, in days of full-time equivalent, shown in years and months.</summary>
public readonly record struct TeachingTime(decimal FullTimeDays)
{
    private const decimal DaysInYear = 365.25m;
    private const decimal DaysInMonth = DaysInYear / 12;

    public decimal Years => FullTimeDays / DaysInYear;

    public static TeachingTime FromYears(decimal years) => new(years * DaysInYear);

    public override string ToString()
    {
        var months = (int)Math.Floor(FullTimeDays / DaysInMonth);
        var (years, rest) = (months / 12, months % 12);
        var parts = new List<string>();
        if (years > 0) parts.Add(years == 1 ? "1 year" : $"{years} years");
        if (rest > 0) parts.Add(rest == 1 ? "1 month" : $"{rest} months");
        return parts.Count == 0 ? "less than a month" : string.Join(" ", parts);
    }
}
