using AoPortal.Domain.Applications;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Common;
using AoPortal.Domain.Eligibility;
using AoPortal.Domain.Tests.Applications;
using AoPortal.Domain.Tests.Eligibility;

namespace AoPortal.Domain.Tests.Candidates;

/// <summary>Someone who registers from the sign-in page: a record without a school or age range until they choose them.</summary>
public class CandidateRegisterTests
{
    private static readonly DateTime Now = new(2026, 11, 22, 10, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Today = new(2026, 11, 22);
    private static readonly Guid UserId = Guid.Parse("7e1d2c3b-4a59-4687-9a1b-2c3d4e5f6a7b");

    private static Candidate Registered() => Candidate.Register(UserId, " Grace ", " Okafor ", " Grace.Okafor@Example.org ", Now).Candidate;

    [Fact]
    public void A_registered_candidate_has_a_draft_application_and_no_school_or_age_range_yet()
    {
        var candidate = Registered();

        Assert.Equal(CandidateStatus.ApplicationDraft, candidate.Status);
        Assert.Equal(UserId, candidate.UserId);
        Assert.Equal("Grace Okafor", candidate.FullName);
        Assert.Equal("grace.okafor@example.org", candidate.Email);
        Assert.Equal("grace okafor", candidate.SearchName);
        Assert.Null(candidate.EmployingSchoolId);
        Assert.Null(candidate.IntendedAgeRange);
        Assert.Empty(candidate.Subjects);
        Assert.Null(candidate.NominatedById);
    }

    [Fact]
    public void The_registration_is_audited_as_done_by_the_candidate()
    {
        var (candidate, audit) = Candidate.Register(UserId, "Grace", "Okafor", "grace@example.org", Now);

        Assert.Equal(UserId, audit.ActorId);
        Assert.Equal("Grace Okafor", audit.ActorName);
        Assert.Equal(candidate.Id, audit.SubjectId);
        Assert.Equal("Registered from the sign-in page", audit.Action);
        Assert.Equal(Now, audit.OccurredAt);
    }

    [Theory]
    [InlineData("", "Okafor", "grace@example.org", "Enter the candidate's first names")]
    [InlineData("Grace", " ", "grace@example.org", "Enter the candidate's last name")]
    [InlineData("Grace", "Okafor", "not-an-email", "Enter an email address in the correct format, like name@example.com")]
    public void Registration_needs_a_name_and_an_email(string first, string last, string email, string message)
    {
        var error = Assert.Throws<DomainRuleException>(() => Candidate.Register(UserId, first, last, email, Now));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Registration_needs_an_account()
    {
        Assert.Throws<DomainRuleException>(() => Candidate.Register(Guid.Empty, "Grace", "Okafor", "grace@example.org", Now));
    }

    [Fact]
    public void Until_the_age_range_is_chosen_the_qualifications_ask_for_english_and_maths()
    {
        var candidate = Registered();

        Assert.Equal([GcseSubject.English, GcseSubject.Maths], ApplicationProgress.RequiredGcses(candidate.IntendedAgeRange));
        Assert.Equal(SectionStatus.NotStarted, ApplicationProgress.StatusOf(candidate, ApplicationSection.IntendedAssessment));
        Assert.Equal(SectionStatus.NotStarted, ApplicationProgress.StatusOf(candidate, ApplicationSection.SchoolSupport));
    }

    [Fact]
    public void Choosing_a_primary_range_after_the_qualifications_asks_for_science_too()
    {
        var candidate = Registered();
        candidate.SaveDegree(new DegreeBuilder().Build());
        candidate.SaveGcse(new GcseResultBuilder().In(GcseSubject.English).Build());
        candidate.SaveGcse(new GcseResultBuilder().In(GcseSubject.Maths).Build());
        Assert.Equal(SectionStatus.Completed, ApplicationProgress.StatusOf(candidate, ApplicationSection.Qualifications));

        candidate.SaveIntendedAssessment(new AgeRange(5, 11), []);

        Assert.Equal(SectionStatus.InProgress, ApplicationProgress.StatusOf(candidate, ApplicationSection.Qualifications));
    }

    [Fact]
    public void Eligibility_says_in_words_that_no_age_range_is_chosen_yet()
    {
        var candidate = Registered();

        var results = EligibilityEvaluator.Evaluate(candidate, SubmittedCandidate.Policy, Today);

        var ageRange = results.Single(r => r.Requirement == EligibilityRequirement.AgeRange);
        var science = results.Single(r => r.Requirement == EligibilityRequirement.GcseScience);
        Assert.Equal((ComputedStatus.NotMet, "No age range chosen yet"), (ageRange.Status, ageRange.Reason));
        Assert.Equal((ComputedStatus.NotMet, "No age range chosen yet"), (science.Status, science.Reason));
    }

    [Fact]
    public void School_support_cannot_be_confirmed_before_the_candidate_names_a_listed_school()
    {
        var candidate = Registered();

        var error = Assert.Throws<DomainRuleException>(() =>
            candidate.ConfirmSchoolSupport(SubmittedCandidate.Support(), SubmittedCandidate.SchoolLead, Now));

        Assert.Equal("The candidate has not named a school on the provider's list yet", error.Message);
        Assert.Null(candidate.Review.SchoolSupport);
    }
}
