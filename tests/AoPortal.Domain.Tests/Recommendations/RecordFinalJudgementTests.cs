using AoPortal.Domain.Assessments;
using AoPortal.Domain.Common;
using AoPortal.Domain.Recommendations;
using static AoPortal.Domain.Tests.Recommendations.RecommendedCandidate;

namespace AoPortal.Domain.Tests.Recommendations;

/// <summary>Final judgements go through the candidate, which records them only while the assessment runs, and changes its version.</summary>
public class RecordFinalJudgementTests
{
    [Fact]
    public void Recording_a_judgement_changes_the_candidates_version_so_a_stale_form_is_caught()
    {
        var @case = new RecommendedCandidate().WithoutJudgements().Build();
        var before = @case.Candidate.Version;

        @case.Candidate.RecordFinalJudgement(@case.Recommendation, new FinalJudgement("TS1", StandardOutcome.Met, "Seen", [], []), @case.Citable, Assessor, Now);

        Assert.NotEqual(before, @case.Candidate.Version);
    }

    [Fact]
    public void No_judgement_is_recorded_while_the_assessment_is_deferred()
    {
        var @case = new RecommendedCandidate().WithoutJudgements().Build();
        @case.Candidate.Defer(@case.Plan, Today, "Illness", Assessor, Now, Today);

        var error = Assert.Throws<DomainRuleException>(() => @case.Candidate.RecordFinalJudgement(
            @case.Recommendation, new FinalJudgement("TS1", StandardOutcome.Met, "Seen", [], []), @case.Citable, Assessor, Now));

        Assert.Equal("Final judgements are recorded while the assessment is running", error.Message);
        Assert.Empty(@case.Recommendation.Judgements);
    }

    [Fact]
    public void Another_candidates_recommendation_is_refused()
    {
        var @case = new RecommendedCandidate().WithoutJudgements().Build();
        var other = new RecommendedCandidate().Named("Ola", "Other").WithoutJudgements().Build();

        var error = Assert.Throws<DomainRuleException>(() => @case.Candidate.RecordFinalJudgement(
            other.Recommendation, new FinalJudgement("TS1", StandardOutcome.Met, "Seen", [], []), @case.Citable, Assessor, Now));

        Assert.Equal("That recommendation belongs to another candidate", error.Message);
    }
}

/// <summary>A candidate withdrawn while their recommendation is in the making takes it with them; a confirmed decision stands.</summary>
public class WithdrawalClosesTheRecommendationTests
{
    [Fact]
    public void A_proposal_waiting_for_moderation_is_closed_when_the_candidate_is_withdrawn()
    {
        var @case = new RecommendedCandidate().Build().Proposed();

        @case.Candidate.Withdraw(WithdrawalReason.Health, null, Admin, Now, @case.Recommendation);

        Assert.Equal((RecommendationStatus.Withdrawn, "The candidate was withdrawn"), (@case.Recommendation.Status, @case.Recommendation.WithdrawalReason));
    }

    [Fact]
    public void A_confirmed_not_recommended_decision_stands_when_the_candidate_is_withdrawn()
    {
        var @case = new RecommendedCandidate().Build().NotRecommendedProposed().Confirmed();

        @case.Candidate.Withdraw(WithdrawalReason.ChoseAnotherRoute, null, Admin, Now, @case.Recommendation);

        Assert.Equal(RecommendationStatus.Confirmed, @case.Recommendation.Status);
    }
}
