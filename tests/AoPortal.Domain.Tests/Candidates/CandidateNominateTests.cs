using AoPortal.Domain.Candidates;
using AoPortal.Domain.Common;

namespace AoPortal.Domain.Tests.Candidates;

public class CandidateNominateTests
{
    private static readonly DateTime Now = new(2026, 11, 22, 9, 30, 0, DateTimeKind.Utc);
    private static readonly Guid UserId = Guid.Parse("3c2b1a09-8f7e-4d6c-9b5a-4e3d2c1b0a9f");
    private static readonly Actor Lead = new(Guid.Parse("7a6b5c4d-3e2f-4a1b-8c9d-0e1f2a3b4c5d"), "Helen Head");

    private static (Candidate Candidate, AuditEntry Audit) Nominate(CandidateDetails details, Actor? lead = null) =>
        Candidate.Nominate(UserId, details, lead ?? Lead, Now);

    [Fact]
    public void A_nominated_candidate_records_the_school_lead_who_nominated_them()
    {
        var (candidate, _) = Nominate(new CandidateDetailsBuilder().Build());

        Assert.Equal(Lead.UserId, candidate.NominatedById);
        Assert.Equal("Helen Head", candidate.NominatedByName);
    }

    [Fact]
    public void A_nominated_candidate_starts_like_an_invited_one_with_a_draft_application()
    {
        var details = new CandidateDetailsBuilder().WithFirstNames(" Mary Jane ").WithEmail(" Mary.Jane@Example.COM ")
            .WithSubjects(" Mathematics ", "mathematics", "Physics").Build();

        var (candidate, _) = Nominate(details);

        Assert.NotEqual(Guid.Empty, candidate.Id);
        Assert.Equal(UserId, candidate.UserId);
        Assert.Equal(CandidateStatus.ApplicationDraft, candidate.Status);
        Assert.Equal("Mary Jane", candidate.FirstNames);
        Assert.Equal("mary.jane@example.com", candidate.Email);
        Assert.Equal("mary jane khan", candidate.SearchName);
        Assert.Equal(details.EmployingSchoolId, candidate.EmployingSchoolId);
        Assert.Equal(new AgeRange(11, 16), candidate.IntendedAgeRange);
        Assert.Equal(["Mathematics", "Physics"], candidate.Subjects);
        Assert.Equal(Now, candidate.CreatedAt);
        Assert.NotEqual(Guid.Empty, candidate.Version);
    }

    [Fact]
    public void The_nomination_is_audited_as_made_by_the_school_lead()
    {
        var (candidate, audit) = Nominate(new CandidateDetailsBuilder().Build());

        Assert.Equal("Candidate", audit.SubjectType);
        Assert.Equal(candidate.Id, audit.SubjectId);
        Assert.Equal(Lead.UserId, audit.ActorId);
        Assert.Equal("Helen Head", audit.ActorName);
        Assert.Equal(Now, audit.OccurredAt);
        Assert.Equal("Nominated by the school", audit.Action);
        Assert.Equal("Helen Head", audit.Detail);
    }

    [Fact]
    public void The_lead_s_name_is_kept_trimmed()
    {
        var (candidate, audit) = Nominate(new CandidateDetailsBuilder().Build(), Lead with { Name = "  Helen Head " });

        Assert.Equal("Helen Head", candidate.NominatedByName);
        Assert.Equal("Helen Head", audit.Detail);
    }

    [Fact]
    public void An_invited_candidate_records_no_nominator()
    {
        var (candidate, _) = Candidate.Invite(UserId, new CandidateDetailsBuilder().Build(), new Actor(Guid.NewGuid(), "Priya Admin"), Now);

        Assert.Null(candidate.NominatedById);
        Assert.Null(candidate.NominatedByName);
    }

    [Fact]
    public void The_system_cannot_nominate_a_candidate()
    {
        var error = Assert.Throws<DomainRuleException>(() => Nominate(new CandidateDetailsBuilder().Build(), Actor.System));

        Assert.Equal("Only a signed-in school lead can nominate a member of staff", error.Message);
    }

    [Fact]
    public void A_school_lead_without_a_name_cannot_nominate()
    {
        Assert.Throws<DomainRuleException>(() => Nominate(new CandidateDetailsBuilder().Build(), Lead with { Name = "  " }));
    }

    [Fact]
    public void A_school_lead_s_name_longer_than_100_characters_is_refused()
    {
        var error = Assert.Throws<DomainRuleException>(() => Nominate(new CandidateDetailsBuilder().Build(), Lead with { Name = new string('h', 101) }));

        Assert.Contains("100 characters or fewer", error.Message);
    }

    // The nomination keeps every rule an invitation keeps: one way in, so none can be missed.

    [Fact]
    public void An_employing_school_is_required()
    {
        var error = Assert.Throws<DomainRuleException>(() => Nominate(new CandidateDetailsBuilder().WithEmployingSchool(Guid.Empty).Build()));

        Assert.Equal("Select the candidate's employing school", error.Message);
    }

    [Fact]
    public void First_names_are_required()
    {
        var error = Assert.Throws<DomainRuleException>(() => Nominate(new CandidateDetailsBuilder().WithFirstNames(" ").Build()));

        Assert.Equal("Enter the candidate's first names", error.Message);
    }

    [Fact]
    public void An_email_address_in_the_wrong_format_is_refused()
    {
        var error = Assert.Throws<DomainRuleException>(() => Nominate(new CandidateDetailsBuilder().WithEmail("no-at-sign").Build()));

        Assert.Contains("like name@example.com", error.Message);
    }

    [Fact]
    public void A_subject_is_required_when_the_age_range_needs_one()
    {
        var error = Assert.Throws<DomainRuleException>(() => Nominate(new CandidateDetailsBuilder().WithAgeRange(11, 16).WithSubjects().Build()));

        Assert.Equal("Enter the subject for the age range 11 to 16", error.Message);
    }

    [Fact]
    public void No_more_than_three_subjects_are_allowed()
    {
        var error = Assert.Throws<DomainRuleException>(() =>
            Nominate(new CandidateDetailsBuilder().WithSubjects("Mathematics", "Physics", "Chemistry", "Biology").Build()));

        Assert.Equal("Enter no more than 3 subjects", error.Message);
    }

    [Fact]
    public void A_time_that_is_not_utc_is_refused()
    {
        Assert.Throws<ArgumentException>(() =>
            Candidate.Nominate(UserId, new CandidateDetailsBuilder().Build(), Lead, DateTime.SpecifyKind(Now, DateTimeKind.Local)));
    }
}
