using AoPortal.Domain.Candidates;
using AoPortal.Domain.Common;
using AoPortal.Domain.Eligibility;
using static AoPortal.Domain.Tests.Eligibility.SubmittedCandidate;

namespace AoPortal.Domain.Tests.Eligibility;

/// <summary>A candidate whose school is not on the provider's list asks for it to be added; the provider links it.</summary>
public class RequestedSchoolTests
{
    private static readonly Guid AddedSchoolId = Guid.Parse("f0e1d2c3-b4a5-4697-8879-6a5b4c3d2e1f");

    private static Candidate AskingFor(string schoolName)
    {
        var candidate = new SubmittedCandidate().NotSubmitted().Build();
        candidate.SaveSchoolSupport(null, schoolName);
        return candidate;
    }

    [Fact]
    public void Naming_a_school_that_is_not_listed_withdraws_the_old_schools_confirmation()
    {
        var candidate = new SubmittedCandidate().NotSubmitted().Build();
        candidate.ConfirmSchoolSupport(Support(), SchoolLead, Now);

        candidate.SaveSchoolSupport(null, "Elm Tree School, York");

        Assert.Null(candidate.EmployingSchoolId);
        Assert.Null(candidate.Review.SchoolSupport);
        Assert.Null(candidate.Review.JudgementOf(EligibilityRequirement.SchoolSupport));
    }

    [Fact]
    public void Eligibility_says_the_school_is_waiting_to_be_added()
    {
        var candidate = AskingFor("Elm Tree School, York");

        var result = EligibilityEvaluator.Evaluate(EligibilityRequirement.SchoolSupport, candidate, Policy, Today);

        Assert.Equal(ComputedStatus.NeedsReview, result.Status);
        Assert.Equal("The candidate asked for Elm Tree School, York to be added to the list of schools; once it is linked, its school lead confirms support",
            result.Reason);
    }

    [Fact]
    public void Linking_the_requested_school_makes_it_the_employer_and_clears_the_request()
    {
        var candidate = AskingFor("Elm Tree School, York");
        var version = candidate.Version;

        var audit = candidate.LinkRequestedSchool(AddedSchoolId, "Elm Tree School", Admin, Now);

        Assert.Equal(AddedSchoolId, candidate.EmployingSchoolId);
        Assert.Null(candidate.Application.RequestedSchoolName);
        Assert.True(candidate.Application.SchoolConfirmed);
        Assert.NotEqual(version, candidate.Version);
        Assert.Equal("Requested school linked", audit.Action);
        Assert.Equal("Asked for: Elm Tree School, York. Linked to: Elm Tree School", audit.Detail);
        Assert.Equal(Admin.UserId, audit.ActorId);
    }

    [Fact]
    public void A_submitted_application_can_have_its_requested_school_linked()
    {
        var candidate = AskingFor("Elm Tree School, York");
        candidate.Submit(Applicant, Now);

        candidate.LinkRequestedSchool(AddedSchoolId, "Elm Tree School", Admin, Now);

        Assert.Equal(AddedSchoolId, candidate.EmployingSchoolId);
        Assert.Equal(CandidateStatus.Submitted, candidate.Status);
    }

    [Fact]
    public void Once_linked_the_school_lead_can_confirm_support()
    {
        var candidate = AskingFor("Elm Tree School, York");
        candidate.LinkRequestedSchool(AddedSchoolId, "Elm Tree School", Admin, Now);

        candidate.ConfirmSchoolSupport(Support(), SchoolLead, Now);

        Assert.Equal(ComputedStatus.Met, EligibilityEvaluator.Evaluate(EligibilityRequirement.SchoolSupport, candidate, Policy, Today).Status);
    }

    [Fact]
    public void A_candidate_who_asked_for_no_school_has_nothing_to_link()
    {
        var candidate = new SubmittedCandidate().NotSubmitted().Build();

        var error = Assert.Throws<DomainRuleException>(() => candidate.LinkRequestedSchool(AddedSchoolId, "Elm Tree School", Admin, Now));

        Assert.Equal("This candidate has not asked for a school to be added", error.Message);
        Assert.Equal(SchoolId, candidate.EmployingSchoolId);
    }

    [Fact]
    public void A_decided_application_cannot_have_a_school_linked()
    {
        var candidate = AskingFor("Elm Tree School, York");
        candidate.Submit(Applicant, Now);
        candidate.Reject("Not enough experience", Policy, Admin, Now);

        var error = Assert.Throws<DomainRuleException>(() => candidate.LinkRequestedSchool(AddedSchoolId, "Elm Tree School", Admin, Now));

        Assert.Equal("The school can only be linked before the application is decided", error.Message);
        Assert.Null(candidate.EmployingSchoolId);
    }

    [Fact]
    public void The_school_to_link_must_be_given()
    {
        var candidate = AskingFor("Elm Tree School, York");

        Assert.Throws<DomainRuleException>(() => candidate.LinkRequestedSchool(Guid.Empty, "", Admin, Now));
        Assert.Equal("Elm Tree School, York", candidate.Application.RequestedSchoolName);
    }
}
