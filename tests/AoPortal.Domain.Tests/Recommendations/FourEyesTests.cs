using AoPortal.Domain.Candidates;
using AoPortal.Domain.Common;
using AoPortal.Domain.Recommendations;
using static AoPortal.Domain.Tests.Recommendations.RecommendedCandidate;

namespace AoPortal.Domain.Tests.Recommendations;

/// <summary>The four-eyes rule: a moderator is neither the candidate's assessor nor the person who proposed the outcome.</summary>
public class FourEyesTests
{
    private const string Refusal = "You cannot moderate this decision: a moderator must be neither the candidate's assessor nor the person who proposed it";

    [Fact]
    public void The_candidates_assessor_cannot_confirm()
    {
        var @case = new RecommendedCandidate().Build().Proposed();

        var error = Assert.Throws<DomainRuleException>(() => @case.Confirm(Assessor));

        Assert.Equal(Refusal, error.Message);
        Assert.Equal((CandidateStatus.RecommendationPending, RecommendationStatus.Proposed), (@case.Candidate.Status, @case.Recommendation.Status));
        Assert.Null(@case.Recommendation.Snapshot);
    }

    [Fact]
    public void The_candidates_assessor_cannot_return()
    {
        var @case = new RecommendedCandidate().Build().Proposed();

        var error = Assert.Throws<DomainRuleException>(() => @case.Candidate.ReturnProposal(@case.Recommendation, "Change it", Assessor, Now));

        Assert.Equal(Refusal, error.Message);
        Assert.Empty(@case.Recommendation.Returns);
        Assert.Equal(RecommendationStatus.Proposed, @case.Recommendation.Status);
    }

    [Fact]
    public void The_assessor_cannot_moderate_under_another_name()
    {
        var @case = new RecommendedCandidate().Build().Proposed(by: Admin);

        var error = Assert.Throws<DomainRuleException>(() => @case.Confirm(new Actor(Assessor.UserId, "Samantha Assessor (moderator role)")));

        Assert.Equal(Refusal, error.Message);
    }

    [Fact]
    public void The_proposer_cannot_confirm_even_when_they_are_not_the_allocated_assessor()
    {
        var @case = new RecommendedCandidate().Build().Proposed(by: Admin);

        var error = Assert.Throws<DomainRuleException>(() => @case.Confirm(Admin));

        Assert.Equal(Refusal, error.Message);
        Assert.Equal(CandidateStatus.RecommendationPending, @case.Candidate.Status);
    }

    [Fact]
    public void The_proposer_cannot_return_even_when_they_are_not_the_allocated_assessor()
    {
        var @case = new RecommendedCandidate().Build().Proposed(by: Admin);

        var error = Assert.Throws<DomainRuleException>(() => @case.Candidate.ReturnProposal(@case.Recommendation, "Change it", Admin, Now));

        Assert.Equal(Refusal, error.Message);
    }

    [Fact]
    public void When_an_admin_proposed_the_assessor_still_cannot_moderate()
    {
        var @case = new RecommendedCandidate().Build().Proposed(by: Admin);

        Assert.Equal(Refusal, Assert.Throws<DomainRuleException>(() => @case.Confirm(Assessor)).Message);
        Assert.Equal(Refusal, Assert.Throws<DomainRuleException>(() => @case.Candidate.ReturnProposal(@case.Recommendation, "x", Assessor, Now)).Message);
    }

    [Fact]
    public void A_different_moderator_can_confirm()
    {
        var @case = new RecommendedCandidate().Build().Proposed(by: Admin);

        @case.Confirm(Moderator);

        Assert.Equal(CandidateStatus.Recommended, @case.Candidate.Status);
        Assert.Equal((Moderator.UserId, "Morgan Moderator"), (@case.Recommendation.ConfirmedById, @case.Recommendation.ConfirmedByName));
    }

    [Fact]
    public void A_different_moderator_can_return()
    {
        var @case = new RecommendedCandidate().Build().Proposed();

        @case.Candidate.ReturnProposal(@case.Recommendation, "Say more about TS5", SecondModerator, Now);

        Assert.Equal(RecommendationStatus.Returned, @case.Recommendation.Status);
    }

    [Fact]
    public void Someone_without_a_user_id_cannot_moderate()
    {
        var @case = new RecommendedCandidate().Build().Proposed();

        Assert.Equal(Refusal, Assert.Throws<DomainRuleException>(() => @case.Confirm(Actor.System)).Message);
        Assert.Equal(Refusal, Assert.Throws<DomainRuleException>(() => @case.Confirm(new Actor(Guid.Empty, "Nobody"))).Message);
        Assert.Equal(Refusal, Assert.Throws<DomainRuleException>(() => @case.Candidate.ReturnProposal(@case.Recommendation, "x", Actor.System, Now)).Message);
    }

    [Fact]
    public void CanBeModeratedBy_says_who_may_moderate()
    {
        var @case = new RecommendedCandidate().Build().Proposed(by: Admin);
        var r = @case.Recommendation;

        Assert.False(r.CanBeModeratedBy(null, Assessor.UserId));
        Assert.False(r.CanBeModeratedBy(Guid.Empty, Assessor.UserId));
        Assert.False(r.CanBeModeratedBy(Assessor.UserId, Assessor.UserId));
        Assert.False(r.CanBeModeratedBy(Admin.UserId, Assessor.UserId));
        Assert.True(r.CanBeModeratedBy(Moderator.UserId, Assessor.UserId));
        Assert.True(r.CanBeModeratedBy(Moderator.UserId, null));
    }

    [Fact]
    public void FourEyesAllow_applies_the_same_rule_to_ids_alone()
    {
        var assessor = Assessor.UserId;
        var proposer = Admin.UserId;

        Assert.True(Recommendation.FourEyesAllow(Moderator.UserId, assessor, proposer));
        Assert.False(Recommendation.FourEyesAllow(assessor, assessor, proposer));
        Assert.False(Recommendation.FourEyesAllow(proposer, assessor, proposer));
        Assert.False(Recommendation.FourEyesAllow(null, assessor, proposer));
        Assert.False(Recommendation.FourEyesAllow(Guid.Empty, null, null));
    }

    [Fact]
    public void A_moderator_of_another_candidates_recommendation_is_refused()
    {
        var @case = new RecommendedCandidate().Build().Proposed();
        var other = new RecommendedCandidate().Build().Proposed();

        Assert.Equal("That recommendation belongs to another candidate",
            Assert.Throws<DomainRuleException>(() => @case.Candidate.ReturnProposal(other.Recommendation, "x", Moderator, Now)).Message);
        Assert.Equal("That recommendation belongs to another candidate",
            Assert.Throws<DomainRuleException>(() => @case.Candidate.ConfirmOutcome(other.Recommendation, @case.Plan, @case.Records, @case.Evidence, Moderator, Now)).Message);
    }
}
