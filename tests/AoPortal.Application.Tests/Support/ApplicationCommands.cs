using AoPortal.Application.Common;
using AoPortal.Application.Features.Applications;
using AoPortal.Domain.Applications;

namespace AoPortal.Application.Tests.Support;

/// <summary>
/// Valid answers for each page of the application, as a candidate would type them, relative to
/// <see cref="FakeTimeProvider.DefaultNow"/> (23 November 2026). Tests change one property to test one rule.
/// </summary>
public static class ApplicationCommands
{
    public static DateParts Date(int day, int month, int year) =>
        new() { Day = day.ToString(), Month = month.ToString(), Year = year.ToString() };

    public static SavePersonalDetails.Command PersonalDetails() => new()
    {
        LegalFirstNames = "Ada Augusta",
        LegalLastName = "King",
        PreviousNames = "Ada Byron",
        DateOfBirth = Date(10, 12, 1985),
        Phone = "+44 808 157 0192",
        Address = "12 Ockham Road\nLeeds",
        Postcode = "ls1 4ap",
        Trn = null,
        Nationality = "British",
    };

    public static SaveDegree.Command Degree() => new()
    {
        Subject = "Mathematics",
        Institution = "University of Leeds",
        Country = "United Kingdom",
        AwardYear = "2007",
        Classification = "2:1",
        EnicReference = null,
    };

    public static SaveGcse.Command Gcse(GcseSubject subject, string grade = "B", string year = "2002") => new()
    {
        Subject = subject,
        IsGcse = true,
        Grade = grade,
        Year = year,
    };

    /// <summary>A post the candidate still holds: full time, ages 7 to 11, since September 2019.</summary>
    public static SaveExperience.Command CurrentPost(string settingName = "Oakfield Primary School") => new()
    {
        SettingName = settingName,
        Country = "England",
        RoleTitle = "Class teacher",
        StartDate = Date(1, 9, 2019),
        StillInPost = true,
        Fte = "1",
        AgesFrom = "7",
        AgesTo = "11",
        FullResponsibility = true,
    };

    /// <summary>An earlier, part-time post that has ended.</summary>
    public static SaveExperience.Command PastPost(string settingName = "Beech Hill Academy") => new()
    {
        SettingName = settingName,
        Country = "England",
        RoleTitle = "Unqualified teacher",
        StartDate = Date(1, 9, 2015),
        StillInPost = false,
        EndDate = Date(31, 7, 2019),
        Fte = "0.6",
        AgesFrom = "5",
        AgesTo = "7",
        FullResponsibility = true,
    };

    public static SaveIntendedAssessment.Command IntendedAssessment(string ageRange = "5-11", string? subjects = null) =>
        new() { AgeRange = ageRange, Subjects = subjects };

    public static SaveDeclarations.Command Declarations() => new()
    {
        Health = HealthDeclaration.NoConditions,
        HasCriminalRecord = false,
        ConfirmedTrue = true,
    };

    public static SaveSchoolSupport.Command SchoolSupport(Guid employingSchoolId) => new() { EmployingSchoolId = employingSchoolId };

    public static SaveSchoolSupport.Command SchoolNotListed(string name) => new() { SchoolNotListed = true, RequestedSchoolName = name };
}
