using AoPortal.Application.Common;
using AoPortal.Application.Features.Applications;
using AoPortal.Application.Tests.Support;
using AoPortal.Domain.Applications;
using AoPortal.Domain.Candidates;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Application.Tests.Applications;

/// <summary>
/// The application is one JSON column on the Candidates table: everything a candidate enters, saved a page at a time,
/// must come back from SQLite exactly as entered.
/// </summary>
public sealed class ApplicationRoundTripTests : IDisposable
{
    private readonly SqliteTestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    private static SaveExperience.Command Post(string setting, DateParts start, DateParts? end, string fte, string from, string to, bool full, string country = "England") => new()
    {
        SettingName = setting,
        Country = country,
        RoleTitle = $"Teacher at {setting}",
        StartDate = start,
        StillInPost = end is null,
        EndDate = end ?? new DateParts(),
        Fte = fte,
        AgesFrom = from,
        AgesTo = to,
        FullResponsibility = full,
    };

    private static DateParts Date(int day, int month, int year) => ApplicationCommands.Date(day, month, year);

    [Fact]
    public async Task A_complete_application_comes_back_from_the_database_with_every_value_as_entered()
    {
        var school = await new SchoolBuilder().Named("Willow Academy").SaveAsync(_database);
        var candidate = await new CandidateBuilder(school.Id).ForAgeRange("5-11").SaveAsync(_database);
        var applicant = new Applicant(_database, candidate);

        var personal = ApplicationCommands.PersonalDetails();
        personal.Trn = "2345678";
        personal.DateOfBirth = Date(29, 2, 1984);
        await applicant.SavePersonalDetails(personal);
        var degree = ApplicationCommands.Degree();
        degree.Country = "Ireland";
        degree.EnicReference = "IE-123/45";
        degree.AwardYear = "2006";
        await applicant.SaveDegree(degree);
        // Entered in the order the application keeps them in (subject order; posts newest first): see the report on
        // CandidateApplication's sorting of JSON collections for what happens otherwise.
        await applicant.SaveGcse(new SaveGcse.Command { Subject = GcseSubject.English, IsGcse = false, Qualification = "Irish Leaving Certificate", Grade = "H3", Year = "2002" });
        await applicant.SaveGcse(new SaveGcse.Command { Subject = GcseSubject.Maths, IsGcse = true, Grade = "A*", Year = "2000" });
        await applicant.SaveGcse(new SaveGcse.Command { Subject = GcseSubject.Science, IsGcse = true, Grade = "6-5", Year = "2001" });
        await applicant.SaveExperience(Post("Current School", Date(4, 1, 2021), null, "1", "3", "7", true));
        await applicant.SaveExperience(Post("Escuela Dos", Date(1, 9, 2013), Date(20, 12, 2020), "0.25", "11", "16", false, "Spain"));
        await applicant.SaveExperience(Post("Primary One", Date(1, 9, 2010), Date(31, 8, 2013), "0.6", "7", "11", true));
        await applicant.ConfirmExperience();
        await applicant.SaveIntendedAssessment(ApplicationCommands.IntendedAssessment("7-14", "Mathematics, Spanish"));
        await applicant.SaveDeclarations(new SaveDeclarations.Command
        {
            Health = HealthDeclaration.ConditionManaged,
            HealthDetails = "Hearing loop in meetings",
            HasCriminalRecord = true,
            CriminalRecordDetails = "Speeding fine, 2009",
            ConfirmedTrue = true,
        });
        await applicant.SaveSchoolSupport(ApplicationCommands.SchoolNotListed("Elm Tree School, York"));

        await using var db = _database.NewContext();
        var stored = await db.Candidates.AsNoTracking().SingleAsync(c => c.Id == candidate.Id);
        var application = stored.Application;

        Assert.Equal("2345678", stored.Trn);
        Assert.Equal(new AgeRange(7, 14), stored.IntendedAgeRange!.Value);
        Assert.Equal(["Mathematics", "Spanish"], stored.Subjects);
        Assert.Null(stored.EmployingSchoolId);
        Assert.Equal(CandidateStatus.ApplicationDraft, stored.Status);

        var details = application.PersonalDetails!;
        Assert.Equal(
            ("Ada Augusta", "King", "Ada Byron", new DateOnly(1984, 2, 29), "+44 808 157 0192", "12 Ockham Road\nLeeds", "LS1 4AP", "2345678", "British"),
            (details.LegalFirstNames, details.LegalLastName, details.PreviousNames, details.DateOfBirth, details.Phone, details.Address,
                details.Postcode, details.Trn, details.Nationality));

        var storedDegree = application.Degree!;
        Assert.Equal(("Mathematics", "University of Leeds", "Ireland", 2006, "2:1", "IE-123/45"),
            (storedDegree.Subject, storedDegree.Institution, storedDegree.Country, storedDegree.AwardYear, storedDegree.Classification, storedDegree.EnicReference));

        Assert.Equal(
            [
                (GcseSubject.English, false, "Irish Leaving Certificate", "H3", 2002),
                (GcseSubject.Maths, true, "GCSE", "A*", 2000),
                (GcseSubject.Science, true, "GCSE", "6-5", 2001),
            ],
            application.Gcses.Select(g => (g.Subject, g.IsGcse, g.Qualification, g.Grade, g.Year)));

        Assert.Equal(
            [
                ("Current School", "England", "Teacher at Current School", new DateOnly(2021, 1, 4), (DateOnly?)null, 1m, new AgesTaught(3, 7), true),
                ("Escuela Dos", "Spain", "Teacher at Escuela Dos", new DateOnly(2013, 9, 1), new DateOnly(2020, 12, 20), 0.25m, new AgesTaught(11, 16), false),
                ("Primary One", "England", "Teacher at Primary One", new DateOnly(2010, 9, 1), new DateOnly(2013, 8, 31), 0.6m, new AgesTaught(7, 11), true),
            ],
            application.Experience.Select(e => (e.SettingName, e.Country, e.RoleTitle, e.StartDate, e.EndDate, e.Fte, e.AgesTaught, e.FullResponsibility)));
        Assert.Equal(3, application.Experience.Select(e => e.Id).Distinct().Count());
        Assert.DoesNotContain(Guid.Empty, application.Experience.Select(e => e.Id));
        Assert.Equal([KeyStage.EarlyYears, KeyStage.KeyStage1], application.Experience[0].AgesTaught.KeyStages);
        Assert.True(application.ExperienceConfirmed);
        Assert.True(application.IntendedAssessmentConfirmed);

        var declarations = application.Declarations!;
        Assert.Equal((HealthDeclaration.ConditionManaged, "Hearing loop in meetings", true, "Speeding fine, 2009", true),
            (declarations.Health, declarations.HealthDetails, declarations.HasCriminalRecord, declarations.CriminalRecordDetails, declarations.ConfirmedTrue));

        Assert.True(application.SchoolConfirmed);
        Assert.Equal("Elm Tree School, York", application.RequestedSchoolName);
        Assert.Null(application.ReturnMessage);
        Assert.Null(application.SubmittedAt);
        Assert.Empty(ApplicationProgress.Incomplete(stored));
    }

