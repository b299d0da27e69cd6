using AoPortal.Domain.Candidates;
using AoPortal.Domain.Common;
using AoPortal.Domain.Eligibility;
using AoPortal.Domain.Recommendations;
using AoPortal.Domain.Tests.Eligibility;
using static AoPortal.Domain.Tests.Recommendations.RecommendedCandidate;

namespace AoPortal.Domain.Tests.Recommendations;

public class CandidateWithdrawTests
{
    private static readonly DateTime Later = new(2026, 12, 7, 11, 0, 0, DateTimeKind.Utc);

    /// <summary>A candidate brought to <paramref name="status"/> through the real lifecycle.</summary>
    public static Candidate InStatus(CandidateStatus status)
    {
        switch (status)
        {
            case CandidateStatus.ApplicationDraft: return new SubmittedCandidate().NotSubmitted().Build();
            case CandidateStatus.Submitted: return new SubmittedCandidate().Build();
            case CandidateStatus.EligibilityReview: return new SubmittedCandidate().Judged(EligibilityRequirement.Degree).Build();
            case CandidateStatus.Accepted: return new RecommendedCandidate().Accepted();
            case CandidateStatus.Rejected: return new SubmittedCandidate().Rejected().Build();
            case CandidateStatus.InAssessment: return new RecommendedCandidate().Build().Candidate;
            case CandidateStatus.Deferred:
                var deferred = new RecommendedCandidate().Build();
                deferred.Candidate.Defer(deferred.Plan, Today, "Illness", Assessor, Now, Today);
                return deferred.Candidate;
            case CandidateStatus.RecommendationPending: return new RecommendedCandidate().Build().Proposed().Candidate;
            case CandidateStatus.Recommended: return new RecommendedCandidate().Build().Proposed().Confirmed().Candidate;
            case CandidateStatus.NotRecommended: return new RecommendedCandidate().Build().NotRecommendedProposed().Confirmed().Candidate;
            case CandidateStatus.QtsAwarded:
                var awarded = new RecommendedCandidate().Build().Proposed().Confirmed();
                awarded.Exported();
                awarded.Candidate.RecordQtsAward(awarded.Recommendation, new DateOnly(2026, 12, 4), Admin, Later, new DateOnly(2026, 12, 7));
                return awarded.Candidate;
            case CandidateStatus.Withdrawn:
                var withdrawn = new RecommendedCandidate().Build().Candidate;
                withdrawn.Withdraw(WithdrawalReason.Health, null, Admin, Later);
                return withdrawn;
            default: throw new ArgumentOutOfRangeException(nameof(status));
        }
    }

    [Theory]
    [InlineData(CandidateStatus.ApplicationDraft)]
    [InlineData(CandidateStatus.Submitted)]
    [InlineData(CandidateStatus.EligibilityReview)]
    [InlineData(CandidateStatus.Accepted)]
    [InlineData(CandidateStatus.InAssessment)]
    [InlineData(CandidateStatus.Deferred)]
    [InlineData(CandidateStatus.RecommendationPending)]
    [InlineData(CandidateStatus.NotRecommended)]
    public void A_candidate_can_be_withdrawn_before_the_route_ends(CandidateStatus status)
    {
        var candidate = InStatus(status);
        Assert.Equal(status, candidate.Status);

        var audit = candidate.Withdraw(WithdrawalReason.LeftEmployment, null, Admin, Later);

        Assert.Equal(CandidateStatus.Withdrawn, candidate.Status);
        Assert.Equal((WithdrawalReason.LeftEmployment, (string?)null), (candidate.WithdrawalReason, candidate.WithdrawalDetail));
        Assert.Equal(("Candidate withdrawn", $"{status.DisplayName()} to Withdrawn. Left their teaching post"), (audit.Action, audit.Detail));
    }

    [Fact]
    public void A_recommended_candidate_is_refused_saying_to_withdraw_the_recommendation_first()
    {
        var candidate = InStatus(CandidateStatus.Recommended);

        var error = Assert.Throws<DomainRuleException>(() => candidate.Withdraw(WithdrawalReason.Health, null, Admin, Later));

        Assert.Equal("The candidate has a confirmed recommendation for QTS: withdraw the recommendation first", error.Message);
        Assert.Equal(CandidateStatus.Recommended, candidate.Status);
        Assert.Null(candidate.WithdrawalReason);
    }

