using AoPortal.Domain.Candidates;
using AoPortal.Domain.Common;
using AoPortal.Domain.Tests.Eligibility;
using static AoPortal.Domain.Tests.Assessments.AssessedCandidate;

namespace AoPortal.Domain.Tests.Assessments;

public class AllocationTests
{
    private static readonly Guid OtherAssessorId = Guid.Parse("d4e5f6a7-b8c9-4d0e-8f1a-2b3c4d5e6f70");

    [Fact]
    public void An_admin_allocates_an_assessor_to_an_accepted_candidate()
    {
        var candidate = new SubmittedCandidate().WithEveryRequirementMet().Accepted().Build();

        var audit = candidate.AllocateAssessor(Assessor.UserId!.Value, " Sam Assessor ", Admin, Now);

        Assert.Equal((Assessor.UserId, "Sam Assessor"), (candidate.AssessorId, candidate.AssessorName));
        Assert.Equal(("Assessor allocated", "Sam Assessor", Admin.UserId), (audit.Action, audit.Detail, audit.ActorId));
    }

    [Fact]
    public void Re_allocating_says_from_whom_to_whom()
    {
        var (candidate, _) = Started();

        var audit = candidate.AllocateAssessor(OtherAssessorId, "Jo Second", Admin, Now);

        Assert.Equal(OtherAssessorId, candidate.AssessorId);
        Assert.Equal(("Assessor re-allocated", "From Sam Assessor to Jo Second"), (audit.Action, audit.Detail));
    }

    [Fact]
    public void Allocating_the_same_assessor_again_is_refused_not_ignored()
    {
        var candidate = Accepted();

        var error = Assert.Throws<DomainRuleException>(() => candidate.AllocateAssessor(Assessor.UserId!.Value, "Sam Assessor", Admin, Now));

        Assert.Equal("Sam Assessor is already the assessor", error.Message);
    }

    [Fact]
    public void A_candidate_not_yet_accepted_cannot_have_an_assessor()
    {
        var candidate = new SubmittedCandidate().Build();

        var error = Assert.Throws<DomainRuleException>(() => candidate.AllocateAssessor(OtherAssessorId, "Jo Second", Admin, Now));

        Assert.Equal("An assessor can be allocated only once the candidate is accepted and until the assessment ends", error.Message);
        Assert.Null(candidate.AssessorId);
    }

    [Fact]
    public void A_deferred_candidate_can_be_re_allocated()
    {
        var (candidate, plan) = Started();
        candidate.Defer(plan, Start, "Illness", Assessor, Now, Start);

        candidate.AllocateAssessor(OtherAssessorId, "Jo Second", Admin, Now);

        Assert.Equal(OtherAssessorId, candidate.AssessorId);
    }
}