    [Fact]
    public async Task The_experience_ids_stay_the_same_from_one_load_to_the_next()
    {
        var applicant = await Applicant.InvitedAsync(_database);
        await applicant.CompleteAsync();

        var first = (await applicant.ReloadAsync()).Application.Experience.Select(e => e.Id).ToList();
        await applicant.SaveDegree(ApplicationCommands.Degree());
        var second = (await applicant.ReloadAsync()).Application.Experience.Select(e => e.Id).ToList();

        Assert.Equal(first, second);
    }

    [Fact]
    public async Task A_new_candidate_s_application_loads_empty()
    {
        var applicant = await Applicant.InvitedAsync(_database);

        var application = (await applicant.ReloadAsync()).Application;

        Assert.Null(application.PersonalDetails);
        Assert.Null(application.Degree);
        Assert.Empty(application.Gcses);
        Assert.Empty(application.Experience);
        Assert.Null(application.Declarations);
        Assert.False(application.ExperienceConfirmed || application.IntendedAssessmentConfirmed || application.SchoolConfirmed);
    }

    [Fact]
    public async Task Saving_one_section_keeps_every_other_section_as_it_was()
    {
        var applicant = await Applicant.InvitedAsync(_database);
        await applicant.CompleteAsync();
        var before = (await applicant.ReloadAsync()).Application;

        var changed = ApplicationCommands.Degree();
        changed.Subject = "History";
        await applicant.SaveDegree(changed);

        var after = (await applicant.ReloadAsync()).Application;
        Assert.Equal("History", after.Degree!.Subject);
        Assert.Equal(before.PersonalDetails!.LegalFirstNames, after.PersonalDetails!.LegalFirstNames);
        Assert.Equal(before.Gcses.Select(g => (g.Subject, g.Grade)), after.Gcses.Select(g => (g.Subject, g.Grade)));
        Assert.Equal(before.Experience.Select(e => (e.Id, e.Fte, e.EndDate)), after.Experience.Select(e => (e.Id, e.Fte, e.EndDate)));
        Assert.Equal(before.Declarations!.Health, after.Declarations!.Health);
        Assert.True(after.ExperienceConfirmed && after.IntendedAssessmentConfirmed && after.SchoolConfirmed);
    }
}
