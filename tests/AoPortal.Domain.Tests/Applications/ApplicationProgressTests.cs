using AoPortal.Domain.Applications;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Common;

namespace AoPortal.Domain.Tests.Applications;

public class ApplicationProgressTests
{
    private static SectionStatus StatusOf(Candidate candidate, ApplicationSection section) =>
        ApplicationProgress.StatusOf(candidate, section);

    [Fact]
    public void A_freshly_invited_candidate_has_started_no_section()
    {
        var candidate = new ApplicationBuilder().Build();

        Assert.All(Enum.GetValues<ApplicationSection>(), section => Assert.Equal(SectionStatus.NotStarted, StatusOf(candidate, section)));
    }

    [Fact]
    public void A_freshly_invited_candidate_has_every_section_still_to_do_in_task_list_order()
    {
        var candidate = new ApplicationBuilder().Build();

        Assert.Equal(
            [
                ApplicationSection.PersonalDetails, ApplicationSection.Qualifications, ApplicationSection.TeachingExperience,
                ApplicationSection.IntendedAssessment, ApplicationSection.Declarations, ApplicationSection.SchoolSupport,
            ],
            ApplicationProgress.Incomplete(candidate));
    }

    [Fact]
    public void A_complete_application_has_nothing_left_to_do()
    {
        var candidate = new ApplicationBuilder().Complete().Build();

        Assert.Empty(ApplicationProgress.Incomplete(candidate));
        Assert.All(Enum.GetValues<ApplicationSection>(), section => Assert.Equal(SectionStatus.Completed, StatusOf(candidate, section)));
    }

    [Fact]
    public void Incomplete_lists_only_the_sections_not_completed_in_order()
    {
        var candidate = new ApplicationBuilder()
            .WithPersonalDetails()
            .WithDegree()
            .WithIntendedAssessment()
            .WithSchoolSupport()
            .Build();

        Assert.Equal(
            [ApplicationSection.Qualifications, ApplicationSection.TeachingExperience, ApplicationSection.Declarations],
            ApplicationProgress.Incomplete(candidate));
    }

    [Fact]
    public void Personal_details_are_completed_once_saved()
    {
        var candidate = new ApplicationBuilder().WithPersonalDetails().Build();

        Assert.Equal(SectionStatus.Completed, StatusOf(candidate, ApplicationSection.PersonalDetails));
    }

    [Fact]
    public void Qualifications_are_in_progress_with_only_a_degree()
    {
        var candidate = new ApplicationBuilder().WithDegree().Build();

        Assert.Equal(SectionStatus.InProgress, StatusOf(candidate, ApplicationSection.Qualifications));
    }

    [Fact]
    public void Qualifications_are_in_progress_with_gcses_but_no_degree()
    {
        var candidate = new ApplicationBuilder().WithGcses().Build();

        Assert.Equal(SectionStatus.InProgress, StatusOf(candidate, ApplicationSection.Qualifications));
    }

    [Fact]
    public void Qualifications_for_11_to_16_are_completed_with_a_degree_english_and_maths()
    {
        var candidate = new ApplicationBuilder().WithDegree().WithGcse(GcseSubject.English).WithGcse(GcseSubject.Maths).Build();

        Assert.Equal(SectionStatus.Completed, StatusOf(candidate, ApplicationSection.Qualifications));
    }

    [Fact]
    public void Qualifications_for_5_to_11_stay_in_progress_until_science_is_added()
    {
        var builder = new ApplicationBuilder().Primary().WithDegree().WithGcse(GcseSubject.English).WithGcse(GcseSubject.Maths);
        var withoutScience = builder.Build();
        var withScience = builder.WithGcse(GcseSubject.Science).Build();

        Assert.Equal(SectionStatus.InProgress, StatusOf(withoutScience, ApplicationSection.Qualifications));
        Assert.Equal(SectionStatus.Completed, StatusOf(withScience, ApplicationSection.Qualifications));
    }

    [Fact]
    public void Qualifications_go_back_to_in_progress_when_the_age_range_changes_to_primary_without_science()
    {
        var candidate = new ApplicationBuilder().WithDegree().WithGcse(GcseSubject.English).WithGcse(GcseSubject.Maths).Build();

        candidate.SaveIntendedAssessment(new AgeRange(5, 11), []);

        Assert.Equal(SectionStatus.InProgress, StatusOf(candidate, ApplicationSection.Qualifications));
    }

    [Fact]
    public void Qualifications_count_as_given_whatever_the_grades()
    {
        var candidate = new ApplicationBuilder()
            .WithDegree()
            .WithGcse(new GcseResultBuilder().In(GcseSubject.English).WithGrade("3").Build())
            .WithGcse(new GcseResultBuilder().In(GcseSubject.Maths).Equivalent().WithGrade("B").Build())
            .Build();

        Assert.Equal(SectionStatus.Completed, StatusOf(candidate, ApplicationSection.Qualifications));
    }

    [Theory]
    [InlineData(3, 7)]
    [InlineData(5, 11)]
    [InlineData(7, 14)]
    public void Science_is_required_when_the_range_reaches_primary_ages(int fromAge, int toAge)
    {
        Assert.Equal([GcseSubject.English, GcseSubject.Maths, GcseSubject.Science],
            ApplicationProgress.RequiredGcses(new AgeRange(fromAge, toAge)));
    }

    [Theory]
    [InlineData(11, 16)]
    [InlineData(14, 19)]
    public void Only_english_and_maths_are_required_for_secondary_ranges(int fromAge, int toAge)
    {
        Assert.Equal([GcseSubject.English, GcseSubject.Maths], ApplicationProgress.RequiredGcses(new AgeRange(fromAge, toAge)));
    }

