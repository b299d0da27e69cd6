using AoPortal.Domain.Applications;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Common;
using AoPortal.Domain.Tests.Applications;

namespace AoPortal.Domain.Tests.Candidates;

/// <summary>The candidate's methods that fill in the application while it is a draft.</summary>
public class CandidateApplicationTests
{
    public static TheoryData<string, Action<Candidate>> EveryChange() => new()
    {
        { "SavePersonalDetails", c => c.SavePersonalDetails(new PersonalDetailsBuilder().Build()) },
        { "SaveDegree", c => c.SaveDegree(new DegreeBuilder().Build()) },
        { "SaveGcse", c => c.SaveGcse(GcseResultBuilder.Pass(GcseSubject.Maths)) },
        { "SaveExperience", c => c.SaveExperience(new ExperienceEntryBuilder().Build()) },
        { "RemoveExperience", c => c.RemoveExperience(c.Application.Experience[0].Id) },
        { "ConfirmExperienceComplete", c => c.ConfirmExperienceComplete() },
        { "SaveIntendedAssessment", c => c.SaveIntendedAssessment(new AgeRange(11, 18), ["Physics"]) },
        { "SaveDeclarations", c => c.SaveDeclarations(ApplicationBuilder.DeclarationsFor(HealthDeclaration.NoConditions)) },
        { "SaveSchoolSupport", c => c.SaveSchoolSupport(Guid.NewGuid(), null) },
    };

    [Theory]
    [MemberData(nameof(EveryChange))]
    public void Every_change_to_the_application_gives_the_candidate_a_new_version(string method, Action<Candidate> change)
    {
        var candidate = new ApplicationBuilder().WithTwoSchoolsOfExperience().Build();
        var before = candidate.Version;

        change(candidate);

        Assert.True(before != candidate.Version, $"{method} left the version unchanged");
        Assert.NotEqual(Guid.Empty, candidate.Version);
    }

    [Fact]
    public void Saved_personal_details_are_kept_on_the_application()
    {
        var candidate = new ApplicationBuilder().Build();
        var details = new PersonalDetailsBuilder().Build();

        candidate.SavePersonalDetails(details);

        Assert.Same(details, candidate.Application.PersonalDetails);
    }

    [Fact]
    public void Personal_details_with_a_trn_set_the_candidate_trn()
    {
        var candidate = new ApplicationBuilder().Build();

        candidate.SavePersonalDetails(new PersonalDetailsBuilder().WithTrn("1234567").Build());

        Assert.Equal("1234567", candidate.Trn);
    }

    [Fact]
    public void Personal_details_without_a_trn_leave_the_candidate_trn_as_it_was()
    {
        var candidate = new ApplicationBuilder().WithPersonalDetails(new PersonalDetailsBuilder().WithTrn("1234567").Build()).Build();

        candidate.SavePersonalDetails(new PersonalDetailsBuilder().WithTrn(null).Build());

        Assert.Equal("1234567", candidate.Trn);
    }

    [Fact]
    public void A_saved_degree_replaces_the_one_before()
    {
        var candidate = new ApplicationBuilder().WithDegree().Build();
        var second = new DegreeBuilder().WithSubject("Physics").Build();

        candidate.SaveDegree(second);

        Assert.Same(second, candidate.Application.Degree);
    }

    [Fact]
    public void A_gcse_in_a_subject_already_given_replaces_it_and_results_are_kept_in_subject_order()
    {
        var candidate = new ApplicationBuilder()
            .WithGcse(GcseSubject.Science)
            .WithGcse(new GcseResultBuilder().In(GcseSubject.English).WithGrade("3").Build())
            .WithGcse(GcseSubject.Maths)
            .Build();

        candidate.SaveGcse(new GcseResultBuilder().In(GcseSubject.English).WithGrade("5").Build());

        Assert.Equal([GcseSubject.English, GcseSubject.Maths, GcseSubject.Science], candidate.Application.Gcses.Select(g => g.Subject));
        Assert.Equal("5", candidate.Application.Gcse(GcseSubject.English)!.Grade);
    }

    [Fact]
    public void A_missing_gcse_is_nothing()
    {
        var candidate = new ApplicationBuilder().WithGcse(GcseSubject.English).Build();

        Assert.Null(candidate.Application.Gcse(GcseSubject.Maths));
    }

    [Fact]
    public void Posts_are_listed_most_recent_first()
    {
        var older = new ExperienceEntryBuilder().At("Riverside Academy").Between(new DateOnly(2018, 9, 1), new DateOnly(2020, 8, 31)).Build();
        var newer = new ExperienceEntryBuilder().At("Hillside School").From(new DateOnly(2020, 9, 1)).Current().Build();

        var candidate = new ApplicationBuilder().WithExperience(older, newer).Build();

        Assert.Equal([newer.Id, older.Id], candidate.Application.Experience.Select(e => e.Id));
    }

