using AoPortal.Domain.Common;

namespace AoPortal.Domain.Applications;

/// <summary>
/// The candidate's first degree. A degree from outside the UK counts when UK ENIC has found it comparable
/// to a UK bachelor's degree; the candidate gives the ENIC reference.
/// </summary>
public sealed class Degree
{
    private Degree() { }

    public Degree(string subject, string institution, string country, int awardYear, string? classification, string? enicReference, DateOnly today)
    {
        Subject = Guard.Required(subject, "Enter the subject of your degree", 200);
        Institution = Guard.Required(institution, "Enter the university or college that awarded your degree", 200);
        Country = Guard.Required(country, "Enter the country where you studied", 100);
        AwardYear = ApplicationDates.PastYear(awardYear, today, "The year your degree was awarded", nameof(AwardYear));
        Classification = Guard.Optional(classification, 100, "Classification");
        EnicReference = Guard.Optional(enicReference, 50, "UK ENIC reference");
        if (IsOverseas && EnicReference is null)
            throw new DomainRuleException("Enter the UK ENIC reference for a degree from outside the UK", nameof(EnicReference));
    }

    public string Subject { get; private set; } = "";
    public string Institution { get; private set; } = "";
    public string Country { get; private set; } = "";
    public int AwardYear { get; private set; }
    public string? Classification { get; private set; }
    public string? EnicReference { get; private set; }

    private static readonly string[] UnitedKingdomNames = ["United Kingdom", "UK", "Great Britain", "Britain", "GB"];

    public bool IsOverseas =>
        !Schools.School.IsInUnitedKingdom(Country)
        && !UnitedKingdomNames.Any(name => string.Equals(Country.Trim(), name, StringComparison.OrdinalIgnoreCase));
}