    [Theory]
    [InlineData(CandidateStatus.QtsAwarded, "QTS awarded")]
    [InlineData(CandidateStatus.Rejected, "rejected")]
    [InlineData(CandidateStatus.Withdrawn, "withdrawn")]
    public void A_candidate_whose_route_has_ended_cannot_be_withdrawn(CandidateStatus status, string words)
    {
        var candidate = InStatus(status);
        var reason = candidate.WithdrawalReason;

        var error = Assert.Throws<DomainRuleException>(() => candidate.Withdraw(WithdrawalReason.ChoseAnotherRoute, "Other route", Admin, Later));

        Assert.Equal($"Candidate withdrawn is not possible while the candidate's status is {words}", error.Message);
        Assert.Equal((status, reason), (candidate.Status, candidate.WithdrawalReason));
    }

    [Fact]
    public void Another_reason_needs_its_detail()
    {
        var candidate = InStatus(CandidateStatus.InAssessment);

        Assert.Equal("Enter the reason for the withdrawal",
            Assert.Throws<DomainRuleException>(() => candidate.Withdraw(WithdrawalReason.Other, null, Admin, Later)).Message);
        Assert.Equal("Enter the reason for the withdrawal",
            Assert.Throws<DomainRuleException>(() => candidate.Withdraw(WithdrawalReason.Other, "   ", Admin, Later)).Message);
        Assert.Equal(CandidateStatus.InAssessment, candidate.Status);

        var audit = candidate.Withdraw(WithdrawalReason.Other, "  Moving abroad  ", Admin, Later);

        Assert.Equal((WithdrawalReason.Other, "Moving abroad"), (candidate.WithdrawalReason, candidate.WithdrawalDetail));
        Assert.Equal("In assessment to Withdrawn. Another reason: Moving abroad", audit.Detail);
    }

    [Fact]
    public void Details_are_optional_for_a_listed_reason_and_kept_when_given()
    {
        var candidate = InStatus(CandidateStatus.InAssessment);

        var audit = candidate.Withdraw(WithdrawalReason.SchoolWithdrewSupport, " New head ", Admin, Later);

        Assert.Equal((WithdrawalReason.SchoolWithdrewSupport, "New head"), (candidate.WithdrawalReason, candidate.WithdrawalDetail));
        Assert.Equal("In assessment to Withdrawn. The school withdrew its support: New head", audit.Detail);
    }

    [Fact]
    public void Details_are_at_most_2000_characters()
    {
        var candidate = InStatus(CandidateStatus.InAssessment);

        Assert.Equal("The details must be 2000 characters or fewer",
            Assert.Throws<DomainRuleException>(() => candidate.Withdraw(WithdrawalReason.Health, new string('d', 2001), Admin, Later)).Message);
        Assert.Equal("Enter the reason for the withdrawal in 2000 characters or fewer",
            Assert.Throws<DomainRuleException>(() => candidate.Withdraw(WithdrawalReason.Other, new string('d', 2001), Admin, Later)).Message);
    }

    [Fact]
    public void An_unknown_reason_is_refused()
    {
        var candidate = InStatus(CandidateStatus.InAssessment);

        var error = Assert.Throws<DomainRuleException>(() => candidate.Withdraw((WithdrawalReason)99, null, Admin, Later));

        Assert.Equal(("Select the reason for the withdrawal", "WithdrawalReason"), (error.Message, error.Field));
        Assert.Equal(CandidateStatus.InAssessment, candidate.Status);
    }

    [Fact]
    public void After_a_decision_is_withdrawn_the_candidate_can_be_withdrawn()
    {
        var @case = new RecommendedCandidate().Build().Proposed().Confirmed();
        @case.Candidate.WithdrawDecision(@case.Recommendation, "Wrong evidence", 14, Admin, Now.AddDays(1));

        @case.Candidate.Withdraw(WithdrawalReason.UnlikelyToMeetStandards, null, Admin, Later);

        Assert.Equal(CandidateStatus.Withdrawn, @case.Candidate.Status);
    }

    [Theory]
    [InlineData(WithdrawalReason.PersonalCircumstances, "Personal circumstances")]
    [InlineData(WithdrawalReason.Health, "Health")]
    [InlineData(WithdrawalReason.LeftEmployment, "Left their teaching post")]
    [InlineData(WithdrawalReason.SchoolWithdrewSupport, "The school withdrew its support")]
    [InlineData(WithdrawalReason.UnlikelyToMeetStandards, "Unlikely to meet the standards in the time available")]
    [InlineData(WithdrawalReason.ChoseAnotherRoute, "Chose another route to QTS")]
    [InlineData(WithdrawalReason.Other, "Another reason")]
    public void Each_reason_has_words(WithdrawalReason reason, string words)
    {
        Assert.Equal(words, reason.DisplayName());
    }
}
