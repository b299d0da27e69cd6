namespace AoPortal.Domain.Eligibility;

/// <summary>DfE's Assessment Only entry requirements ("A1"), as listed in DOMAIN.md.</summary>
public enum EligibilityRequirement
{
    Degree,
    GcseEnglish,
    GcseMaths,
    GcseScience,
    FundamentalSkills,
    Suitability,
    Safeguarding,
    FitnessToTeach,
    TwoSchools,
    Experience,
    AgeRange,
    ReadyNow,
    SchoolSupport,
}
