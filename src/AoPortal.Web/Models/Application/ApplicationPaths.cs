using AoPortal.Domain.Applications;

namespace AoPortal.Web.Models.Application;

/// <summary>The addresses of the application pages, in one place for the controller and the views.</summary>
public static class ApplicationPaths
{
    public const string TaskList = "/application";
    public const string PersonalDetails = "/application/personal-details";
    public const string Qualifications = "/application/qualifications";
    public const string Degree = "/application/degree";
    public const string Experience = "/application/experience";
    public const string NewExperience = "/application/experience/new";
    public const string ConfirmExperience = "/application/experience/confirm";
    public const string AgeRange = "/application/age-range";
    public const string Declarations = "/application/declarations";
    public const string School = "/application/school";
    public const string Check = "/application/check";
    public const string Submit = "/application/submit";

    public static string Gcse(GcseSubject subject) => $"/application/gcse/{subject.ToString().ToLowerInvariant()}";

    public static string ChangeExperience(Guid id) => $"/application/experience/{id}";

    public static string RemoveExperience(Guid id) => $"/application/experience/{id}/remove";

    public static string Of(ApplicationSection section) => section switch
    {
        ApplicationSection.PersonalDetails => PersonalDetails,
        ApplicationSection.Qualifications => Qualifications,
        ApplicationSection.TeachingExperience => Experience,
        ApplicationSection.IntendedAssessment => AgeRange,
        ApplicationSection.Declarations => Declarations,
        ApplicationSection.SchoolSupport => School,
        _ => TaskList,
    };
}
