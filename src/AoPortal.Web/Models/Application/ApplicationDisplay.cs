using AoPortal.Web.Infrastructure;
using System.Globalization;
using AoPortal.Domain.Applications;

namespace AoPortal.Web.Models.Application;

/// <summary>How the application pages word and format answers.</summary>
public static class ApplicationDisplay
{
    /// <summary>"English", "Maths", "Science".</summary>
    public static string Name(this GcseSubject subject) => subject switch
    {
        GcseSubject.English => "English",
        GcseSubject.Maths => "Maths",
        GcseSubject.Science => "Science",
        _ => subject.ToString(),
    };

    /// <summary>The subject as it reads inside a sentence: "English", "maths", "science".</summary>
    public static string InSentence(this GcseSubject subject) =>
        subject == GcseSubject.English ? "English" : subject.Name().ToLowerInvariant();

    /// <summary>What the task list says under each section's name.</summary>
    public static string Hint(ApplicationSection section) => section switch
    {
        ApplicationSection.PersonalDetails => "Your name, date of birth, contact details and TRN",
        ApplicationSection.Qualifications => "Your degree, and GCSEs or equivalent qualifications",
        ApplicationSection.TeachingExperience => "The schools and settings where you have taught",
        ApplicationSection.IntendedAssessment => "The age range and subjects you will be assessed for",
        ApplicationSection.Declarations => "Health, criminal record and confirming your application is true",
        ApplicationSection.SchoolSupport => "The school that employs you and will support your assessment",
        _ => "",
    };

    public static string StatusText(SectionStatus status) => status switch
    {
        SectionStatus.Completed => "Completed",
        SectionStatus.InProgress => "In progress",
        _ => "Not started",
    };



    public static string Dates(ExperienceEntry entry) =>
        entry.EndDate is { } end ? $"{UkTime.Date(entry.StartDate)} to {UkTime.Date(end)}" : $"{UkTime.Date(entry.StartDate)} to now";

    /// <summary>"1 (full time)" or "0.6".</summary>
    public static string Fte(decimal fte) =>
        fte == 1 ? "1 (full time)" : fte.ToString("0.##", CultureInfo.InvariantCulture);

    public static string YesNo(bool value) => value ? "Yes" : "No";

    /// <summary>"English and maths", "English, maths and science".</summary>
    public static string List(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count <= 1 ? string.Concat(list) : $"{string.Join(", ", list[..^1])} and {list[^1]}";
    }

    public static string Health(HealthDeclaration health) => health switch
    {
        HealthDeclaration.NoConditions => "I have no condition that affects my capacity to teach",
        HealthDeclaration.ConditionManaged => "I have a condition I manage, and may need adjustments",
        _ => health.ToString(),
    };

    public static string Qualification(GcseResult result) =>
        result.IsGcse ? $"GCSE, grade {result.Grade}, {result.Year}" : $"{result.Qualification}, grade {result.Grade}, {result.Year}";
}
