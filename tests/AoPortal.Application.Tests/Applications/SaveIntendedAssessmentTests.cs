using AoPortal.Application.Features.Applications;
using AoPortal.Application.Tests.Support;
using AoPortal.Domain.Applications;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Common;

namespace AoPortal.Application.Tests.Applications;

public sealed class SaveIntendedAssessmentTests : IDisposable
{
    private readonly SqliteTestDatabase _database = new();
    private readonly SaveIntendedAssessment.Validator _validator = new();

    public void Dispose() => _database.Dispose();

    // Validator

    [Fact]
    public void A_secondary_range_with_a_subject_is_valid() =>
        ValidationAssert.IsValid(_validator.Validate(ApplicationCommands.IntendedAssessment("11-16", "Mathematics")));

    [Fact]
    public void A_primary_range_needs_no_subject() =>
        ValidationAssert.IsValid(_validator.Validate(ApplicationCommands.IntendedAssessment("5-11")));

    [Fact]
    public void An_answer_without_an_age_range_is_refused() =>
        ValidationAssert.HasError(_validator.Validate(ApplicationCommands.IntendedAssessment("")), "AgeRange", "Select the age range you want to be assessed for");

    [Fact]
    public void An_age_range_not_from_the_list_is_refused() =>
        ValidationAssert.HasError(_validator.Validate(ApplicationCommands.IntendedAssessment("11-13", "Mathematics")), "AgeRange", "Select an age range from the list");

    [Fact]
    public void A_range_past_age_11_without_a_subject_is_refused() =>
        ValidationAssert.HasError(_validator.Validate(ApplicationCommands.IntendedAssessment("11-16", " , ")), "Subjects", "Enter the subject you teach");

    [Fact]
    public void More_than_3_subjects_are_refused() =>
        ValidationAssert.HasError(_validator.Validate(ApplicationCommands.IntendedAssessment("11-16", "Maths, Physics, Chemistry, Biology")),
            "Subjects", "Enter no more than 3 subjects");

    // Handler

    [Fact]
    public async Task Saving_the_intended_assessment_changes_the_candidate_s_age_range_and_subjects()
    {
        var applicant = await Applicant.InvitedAsync(_database);

        await applicant.SaveIntendedAssessment(ApplicationCommands.IntendedAssessment("11-16", " Mathematics, Physics ,"));

        var candidate = await applicant.ReloadAsync();
        Assert.Equal(new AgeRange(11, 16), candidate.IntendedAgeRange!.Value);
        Assert.Equal(["Mathematics", "Physics"], candidate.Subjects);
        Assert.True(candidate.Application.IntendedAssessmentConfirmed);
        Assert.Equal(SectionStatus.Completed, ApplicationProgress.StatusOf(candidate, ApplicationSection.IntendedAssessment));
    }

    [Fact]
    public async Task Confirming_the_age_range_the_candidate_was_invited_for_completes_the_section()
    {
        var applicant = await Applicant.InvitedAsync(_database);
        Assert.Equal(SectionStatus.NotStarted,
            ApplicationProgress.StatusOf(await applicant.ReloadAsync(), ApplicationSection.IntendedAssessment));

        await applicant.SaveIntendedAssessment(ApplicationCommands.IntendedAssessment("5-11"));

        var candidate = await applicant.ReloadAsync();
        Assert.Equal(new AgeRange(5, 11), candidate.IntendedAgeRange!.Value);
        Assert.Empty(candidate.Subjects);
        Assert.True(candidate.Application.IntendedAssessmentConfirmed);
    }

    [Fact]
    public async Task A_range_past_age_11_without_a_subject_is_refused_and_nothing_changes()
    {
        var applicant = await Applicant.InvitedAsync(_database);

        var refusal = await Assert.ThrowsAsync<DomainRuleException>(() =>
            applicant.SaveIntendedAssessment(ApplicationCommands.IntendedAssessment("11-16")));

        Assert.Equal("Subjects", refusal.Field);
        var candidate = await applicant.ReloadAsync();
        Assert.Equal(new AgeRange(5, 11), candidate.IntendedAgeRange!.Value);
        Assert.False(candidate.Application.IntendedAssessmentConfirmed);
    }

    [Fact]
    public async Task Moving_to_a_range_that_reaches_primary_ages_asks_for_a_science_gcse()
    {
        var school = await new SchoolBuilder().SaveAsync(_database);
        var candidate = await new CandidateBuilder(school.Id).ForAgeRange("11-16", "Mathematics").SaveAsync(_database);
        var applicant = new Applicant(_database, candidate);
        await applicant.SaveDegree(ApplicationCommands.Degree());
        await applicant.SaveGcse(ApplicationCommands.Gcse(GcseSubject.English));
        await applicant.SaveGcse(ApplicationCommands.Gcse(GcseSubject.Maths));
        Assert.Equal(SectionStatus.Completed, ApplicationProgress.StatusOf(await applicant.ReloadAsync(), ApplicationSection.Qualifications));

        await applicant.SaveIntendedAssessment(ApplicationCommands.IntendedAssessment("7-14", "Mathematics"));

        Assert.Equal(SectionStatus.InProgress, ApplicationProgress.StatusOf(await applicant.ReloadAsync(), ApplicationSection.Qualifications));
    }
}
