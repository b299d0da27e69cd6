using AoPortal.Domain.Candidates;
using AoPortal.Domain.Common;
using AoPortal.Domain.Recommendations;
using static AoPortal.Domain.Tests.Recommendations.RecommendedCandidate;

namespace AoPortal.Domain.Tests.Recommendations;

/// <summary>The lifecycle table's moves for the recommendation and award, and the whole way through them.</summary>
public class RecommendationLifecycleTests
{
    public static TheoryData<CandidateEvent, CandidateStatus[], CandidateStatus> Moves => new()
    {
        { CandidateEvent.Propose, [CandidateStatus.InAssessment], CandidateStatus.RecommendationPending },
        { CandidateEvent.ReturnProposal, [CandidateStatus.RecommendationPending], CandidateStatus.InAssessment },
        { CandidateEvent.ConfirmRecommended, [CandidateStatus.RecommendationPending], CandidateStatus.Recommended },
        { CandidateEvent.ConfirmNotRecommended, [CandidateStatus.RecommendationPending], CandidateStatus.NotRecommended },
        { CandidateEvent.WithdrawDecision, [CandidateStatus.Recommended, CandidateStatus.NotRecommended], CandidateStatus.InAssessment },
        { CandidateEvent.AwardQts, [CandidateStatus.Recommended], CandidateStatus.QtsAwarded },
        {
            CandidateEvent.Withdraw,
            [
                CandidateStatus.ApplicationDraft, CandidateStatus.Submitted, CandidateStatus.EligibilityReview, CandidateStatus.Accepted,
                CandidateStatus.InAssessment, CandidateStatus.Deferred, CandidateStatus.RecommendationPending, CandidateStatus.NotRecommended,
            ],
            CandidateStatus.Withdrawn
        },
    };

    [Theory]
    [MemberData(nameof(Moves))]
    public void Each_event_starts_only_from_its_listed_statuses(CandidateEvent @event, CandidateStatus[] from, CandidateStatus to)
    {
        foreach (var status in Enum.GetValues<CandidateStatus>())
        {
            Assert.Equal(from.Contains(status), CandidateLifecycle.Allows(status, @event));
            if (from.Contains(status))
                Assert.Equal(to, CandidateLifecycle.Move(status, @event).To);
            else
                Assert.Throws<DomainRuleException>(() => CandidateLifecycle.Move(status, @event));
        }
    }

    [Theory]
    [InlineData(CandidateEvent.Propose, "Outcome proposed")]
    [InlineData(CandidateEvent.ReturnProposal, "Proposal returned by moderation")]
    [InlineData(CandidateEvent.ConfirmRecommended, "Recommendation for QTS confirmed")]
    [InlineData(CandidateEvent.ConfirmNotRecommended, "Not recommended: confirmed")]
    [InlineData(CandidateEvent.WithdrawDecision, "Confirmed decision withdrawn")]
    [InlineData(CandidateEvent.AwardQts, "QTS awarded")]
    [InlineData(CandidateEvent.Withdraw, "Candidate withdrawn")]
    public void Each_move_has_words_for_the_audit_trail_and_the_refusal(CandidateEvent @event, string action)
    {
        var allowed = Enum.GetValues<CandidateStatus>().First(s => CandidateLifecycle.Allows(s, @event));

        Assert.Equal(action, CandidateLifecycle.Move(allowed, @event).Action);
        Assert.Equal($"{action} is not possible while the candidate's status is rejected",
            Assert.Throws<DomainRuleException>(() => CandidateLifecycle.EnsureAllowed(CandidateStatus.Rejected, @event)).Message);
    }

    [Fact]
    public void A_candidate_goes_from_assessment_through_a_return_to_the_award()
    {
        var @case = new RecommendedCandidate().Build();
        var statuses = new List<CandidateStatus> { @case.Candidate.Status };

        @case.Propose();
        statuses.Add(@case.Candidate.Status);
        @case.Candidate.ReturnProposal(@case.Recommendation, "Add the discussion to P2", Moderator, Now);
        statuses.Add(@case.Candidate.Status);
        @case.Propose();
        statuses.Add(@case.Candidate.Status);
        @case.Confirm();
        statuses.Add(@case.Candidate.Status);
        @case.Exported();
        @case.Candidate.RecordQtsAward(@case.Recommendation, new DateOnly(2026, 12, 4), Admin, new DateTime(2026, 12, 7, 9, 0, 0, DateTimeKind.Utc), new DateOnly(2026, 12, 7));
        statuses.Add(@case.Candidate.Status);

        Assert.Equal(
        [
            CandidateStatus.InAssessment, CandidateStatus.RecommendationPending, CandidateStatus.InAssessment, CandidateStatus.RecommendationPending,
            CandidateStatus.Recommended, CandidateStatus.QtsAwarded,
        ], statuses);
        Assert.True(CandidateStatus.QtsAwarded.HasBeenAccepted());
    }

    [Theory]
    [InlineData(RecommendationStatus.Draft, "Final judgements in progress")]
    [InlineData(RecommendationStatus.Proposed, "Awaiting moderation")]
    [InlineData(RecommendationStatus.Returned, "Returned by moderation")]
    [InlineData(RecommendationStatus.Confirmed, "Confirmed")]
    [InlineData(RecommendationStatus.Withdrawn, "Withdrawn")]
    public void Each_recommendation_status_has_words(RecommendationStatus status, string words)
    {
        Assert.Equal(words, status.DisplayName());
    }

    [Fact]
    public void Each_outcome_has_words()
    {
        Assert.Equal(("Recommend for QTS", "Not recommended"), (RecommendationOutcome.Recommend.DisplayName(), RecommendationOutcome.NotRecommend.DisplayName()));
    }
}
