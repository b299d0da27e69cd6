using AoPortal.Domain.Candidates;
using AoPortal.Domain.Common;
using AoPortal.Domain.Recommendations;
using static AoPortal.Domain.Tests.Recommendations.RecommendedCandidate;

namespace AoPortal.Domain.Tests.Recommendations;

public class WithdrawDecisionTests
{
    private const int Window = 14;
    private static readonly DateTime ConfirmedAt = Now.AddHours(2);

    private static RecommendationCase Confirmed() => new RecommendedCandidate().Build().Proposed().Confirmed();

    [Fact]
    public void A_confirmed_decision_is_withdrawn_within_the_window_and_the_candidate_is_back_in_assessment()
    {
        var @case = Confirmed();
        var at = ConfirmedAt.AddDays(3);

        var audit = @case.Candidate.WithdrawDecision(@case.Recommendation, "  Moderated against the wrong standards  ", Window, Admin, at);

        var r = @case.Recommendation;
        Assert.Equal(CandidateStatus.InAssessment, @case.Candidate.Status);
        Assert.Equal((RecommendationStatus.Withdrawn, (DateTime?)at, "Alex Admin", "Moderated against the wrong standards"),
            (r.Status, r.WithdrawnAt, r.WithdrawnByName, r.WithdrawalReason));
        Assert.False(r.AwaitsExport);
        Assert.NotNull(r.Snapshot);
        Assert.Equal(("Confirmed decision withdrawn", "Recommended for QTS to In assessment. Moderated against the wrong standards"), (audit.Action, audit.Detail));
        Assert.Equal(("Alex Admin", at, @case.Candidate.Id), (audit.ActorName, audit.OccurredAt, audit.SubjectId));
    }

    [Fact]
    public void A_not_recommended_decision_can_be_withdrawn_too()
    {
        var @case = new RecommendedCandidate().Build().NotRecommendedProposed().Confirmed();

        @case.Candidate.WithdrawDecision(@case.Recommendation, "Wrong candidate", Window, Admin, ConfirmedAt.AddDays(1));

        Assert.Equal((CandidateStatus.InAssessment, RecommendationStatus.Withdrawn), (@case.Candidate.Status, @case.Recommendation.Status));
    }

    [Fact]
    public void Exactly_the_window_after_confirmation_is_still_within_it()
    {
        var @case = Confirmed();

        Assert.Equal(ConfirmedAt.AddDays(Window), @case.Recommendation.WithdrawableUntil(Window));
        @case.Candidate.WithdrawDecision(@case.Recommendation, "Late correction", Window, Admin, ConfirmedAt.AddDays(Window));

        Assert.Equal(RecommendationStatus.Withdrawn, @case.Recommendation.Status);
    }

    [Fact]
    public void One_minute_after_the_window_is_too_late()
    {
        var @case = Confirmed();

        var error = Assert.Throws<DomainRuleException>(() =>
            @case.Candidate.WithdrawDecision(@case.Recommendation, "Too late", Window, Admin, ConfirmedAt.AddDays(Window).AddMinutes(1)));

        Assert.Equal("A confirmed decision can be withdrawn only within 14 days of its confirmation", error.Message);
        Assert.Equal((CandidateStatus.Recommended, RecommendationStatus.Confirmed), (@case.Candidate.Status, @case.Recommendation.Status));
    }

    [Fact]
    public void The_window_is_the_one_given()
    {
        var @case = Confirmed();

        var error = Assert.Throws<DomainRuleException>(() =>
            @case.Candidate.WithdrawDecision(@case.Recommendation, "Reason", 7, Admin, ConfirmedAt.AddDays(8)));

        Assert.Equal("A confirmed decision can be withdrawn only within 7 days of its confirmation", error.Message);
    }

    [Fact]
    public void An_exported_recommendation_cannot_be_withdrawn()
    {
        var @case = Confirmed();
        @case.Exported();

        var error = Assert.Throws<DomainRuleException>(() =>
            @case.Candidate.WithdrawDecision(@case.Recommendation, "Reason", Window, Admin, ConfirmedAt.AddDays(2)));

        Assert.Equal("This recommendation has been exported to Register, so it can no longer be withdrawn here", error.Message);
        Assert.Equal(CandidateStatus.Recommended, @case.Candidate.Status);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void A_reason_is_required(string? reason)
    {
        var @case = Confirmed();

        var error = Assert.Throws<DomainRuleException>(() =>
            @case.Candidate.WithdrawDecision(@case.Recommendation, reason!, Window, Admin, ConfirmedAt.AddDays(1)));

        Assert.Equal("Enter the reason for withdrawing the decision", error.Message);
        Assert.Equal((CandidateStatus.Recommended, RecommendationStatus.Confirmed), (@case.Candidate.Status, @case.Recommendation.Status));
    }

    [Fact]
    public void A_proposal_not_yet_confirmed_cannot_be_withdrawn_as_a_decision()
    {
        var @case = new RecommendedCandidate().Build().Proposed();

        var error = Assert.Throws<DomainRuleException>(() =>
            @case.Candidate.WithdrawDecision(@case.Recommendation, "Reason", Window, Admin, Now));

        Assert.Equal("Confirmed decision withdrawn is not possible while the candidate's status is awaiting moderation", error.Message);
    }

    [Fact]
    public void A_withdrawn_decision_cannot_be_withdrawn_again_or_changed()
    {
        var @case = Confirmed();
        @case.Candidate.WithdrawDecision(@case.Recommendation, "Reason", Window, Admin, ConfirmedAt.AddDays(1));

        Assert.Equal("Confirmed decision withdrawn is not possible while the candidate's status is in assessment",
            Assert.Throws<DomainRuleException>(() => @case.Candidate.WithdrawDecision(@case.Recommendation, "Again", Window, Admin, ConfirmedAt.AddDays(1))).Message);
        Assert.Throws<DomainRuleException>(() => @case.Candidate.RecordFinalJudgement(@case.Recommendation, Judgement("TS1"), @case.Citable, Assessor, Now));
    }

    [Fact]
    public void After_a_withdrawal_the_assessor_proposes_again_on_a_new_recommendation()
    {
        var @case = Confirmed();
        var withdrawn = @case.Recommendation;
        @case.Candidate.WithdrawDecision(withdrawn, "Reason", Window, Admin, ConfirmedAt.AddDays(1));

        @case.Restarted().JudgeAll().Propose();
        @case.Confirm(SecondModerator);

        Assert.Equal(CandidateStatus.Recommended, @case.Candidate.Status);
        Assert.Equal(RecommendationStatus.Withdrawn, withdrawn.Status);
        Assert.Equal("Robin Reviewer", @case.Recommendation.ConfirmedByName);
    }

    [Fact]
    public void Another_candidates_recommendation_is_refused()
    {
        var @case = Confirmed();
        var other = Confirmed();

        var error = Assert.Throws<DomainRuleException>(() =>
            @case.Candidate.WithdrawDecision(other.Recommendation, "Reason", Window, Admin, ConfirmedAt.AddDays(1)));

        Assert.Equal("That recommendation belongs to another candidate", error.Message);
        Assert.Equal(RecommendationStatus.Confirmed, other.Recommendation.Status);
    }
}
