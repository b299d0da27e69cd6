using AoPortal.Domain.Common;

namespace AoPortal.Domain.Applications;

/// <summary>
/// One post at a school or setting: when, how much of a full-time week, which ages, and whether the candidate
/// planned, taught and assessed whole classes (cover, supply and teaching-assistant work normally do not count).
/// </summary>
public sealed class ExperienceEntry
{
    private ExperienceEntry() { }

    public ExperienceEntry(
        Guid id,
        string settingName,
        string country,
        string roleTitle,
        DateOnly startDate,
        DateOnly? endDate,
        decimal fte,
        AgesTaught agesTaught,
        bool fullResponsibility,
        DateOnly today)
    {
        Id = id == Guid.Empty ? Guid.NewGuid() : id;
        SettingName = Guard.Required(settingName, "Enter the name of the school or setting", 200);
        Country = Guard.Required(country, "Enter the country of the school or setting", 100);
        RoleTitle = Guard.Required(roleTitle, "Enter your role", 100);
        StartDate = ApplicationDates.Past(startDate, today, "The start date", nameof(StartDate));
        if (endDate is { } end)
        {
            EndDate = ApplicationDates.Past(end, today, "The end date", nameof(EndDate));
            if (end < startDate) throw new DomainRuleException("The end date must be the same as or after the start date", nameof(EndDate));
        }

        if (fte is <= 0 or > 1) throw new DomainRuleException("Full-time equivalent must be more than 0 and no more than 1, like 0.6", nameof(Fte));
        Fte = fte;
        AgesTaught = agesTaught;
        FullResponsibility = fullResponsibility;
    }

    public Guid Id { get; private set; }
    public string SettingName { get; private set; } = "";
    public string Country { get; private set; } = "";
    public string RoleTitle { get; private set; } = "";
    public DateOnly StartDate { get; private set; }

    /// <summary>Null while the candidate still holds the post.</summary>
    public DateOnly? EndDate { get; private set; }

    /// <summary>Full-time equivalent, 1 for a full-time post.</summary>
    public decimal Fte { get; private set; }

    public AgesTaught AgesTaught { get; private set; }
    public bool FullResponsibility { get; private set; }

    /// <summary>The last day counted: the end date, or today for a post the candidate still holds.</summary>
    public DateOnly LastDay(DateOnly today) => EndDate ?? today;
}
