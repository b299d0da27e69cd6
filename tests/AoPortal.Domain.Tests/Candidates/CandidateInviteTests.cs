using AoPortal.Domain.Candidates;
using AoPortal.Domain.Common;

namespace AoPortal.Domain.Tests.Candidates;

public class CandidateInviteTests
{
    private static readonly DateTime Now = new(2025, 9, 1, 9, 30, 0, DateTimeKind.Utc);
    private static readonly Guid UserId = Guid.Parse("0b6e5c4d-2a1f-4e3d-8c7b-6a5f4e3d2c1b");
    private static readonly Actor Admin = new(Guid.Parse("9d8c7b6a-5f4e-4d3c-2b1a-0f9e8d7c6b5a"), "Priya Admin");

    private static (Candidate Candidate, AuditEntry Audit) Invite(CandidateDetails details) =>
        Candidate.Invite(UserId, details, Admin, Now);

    [Fact]
    public void An_invited_candidate_starts_with_a_draft_application()
    {
        var details = new CandidateDetailsBuilder().Build();

        var (candidate, _) = Invite(details);

        Assert.NotEqual(Guid.Empty, candidate.Id);
        Assert.Equal(UserId, candidate.UserId);
        Assert.Equal(CandidateStatus.ApplicationDraft, candidate.Status);
        Assert.Equal(details.EmployingSchoolId, candidate.EmployingSchoolId);
        Assert.Equal(new AgeRange(11, 16), candidate.IntendedAgeRange);
        Assert.Equal(["Mathematics"], candidate.Subjects);
        Assert.Null(candidate.Trn);
        Assert.NotEqual(Guid.Empty, candidate.Version);
    }

    [Fact]
    public void The_creation_time_is_the_time_passed_in()
    {
        var (candidate, _) = Invite(new CandidateDetailsBuilder().Build());

        Assert.Equal(Now, candidate.CreatedAt);
        Assert.Equal(DateTimeKind.Utc, candidate.CreatedAt.Kind);
    }

    [Fact]
    public void Names_are_trimmed_and_joined_into_the_full_name()
    {
        var details = new CandidateDetailsBuilder().WithFirstNames("  Mary Jane ").WithLastName(" O'Neill  ").Build();

        var (candidate, _) = Invite(details);

        Assert.Equal("Mary Jane", candidate.FirstNames);
        Assert.Equal("O'Neill", candidate.LastName);
        Assert.Equal("Mary Jane O'Neill", candidate.FullName);
    }

    [Fact]
    public void The_email_is_trimmed_and_lower_cased()
    {
        var (candidate, _) = Invite(new CandidateDetailsBuilder().WithEmail("  Amira.Khan@Example.COM ").Build());

        Assert.Equal("amira.khan@example.com", candidate.Email);
    }

    [Fact]
    public void Subjects_are_trimmed_blank_ones_dropped_and_duplicates_removed_ignoring_case()
    {
        var details = new CandidateDetailsBuilder().WithSubjects(" Mathematics ", "", "   ", "mathematics", "Physics", "PHYSICS ").Build();

        var (candidate, _) = Invite(details);

        Assert.Equal(["Mathematics", "Physics"], candidate.Subjects);
    }

    [Fact]
    public void A_primary_candidate_may_name_no_subject()
    {
        var (candidate, _) = Invite(new CandidateDetailsBuilder().Primary().Build());

        Assert.Empty(candidate.Subjects);
        Assert.Equal(new AgeRange(5, 11), candidate.IntendedAgeRange);
    }

    [Fact]
    public void The_invitation_is_audited_with_the_actor_and_the_candidate()
    {
        var (candidate, audit) = Invite(new CandidateDetailsBuilder().Build());

        Assert.Equal(candidate.Id, audit.SubjectId);
        Assert.Equal("Candidate", audit.SubjectType);
        Assert.Equal(Admin.UserId, audit.ActorId);
        Assert.Equal("Priya Admin", audit.ActorName);
        Assert.Equal(Now, audit.OccurredAt);
        Assert.Equal("Candidate record created and invited", audit.Action);
        Assert.Equal("Status: Application in progress", audit.Detail);
    }

