using AoPortal.Domain.Candidates;
using AoPortal.Domain.Common;
using AoPortal.Domain.Recommendations;
using static AoPortal.Domain.Tests.Recommendations.RecommendedCandidate;

namespace AoPortal.Domain.Tests.Recommendations;

public class ReturnProposalTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Comments_are_required(string? comments)
    {
        var @case = new RecommendedCandidate().Build().Proposed();

        var error = Assert.Throws<DomainRuleException>(() => @case.Candidate.ReturnProposal(@case.Recommendation, comments!, Moderator, Now));

        Assert.Equal("Enter comments telling the assessor what to change", error.Message);
        Assert.Equal((CandidateStatus.RecommendationPending, RecommendationStatus.Proposed), (@case.Candidate.Status, @case.Recommendation.Status));
    }

    [Fact]
    public void Comments_are_at_most_4000_characters()
    {
        var @case = new RecommendedCandidate().Build().Proposed();

        var error = Assert.Throws<DomainRuleException>(() => @case.Candidate.ReturnProposal(@case.Recommendation, new string('c', 4001), Moderator, Now));

        Assert.Equal("Enter comments telling the assessor what to change in 4000 characters or fewer", error.Message);
    }

    [Fact]
    public void A_return_sends_the_candidate_back_into_assessment_with_the_comments()
    {
        var @case = new RecommendedCandidate().Build().Proposed();
        var at = Now.AddHours(1);

        var audit = @case.Candidate.ReturnProposal(@case.Recommendation, "  Cite the second observation for TS5  ", Moderator, at);

        Assert.Equal(CandidateStatus.InAssessment, @case.Candidate.Status);
        Assert.Equal(RecommendationStatus.Returned, @case.Recommendation.Status);
        Assert.True(@case.Recommendation.CanChange);
        var returned = Assert.Single(@case.Recommendation.Returns);
        Assert.Equal(new ModerationReturn(Moderator.UserId, "Morgan Moderator", at, "Cite the second observation for TS5"), returned);
        Assert.Equal(2, audit.Count);
        Assert.Equal(("Proposal returned to the assessor", "Cite the second observation for TS5"), (audit[0].Action, audit[0].Detail));
        Assert.Equal(("Proposal returned by moderation", "Awaiting moderation to In assessment"), (audit[1].Action, audit[1].Detail));
        Assert.All(audit, a => Assert.Equal(("Morgan Moderator", @case.Candidate.Id), (a.ActorName, a.SubjectId)));
    }

    [Fact]
    public void A_returned_proposal_can_be_proposed_again_and_then_confirmed()
    {
        var @case = new RecommendedCandidate().Build().Proposed();
        @case.Candidate.ReturnProposal(@case.Recommendation, "Change the date", Moderator, Now);

        @case.Propose(QtsProposal(new DateOnly(2026, 11, 20)));
        @case.Confirm();

        Assert.Equal(CandidateStatus.Recommended, @case.Candidate.Status);
        Assert.Equal(new DateOnly(2026, 11, 20), @case.Recommendation.RequirementsMetOn);
        Assert.Single(@case.Recommendation.Returns);
    }

    [Fact]
    public void Returns_are_kept_oldest_first()
    {
        var @case = new RecommendedCandidate().Build().Proposed();
        @case.Candidate.ReturnProposal(@case.Recommendation, "First", Moderator, Now);
        @case.Propose();
        @case.Candidate.ReturnProposal(@case.Recommendation, "Second", SecondModerator, Now.AddHours(1));

        Assert.Equal(["First", "Second"], @case.Recommendation.Returns.Select(r => r.Comments));
        Assert.Equal(["Morgan Moderator", "Robin Reviewer"], @case.Recommendation.Returns.Select(r => r.ByName));
    }

    [Fact]
    public void Nothing_can_be_returned_before_a_proposal()
    {
        var @case = new RecommendedCandidate().Build();

        var error = Assert.Throws<DomainRuleException>(() => @case.Candidate.ReturnProposal(@case.Recommendation, "x", Moderator, Now));

        Assert.Equal("Proposal returned by moderation is not possible while the candidate's status is in assessment", error.Message);
    }

    [Fact]
    public void A_confirmed_decision_cannot_be_returned()
    {
        var @case = new RecommendedCandidate().Build().Proposed().Confirmed();

        var error = Assert.Throws<DomainRuleException>(() => @case.Candidate.ReturnProposal(@case.Recommendation, "x", SecondModerator, Now));

        Assert.Equal("Proposal returned by moderation is not possible while the candidate's status is recommended for QTS", error.Message);
        Assert.Equal(RecommendationStatus.Confirmed, @case.Recommendation.Status);
    }
}
