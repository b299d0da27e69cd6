using AoPortal.Domain.Candidates;
using AoPortal.Domain.Common;
using AoPortal.Domain.Recommendations;
using static AoPortal.Domain.Tests.Recommendations.RecommendedCandidate;

namespace AoPortal.Domain.Tests.Recommendations;

public class RecordQtsAwardTests
{
    private static readonly DateOnly AwardDay = new(2026, 12, 4);
    private static readonly DateOnly LaterToday = new(2026, 12, 7);
    private static readonly DateTime Later = new(2026, 12, 7, 11, 0, 0, DateTimeKind.Utc);

    private static RecommendationCase Exported()
    {
        var @case = new RecommendedCandidate().Build().Proposed().Confirmed();
        @case.Exported();
        return @case;
    }

    [Fact]
    public void The_award_closes_the_case()
    {
        var @case = Exported();

        var audit = @case.Candidate.RecordQtsAward(@case.Recommendation, AwardDay, Admin, Later, LaterToday);

        Assert.Equal(CandidateStatus.QtsAwarded, @case.Candidate.Status);
        Assert.Equal(AwardDay, @case.Recommendation.QtsAwardedOn);
        Assert.Equal(("QTS awarded", "Recommended for QTS to QTS awarded. Awarded on 4 December 2026", "Alex Admin"), (audit.Action, audit.Detail, audit.ActorName));
    }

    [Fact]
    public void The_award_needs_the_export_first()
    {
        var @case = new RecommendedCandidate().Build().Proposed().Confirmed();

        var error = Assert.Throws<DomainRuleException>(() => @case.Candidate.RecordQtsAward(@case.Recommendation, AwardDay, Admin, Later, LaterToday));

        Assert.Equal("Export the recommendation to Register before recording the award", error.Message);
        Assert.Equal(CandidateStatus.Recommended, @case.Candidate.Status);
        Assert.Null(@case.Recommendation.QtsAwardedOn);
    }

    [Fact]
    public void The_award_date_cannot_be_in_the_future()
    {
        var @case = Exported();

        var error = Assert.Throws<DomainRuleException>(() => @case.Candidate.RecordQtsAward(@case.Recommendation, LaterToday.AddDays(1), Admin, Later, LaterToday));

        Assert.Equal(("The date QTS was awarded must be today or in the past", "AwardedOn"), (error.Message, error.Field));
        Assert.Equal(CandidateStatus.Recommended, @case.Candidate.Status);
        @case.Candidate.RecordQtsAward(@case.Recommendation, LaterToday, Admin, Later, LaterToday);
        Assert.Equal(LaterToday, @case.Recommendation.QtsAwardedOn);
    }

    [Fact]
    public void The_award_date_cannot_be_before_the_requirements_were_met()
    {
        var @case = Exported();

        var error = Assert.Throws<DomainRuleException>(() => @case.Candidate.RecordQtsAward(@case.Recommendation, MetOn.AddDays(-1), Admin, Later, LaterToday));

        Assert.Equal(("The date QTS was awarded cannot be before the requirements were met on 27 November 2026", "AwardedOn"), (error.Message, error.Field));
        @case.Candidate.RecordQtsAward(@case.Recommendation, MetOn, Admin, Later, LaterToday);
        Assert.Equal(CandidateStatus.QtsAwarded, @case.Candidate.Status);
    }

    [Fact]
    public void A_candidate_not_recommended_cannot_be_awarded_qts()
    {
        var @case = new RecommendedCandidate().Build().NotRecommendedProposed().Confirmed();

        var error = Assert.Throws<DomainRuleException>(() => @case.Candidate.RecordQtsAward(@case.Recommendation, AwardDay, Admin, Later, LaterToday));

        Assert.Equal("QTS awarded is not possible while the candidate's status is not recommended", error.Message);
    }

    [Fact]
    public void A_candidate_awaiting_moderation_cannot_be_awarded_qts()
    {
        var @case = new RecommendedCandidate().Build().Proposed();

        var error = Assert.Throws<DomainRuleException>(() => @case.Candidate.RecordQtsAward(@case.Recommendation, AwardDay, Admin, Later, LaterToday));

        Assert.Equal("QTS awarded is not possible while the candidate's status is awaiting moderation", error.Message);
    }

    [Fact]
    public void The_award_is_recorded_once()
    {
        var @case = Exported();
        @case.Candidate.RecordQtsAward(@case.Recommendation, AwardDay, Admin, Later, LaterToday);

        var error = Assert.Throws<DomainRuleException>(() => @case.Candidate.RecordQtsAward(@case.Recommendation, LaterToday, Admin, Later, LaterToday));

        Assert.Equal("QTS awarded is not possible while the candidate's status is QTS awarded", error.Message);
        Assert.Equal(AwardDay, @case.Recommendation.QtsAwardedOn);
    }

    [Fact]
    public void Another_candidates_recommendation_is_refused()
    {
        var @case = Exported();
        var other = Exported();

        var error = Assert.Throws<DomainRuleException>(() => @case.Candidate.RecordQtsAward(other.Recommendation, AwardDay, Admin, Later, LaterToday));

        Assert.Equal("That recommendation belongs to another candidate", error.Message);
        Assert.Null(other.Recommendation.QtsAwardedOn);
    }
}