    [Fact]
    public void The_system_can_invite_a_candidate()
    {
        var (_, audit) = Candidate.Invite(UserId, new CandidateDetailsBuilder().Build(), Actor.System, Now);

        Assert.Null(audit.ActorId);
        Assert.Equal("System", audit.ActorName);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void First_names_are_required(string firstNames)
    {
        var details = new CandidateDetailsBuilder().WithFirstNames(firstNames).Build();

        var error = Assert.Throws<DomainRuleException>(() => Invite(details));

        Assert.Equal("Enter the candidate's first names", error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_last_name_is_required(string lastName)
    {
        var details = new CandidateDetailsBuilder().WithLastName(lastName).Build();

        var error = Assert.Throws<DomainRuleException>(() => Invite(details));

        Assert.Equal("Enter the candidate's last name", error.Message);
    }

    [Fact]
    public void Names_longer_than_100_characters_are_refused()
    {
        var details = new CandidateDetailsBuilder().WithLastName(new string('a', 101)).Build();

        var error = Assert.Throws<DomainRuleException>(() => Invite(details));

        Assert.Contains("100 characters or fewer", error.Message);
    }

    [Theory]
    [InlineData("no-at-sign")]
    [InlineData("a@b@c")]
    [InlineData("@x.com")]
    [InlineData("x@")]
    public void An_email_address_in_the_wrong_format_is_refused(string email)
    {
        var details = new CandidateDetailsBuilder().WithEmail(email).Build();

        var error = Assert.Throws<DomainRuleException>(() => Invite(details));

        Assert.Contains("like name@example.com", error.Message);
    }

    [Fact]
    public void An_email_address_is_required()
    {
        var details = new CandidateDetailsBuilder().WithEmail("  ").Build();

        var error = Assert.Throws<DomainRuleException>(() => Invite(details));

        Assert.Equal("Enter the email address", error.Message);
    }

    [Fact]
    public void An_employing_school_is_required()
    {
        var details = new CandidateDetailsBuilder().WithEmployingSchool(Guid.Empty).Build();

        var error = Assert.Throws<DomainRuleException>(() => Invite(details));

        Assert.Equal("Select the candidate's employing school", error.Message);
    }

    [Fact]
    public void No_more_than_three_subjects_are_allowed()
    {
        var details = new CandidateDetailsBuilder().WithSubjects("Mathematics", "Physics", "Chemistry", "Biology").Build();

        var error = Assert.Throws<DomainRuleException>(() => Invite(details));

        Assert.Equal("Enter no more than 3 subjects", error.Message);
    }

    [Fact]
    public void Three_subjects_are_allowed()
    {
        var details = new CandidateDetailsBuilder().WithSubjects("Mathematics", "Physics", "Chemistry").Build();

        var (candidate, _) = Invite(details);

        Assert.Equal(3, candidate.Subjects.Count);
    }

    [Fact]
    public void A_subject_longer_than_100_characters_is_refused()
    {
        var details = new CandidateDetailsBuilder().WithSubjects(new string('a', 101)).Build();

        var error = Assert.Throws<DomainRuleException>(() => Invite(details));

        Assert.Equal("Each subject must be 100 characters or fewer", error.Message);
    }

    [Theory]
    [InlineData(7, 14)]
    [InlineData(11, 16)]
    [InlineData(14, 19)]
    public void A_subject_is_required_when_the_age_range_needs_one(int fromAge, int toAge)
    {
        var details = new CandidateDetailsBuilder().WithAgeRange(fromAge, toAge).WithSubjects(" ", "").Build();

        var error = Assert.Throws<DomainRuleException>(() => Invite(details));

        Assert.Equal($"Enter the subject for the age range {fromAge} to {toAge}", error.Message);
    }

    [Theory]
    [InlineData(DateTimeKind.Local)]
    [InlineData(DateTimeKind.Unspecified)]
    public void A_time_that_is_not_utc_is_refused(DateTimeKind kind)
    {
        var notUtc = DateTime.SpecifyKind(Now, kind);

        Assert.Throws<ArgumentException>(() => Candidate.Invite(UserId, new CandidateDetailsBuilder().Build(), Admin, notUtc));
    }
}
