namespace AoPortal.Domain.Schools;

/// <summary>A school's phase of education, as listed by Get Information about Schools.</summary>
public enum SchoolPhase
{
    Nursery,
    Primary,
    Middle,
    Secondary,
    AllThrough,
    SixteenPlus,
    Special,
    AlternativeProvision,
    FurtherEducation,
    EarlyYearsSetting,
}
