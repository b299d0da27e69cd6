using AoPortal.Domain.Common;

namespace AoPortal.Domain.Applications;

/// <summary>The date rules every part of an application shares.</summary>
public static class ApplicationDates
{
    public static readonly DateOnly Earliest = new(1950, 1, 1);

    /// <summary>A date the candidate says has happened: not before 1950 and not in the future.</summary>
    public static DateOnly Past(DateOnly date, DateOnly today, string what, string field)
    {
        if (date < Earliest) throw new DomainRuleException($"{what} must be in 1950 or later", field);
        if (date > today) throw new DomainRuleException($"{what} must be today or in the past", field);
        return date;
    }

    public static int PastYear(int year, DateOnly today, string what, string field)
    {
        if (year < Earliest.Year) throw new DomainRuleException($"{what} must be 1950 or later", field);
        if (year > today.Year) throw new DomainRuleException($"{what} must be this year or earlier", field);
        return year;
    }
}