    [Fact]
    public void A_post_saved_with_the_id_of_one_already_listed_replaces_it()
    {
        var id = Guid.NewGuid();
        var candidate = new ApplicationBuilder().WithExperience(new ExperienceEntryBuilder().WithId(id).At("Riverside Academy").Build()).Build();

        candidate.SaveExperience(new ExperienceEntryBuilder().WithId(id).At("Riverside Academy Trust").Build());

        var post = Assert.Single(candidate.Application.Experience);
        Assert.Equal("Riverside Academy Trust", post.SettingName);
    }

    [Fact]
    public void A_removed_post_is_no_longer_listed()
    {
        var keep = new ExperienceEntryBuilder().At("Riverside Academy").Build();
        var remove = new ExperienceEntryBuilder().At("Hillside School").From(new DateOnly(2024, 9, 1)).Current().Build();
        var candidate = new ApplicationBuilder().WithExperience(keep, remove).Build();

        candidate.RemoveExperience(remove.Id);

        Assert.Equal(keep.Id, Assert.Single(candidate.Application.Experience).Id);
    }

    [Fact]
    public void Removing_a_post_that_is_not_listed_is_refused()
    {
        var candidate = new ApplicationBuilder().WithTwoSchoolsOfExperience().Build();
        var version = candidate.Version;

        var error = Assert.Throws<DomainRuleException>(() => candidate.RemoveExperience(Guid.NewGuid()));

        Assert.Equal("That post is not in your application", error.Message);
        Assert.Equal(2, candidate.Application.Experience.Count);
        Assert.Equal(version, candidate.Version);
    }

    [Fact]
    public void Confirming_the_experience_with_no_posts_is_refused()
    {
        var candidate = new ApplicationBuilder().Build();

        var error = Assert.Throws<DomainRuleException>(candidate.ConfirmExperienceComplete);

        Assert.Equal("Add at least one school or setting where you have taught", error.Message);
        Assert.False(candidate.Application.ExperienceConfirmed);
    }

    [Fact]
    public void Confirming_the_experience_marks_it_confirmed()
    {
        var candidate = new ApplicationBuilder().WithTwoSchoolsOfExperience().Build();

        candidate.ConfirmExperienceComplete();

        Assert.True(candidate.Application.ExperienceConfirmed);
    }

    [Fact]
    public void Saving_the_intended_assessment_changes_the_age_range_and_subjects()
    {
        var candidate = new ApplicationBuilder().Build();

        candidate.SaveIntendedAssessment(new AgeRange(11, 18), [" Physics ", "physics", "Chemistry", ""]);

        Assert.Equal(new AgeRange(11, 18), candidate.IntendedAgeRange);
        Assert.Equal(["Physics", "Chemistry"], candidate.Subjects);
        Assert.True(candidate.Application.IntendedAssessmentConfirmed);
    }

    [Fact]
    public void A_primary_age_range_may_be_saved_without_subjects()
    {
        var candidate = new ApplicationBuilder().Build();

        candidate.SaveIntendedAssessment(new AgeRange(5, 11), []);

        Assert.Equal(new AgeRange(5, 11), candidate.IntendedAgeRange);
        Assert.Empty(candidate.Subjects);
    }

    [Fact]
    public void An_age_range_that_needs_a_subject_is_refused_without_one_and_nothing_changes()
    {
        var candidate = new ApplicationBuilder().Primary().Build();
        var version = candidate.Version;

        var error = Assert.Throws<DomainRuleException>(() => candidate.SaveIntendedAssessment(new AgeRange(11, 16), [" "]));

        Assert.Equal("Enter the subject for the age range 11 to 16", error.Message);
        Assert.Equal("Subjects", error.Field);
        Assert.Equal(new AgeRange(5, 11), candidate.IntendedAgeRange);
        Assert.False(candidate.Application.IntendedAssessmentConfirmed);
        Assert.Equal(version, candidate.Version);
    }

    [Fact]
    public void More_than_three_subjects_are_refused()
    {
        var candidate = new ApplicationBuilder().Build();

        var error = Assert.Throws<DomainRuleException>(() =>
            candidate.SaveIntendedAssessment(new AgeRange(11, 16), ["Mathematics", "Physics", "Chemistry", "Biology"]));

        Assert.Equal("Subjects", error.Field);
        Assert.Equal(["Mathematics"], candidate.Subjects);
    }

    [Fact]
    public void No_age_range_is_refused()
    {
        var candidate = new ApplicationBuilder().Build();

        var error = Assert.Throws<DomainRuleException>(() => candidate.SaveIntendedAssessment(default, ["Mathematics"]));

        Assert.Equal("Select the age range the candidate will be assessed for", error.Message);
    }

    [Fact]
    public void Saved_declarations_are_kept_on_the_application()
    {
        var candidate = new ApplicationBuilder().Build();
        var declarations = ApplicationBuilder.DeclarationsFor(HealthDeclaration.ConditionManaged);

        candidate.SaveDeclarations(declarations);

        Assert.Same(declarations, candidate.Application.Declarations);
    }

    [Fact]
    public void The_candidate_is_still_a_draft_while_filling_in_the_application()
    {
        var candidate = new ApplicationBuilder().Complete().Build();

        Assert.Equal(CandidateStatus.ApplicationDraft, candidate.Status);
        Assert.Null(candidate.Application.SubmittedAt);
    }
}
