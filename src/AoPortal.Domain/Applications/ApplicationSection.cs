namespace AoPortal.Domain.Applications;

/// <summary>The sections of the application task list, in the order the candidate sees them.</summary>
public enum ApplicationSection
{
    PersonalDetails,
    Qualifications,
    TeachingExperience,
    IntendedAssessment,
    Declarations,
    SchoolSupport,
}
