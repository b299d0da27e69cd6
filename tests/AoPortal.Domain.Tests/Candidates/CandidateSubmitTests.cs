using AoPortal.Domain.Applications;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Common;
using AoPortal.Domain.Tests.Applications;

namespace AoPortal.Domain.Tests.Candidates;

public class CandidateSubmitTests
{
    private static readonly Actor Applicant = ApplicationBuilder.CandidateActor;
    private static readonly DateTime Now = TestClock.Now;

    [Fact]
    public void A_freshly_invited_candidate_cannot_submit_and_is_told_every_section_to_complete()
    {
        var candidate = new ApplicationBuilder().Build();

        var error = Assert.Throws<DomainRuleException>(() => candidate.Submit(Applicant, Now));

        Assert.Equal(
            "Complete these sections before you submit: personal details, degree and GCSEs, teaching experience, "
            + "age range and subjects, declarations, your school",
            error.Message);
        Assert.Equal(CandidateStatus.ApplicationDraft, candidate.Status);
    }

    [Fact]
    public void Submit_names_only_the_incomplete_sections_in_task_list_order()
    {
        var candidate = new ApplicationBuilder()
            .WithPersonalDetails()
            .WithDegree()
            .WithGcses()
            .WithIntendedAssessment()
            .WithDeclarations()
            .Build();

        var error = Assert.Throws<DomainRuleException>(() => candidate.Submit(Applicant, Now));

        Assert.Equal("Complete these sections before you submit: teaching experience, your school", error.Message);
    }

    public static TheoryData<ApplicationSection> EverySection()
    {
        var data = new TheoryData<ApplicationSection>();
        foreach (var section in Enum.GetValues<ApplicationSection>()) data.Add(section);
        return data;
    }

    [Theory]
    [MemberData(nameof(EverySection))]
    public void Submit_is_refused_while_any_one_section_is_incomplete(ApplicationSection missing)
    {
        var candidate = AllButOne(missing);

        var error = Assert.Throws<DomainRuleException>(() => candidate.Submit(Applicant, Now));

        Assert.Contains(missing.DisplayName(), error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(CandidateStatus.ApplicationDraft, candidate.Status);
        Assert.Null(candidate.Application.SubmittedAt);
    }

    [Fact]
    public void Unconfirmed_experience_stops_the_submission()
    {
        var candidate = new ApplicationBuilder().Complete().Build();
        candidate.SaveExperience(new ExperienceEntryBuilder().At("Brook Primary").Between(new DateOnly(2019, 9, 1), new DateOnly(2020, 8, 31)).Build());

        var error = Assert.Throws<DomainRuleException>(() => candidate.Submit(Applicant, Now));

        Assert.Equal("Complete these sections before you submit: teaching experience", error.Message);
    }

    [Fact]
    public void A_complete_application_is_submitted()
    {
        var candidate = new ApplicationBuilder().Complete().Build();
        var version = candidate.Version;

        candidate.Submit(Applicant, Now);

        Assert.Equal(CandidateStatus.Submitted, candidate.Status);
        Assert.Equal(Now, candidate.Application.SubmittedAt);
        Assert.NotEqual(version, candidate.Version);
    }

    [Fact]
    public void The_submission_is_audited_with_who_when_and_the_move()
    {
        var candidate = new ApplicationBuilder().Complete().Build();

        var audit = candidate.Submit(Applicant, Now);

        Assert.Equal("Application submitted", audit.Action);
        Assert.Equal("Application in progress to Application submitted", audit.Detail);
        Assert.Equal(Applicant.UserId, audit.ActorId);
        Assert.Equal("Amira Khan", audit.ActorName);
        Assert.Equal(Now, audit.OccurredAt);
        Assert.Equal("Candidate", audit.SubjectType);
        Assert.Equal(candidate.Id, audit.SubjectId);
    }

    [Fact]
    public void A_primary_application_is_submitted_once_science_is_given()
    {
        var candidate = new ApplicationBuilder().Primary().Complete().Build();

        candidate.Submit(Applicant, Now);

        Assert.Equal(CandidateStatus.Submitted, candidate.Status);
    }

    [Fact]
    public void Submitting_twice_is_refused_because_the_application_is_no_longer_a_draft()
    {
        var candidate = new ApplicationBuilder().Submitted().Build();

        var error = Assert.Throws<DomainRuleException>(() => candidate.Submit(Applicant, Now.AddHours(1)));

        Assert.Equal("This application has already been submitted", error.Message);
        Assert.Equal(CandidateStatus.Submitted, candidate.Status);
        Assert.Equal(Now, candidate.Application.SubmittedAt);
    }

    public static TheoryData<string, Action<Candidate>> EveryChange() => CandidateApplicationTests.EveryChange();

    [Theory]
    [MemberData(nameof(EveryChange))]
    public void After_submission_the_application_cannot_be_changed(string method, Action<Candidate> change)
    {
        var candidate = new ApplicationBuilder().Submitted().Build();
        var version = candidate.Version;

        var error = Assert.Throws<DomainRuleException>(() => change(candidate));

        Assert.True(error.Message.Contains("cannot be changed", StringComparison.Ordinal), $"{method}: {error.Message}");
        Assert.Equal(version, candidate.Version);
    }

    [Fact]
    public void After_submission_a_refused_change_leaves_the_application_as_it_was()
    {
        var candidate = new ApplicationBuilder().Submitted().Build();
        var posts = candidate.Application.Experience.ToList();

        Assert.Throws<DomainRuleException>(() => candidate.SaveExperience(new ExperienceEntryBuilder().At("Brook Primary").Build()));
        Assert.Throws<DomainRuleException>(() => candidate.SaveIntendedAssessment(new AgeRange(5, 11), []));
        Assert.Throws<DomainRuleException>(() => candidate.SavePersonalDetails(new PersonalDetailsBuilder().WithTrn("7654321").Build()));

        Assert.Equal(posts, candidate.Application.Experience);
        Assert.True(candidate.Application.ExperienceConfirmed);
        Assert.Equal(new AgeRange(11, 16), candidate.IntendedAgeRange);
        Assert.Null(candidate.Trn);
    }

    [Fact]
    public void The_submission_time_must_be_utc()
    {
        var candidate = new ApplicationBuilder().Complete().Build();

        Assert.Throws<ArgumentException>(() => candidate.Submit(Applicant, DateTime.SpecifyKind(Now, DateTimeKind.Unspecified)));
    }

    private static Candidate AllButOne(ApplicationSection missing)
    {
        var builder = new ApplicationBuilder();
        if (missing != ApplicationSection.PersonalDetails) builder.WithPersonalDetails();
        if (missing != ApplicationSection.Qualifications) builder.WithDegree().WithGcses();
        if (missing != ApplicationSection.TeachingExperience) builder.WithTwoSchoolsOfExperience().WithExperienceConfirmed();
        if (missing != ApplicationSection.IntendedAssessment) builder.WithIntendedAssessment();
        if (missing != ApplicationSection.Declarations) builder.WithDeclarations();
        if (missing != ApplicationSection.SchoolSupport) builder.WithSchoolSupport();
        return builder.Build();
    }
}
