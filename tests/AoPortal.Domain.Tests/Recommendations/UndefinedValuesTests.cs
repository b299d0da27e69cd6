using AoPortal.Domain.Assessments;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Common;
using AoPortal.Domain.Recommendations;
using static AoPortal.Domain.Tests.Recommendations.RecommendedCandidate;

namespace AoPortal.Domain.Tests.Recommendations;

/// <summary>
/// Values outside the enums. Candidate.Withdraw refuses an undefined reason; the recommendation's methods should refuse
/// an undefined outcome the same way.
/// </summary>
public class UndefinedValuesTests
{
    /// <summary>
    /// BUG (reported, not fixed): Recommendation.Propose does not check that proposal.Outcome is defined. An undefined value
    /// passes the not-recommended gate (RecommendationGate.MissingFor treats anything but Recommend as NotRecommend), is
    /// stored, and Candidate.ConfirmOutcome then confirms it as Recommended (anything but NotRecommend), giving a candidate
    /// "Recommended for QTS" whose recommendation is neither for QTS nor exportable.
    /// </summary>
    [Fact]
    public void An_undefined_outcome_is_refused()
    {
        var @case = new RecommendedCandidate().Build().JudgeAll("TS3");

        Assert.Throws<DomainRuleException>(() => @case.Propose(NotRecommendedProposal() with { Outcome = (RecommendationOutcome)7 }));

        Assert.Equal(CandidateStatus.InAssessment, @case.Candidate.Status);
    }

    /// <summary>
    /// BUG (reported, not fixed): FinalJudgement refuses NotAssessed but accepts any undefined StandardOutcome, which then
    /// counts as "not met" in the gate and is frozen into the snapshot as a number.
    /// </summary>
    [Fact]
    public void An_undefined_standard_outcome_is_refused()
    {
        var error = Assert.Throws<DomainRuleException>(() => new FinalJudgement("TS1", (StandardOutcome)9, "Why", [], []));

        Assert.Equal("Select whether TS1 is met or not yet met", error.Message);
    }

    [Fact]
    public void A_withdrawn_candidates_proposal_cannot_be_confirmed()
    {
        var @case = new RecommendedCandidate().Build().Proposed();
        @case.Candidate.Withdraw(Domain.Recommendations.WithdrawalReason.Health, null, Admin, Now);

        var error = Assert.Throws<DomainRuleException>(() => @case.Confirm());

        Assert.Equal("Recommendation for QTS confirmed is not possible while the candidate's status is withdrawn", error.Message);
        Assert.Null(@case.Recommendation.Snapshot);
    }
}
