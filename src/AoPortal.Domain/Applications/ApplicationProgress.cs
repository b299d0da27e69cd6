using AoPortal.Domain.Candidates;

namespace AoPortal.Domain.Applications;

/// <summary>How far the candidate has got with each section of their application.</summary>
public static class ApplicationProgress
{
    public static SectionStatus StatusOf(Candidate candidate, ApplicationSection section)
    {
        var application = candidate.Application;
        return section switch
        {
            ApplicationSection.PersonalDetails => application.PersonalDetails is null ? SectionStatus.NotStarted : SectionStatus.Completed,
            ApplicationSection.Qualifications => Qualifications(candidate),
            ApplicationSection.TeachingExperience => application.Experience.Count == 0 ? SectionStatus.NotStarted
                : application.ExperienceConfirmed ? SectionStatus.Completed : SectionStatus.InProgress,
            ApplicationSection.IntendedAssessment => application.IntendedAssessmentConfirmed ? SectionStatus.Completed : SectionStatus.NotStarted,
            ApplicationSection.Declarations => application.Declarations is null ? SectionStatus.NotStarted : SectionStatus.Completed,
            ApplicationSection.SchoolSupport => application.SchoolConfirmed ? SectionStatus.Completed : SectionStatus.NotStarted,
            _ => throw new ArgumentOutOfRangeException(nameof(section)),
        };
    }

    /// <summary>The sections not yet completed, in task-list order.</summary>
    public static IReadOnlyList<ApplicationSection> Incomplete(Candidate candidate) =>
        Enum.GetValues<ApplicationSection>().Where(s => StatusOf(candidate, s) != SectionStatus.Completed).ToList();

    /// <summary>
    /// The GCSE subjects the candidate needs: English and maths, and science when the age range reaches primary ages
    /// (asked for once the candidate has chosen their age range).
    /// </summary>
    public static IReadOnlyList<GcseSubject> RequiredGcses(AgeRange? ageRange) =>
        ageRange is { ReachesPrimary: true } ? [GcseSubject.English, GcseSubject.Maths, GcseSubject.Science] : [GcseSubject.English, GcseSubject.Maths];

    public static string DisplayName(this ApplicationSection section) => section switch
    {
        ApplicationSection.PersonalDetails => "Personal details",
        ApplicationSection.Qualifications => "Degree and GCSEs",
        ApplicationSection.TeachingExperience => "Teaching experience",
        ApplicationSection.IntendedAssessment => "Age range and subjects",
        ApplicationSection.Declarations => "Declarations",
        ApplicationSection.SchoolSupport => "Your school",
        _ => section.ToString(),
    };

    private static SectionStatus Qualifications(Candidate candidate)
    {
        var application = candidate.Application;
        if (application.Degree is null && application.Gcses.Count == 0) return SectionStatus.NotStarted;
        var hasAll = application.Degree is not null
            && RequiredGcses(candidate.IntendedAgeRange).All(subject => application.Gcse(subject) is not null);
        return hasAll ? SectionStatus.Completed : SectionStatus.InProgress;
    }
}