    [Fact]
    public void Teaching_experience_is_in_progress_after_adding_a_post()
    {
        var candidate = new ApplicationBuilder().WithExperience(new ExperienceEntryBuilder().Build()).Build();

        Assert.Equal(SectionStatus.InProgress, StatusOf(candidate, ApplicationSection.TeachingExperience));
    }

    [Fact]
    public void Teaching_experience_is_completed_only_once_confirmed()
    {
        var candidate = new ApplicationBuilder().WithExperience(new ExperienceEntryBuilder().Build()).WithExperienceConfirmed().Build();

        Assert.Equal(SectionStatus.Completed, StatusOf(candidate, ApplicationSection.TeachingExperience));
    }

    [Fact]
    public void Teaching_experience_goes_back_to_in_progress_when_another_post_is_added()
    {
        var candidate = new ApplicationBuilder().WithExperience(new ExperienceEntryBuilder().Build()).WithExperienceConfirmed().Build();

        candidate.SaveExperience(new ExperienceEntryBuilder().At("Hillside School").From(new DateOnly(2024, 9, 1)).Current().Build());

        Assert.Equal(SectionStatus.InProgress, StatusOf(candidate, ApplicationSection.TeachingExperience));
    }

    [Fact]
    public void Teaching_experience_goes_back_to_in_progress_when_a_post_is_changed()
    {
        var id = Guid.NewGuid();
        var candidate = new ApplicationBuilder().WithExperience(new ExperienceEntryBuilder().WithId(id).Build()).WithExperienceConfirmed().Build();

        candidate.SaveExperience(new ExperienceEntryBuilder().WithId(id).WithFte(0.5m).Build());

        Assert.Equal(SectionStatus.InProgress, StatusOf(candidate, ApplicationSection.TeachingExperience));
    }

    [Fact]
    public void Teaching_experience_goes_back_to_in_progress_when_a_post_is_removed()
    {
        var candidate = new ApplicationBuilder().WithTwoSchoolsOfExperience().WithExperienceConfirmed().Build();

        candidate.RemoveExperience(candidate.Application.Experience[0].Id);

        Assert.Equal(SectionStatus.InProgress, StatusOf(candidate, ApplicationSection.TeachingExperience));
    }

    [Fact]
    public void Teaching_experience_is_not_started_again_once_every_post_is_removed()
    {
        var entry = new ExperienceEntryBuilder().Build();
        var candidate = new ApplicationBuilder().WithExperience(entry).WithExperienceConfirmed().Build();

        candidate.RemoveExperience(entry.Id);

        Assert.Equal(SectionStatus.NotStarted, StatusOf(candidate, ApplicationSection.TeachingExperience));
    }

    [Fact]
    public void The_intended_assessment_is_completed_once_the_candidate_saves_it()
    {
        var candidate = new ApplicationBuilder().WithIntendedAssessment().Build();

        Assert.Equal(SectionStatus.Completed, StatusOf(candidate, ApplicationSection.IntendedAssessment));
    }

    [Fact]
    public void Declarations_are_completed_once_saved()
    {
        var candidate = new ApplicationBuilder().WithDeclarations(HealthDeclaration.ConditionManaged).Build();

        Assert.Equal(SectionStatus.Completed, StatusOf(candidate, ApplicationSection.Declarations));
    }

    [Fact]
    public void School_support_is_completed_when_the_candidate_confirms_a_listed_school()
    {
        var candidate = new ApplicationBuilder().Build();
        var schoolId = Guid.NewGuid();

        candidate.SaveSchoolSupport(schoolId, null);

        Assert.Equal(SectionStatus.Completed, StatusOf(candidate, ApplicationSection.SchoolSupport));
        Assert.Equal(schoolId, candidate.EmployingSchoolId);
        Assert.Null(candidate.Application.RequestedSchoolName);
    }

    [Fact]
    public void School_support_is_completed_when_the_candidate_names_a_school_that_is_not_listed()
    {
        var candidate = new ApplicationBuilder().Build();

        candidate.SaveSchoolSupport(null, "  Meadow Lane Primary ");

        Assert.Equal(SectionStatus.Completed, StatusOf(candidate, ApplicationSection.SchoolSupport));
        Assert.Equal("Meadow Lane Primary", candidate.Application.RequestedSchoolName);
        // The school on the record no longer employs them, so it is not theirs until the provider links the named one.
        Assert.Null(candidate.EmployingSchoolId);
    }

    [Theory]
    [InlineData(false, null)]
    [InlineData(true, null)]
    [InlineData(true, "   ")]
    public void School_support_with_neither_a_school_nor_a_school_name_is_refused(bool emptyId, string? name)
    {
        var candidate = new ApplicationBuilder().Build();
        Guid? schoolId = emptyId ? Guid.Empty : null;

        var error = Assert.Throws<DomainRuleException>(() => candidate.SaveSchoolSupport(schoolId, name));

        Assert.Equal("Select your school, or tell us its name if it is not listed", error.Message);
        Assert.Equal("EmployingSchoolId", error.Field);
        Assert.Equal(SectionStatus.NotStarted, StatusOf(candidate, ApplicationSection.SchoolSupport));
    }

    [Theory]
    [InlineData(ApplicationSection.PersonalDetails, "Personal details")]
    [InlineData(ApplicationSection.Qualifications, "Degree and GCSEs")]
    [InlineData(ApplicationSection.TeachingExperience, "Teaching experience")]
    [InlineData(ApplicationSection.IntendedAssessment, "Age range and subjects")]
    [InlineData(ApplicationSection.Declarations, "Declarations")]
    [InlineData(ApplicationSection.SchoolSupport, "Your school")]
    public void Each_section_has_a_name_for_the_task_list(ApplicationSection section, string name)
    {
        Assert.Equal(name, section.DisplayName());
    }
}
