using AoPortal.Domain.Assessments;
using AoPortal.Domain.Common;
using AoPortal.Domain.Recommendations;
using static AoPortal.Domain.Tests.Recommendations.RecommendedCandidate;

namespace AoPortal.Domain.Tests.Recommendations;

public class FinalJudgementTests
{
    private static readonly Guid RecordId = Guid.Parse("11111111-1111-4111-8111-111111111111");
    private static readonly Guid OtherRecordId = Guid.Parse("22222222-2222-4222-8222-222222222222");
    private static readonly Guid EvidenceId = Guid.Parse("33333333-3333-4333-8333-333333333333");

    [Fact]
    public void A_judgement_keeps_its_standard_outcome_rationale_and_citations()
    {
        var judgement = new FinalJudgement("TS4", StandardOutcome.Met, "  Well-planned lessons throughout  ", [RecordId, OtherRecordId], [EvidenceId]);

        Assert.Equal(("TS4", StandardOutcome.Met, "Well-planned lessons throughout", true),
            (judgement.Code, judgement.Outcome, judgement.Rationale, judgement.IsMet));
        Assert.Equal([RecordId, OtherRecordId], judgement.CitedRecordIds);
        Assert.Equal([EvidenceId], judgement.CitedEvidenceIds);
    }

    [Fact]
    public void Not_yet_met_is_a_judgement_that_is_not_met()
    {
        var judgement = new FinalJudgement("P2", StandardOutcome.NotYetMet, "Gaps in safeguarding knowledge", [], []);

        Assert.False(judgement.IsMet);
        Assert.Empty(judgement.CitedRecordIds);
        Assert.Empty(judgement.CitedEvidenceIds);
    }

    [Fact]
    public void Not_assessed_is_refused_on_the_standard()
    {
        var error = Assert.Throws<DomainRuleException>(() => new FinalJudgement("TS3", StandardOutcome.NotAssessed, "Why", [], []));

        Assert.Equal(("Select whether TS3 is met or not yet met", "TS3"), (error.Message, error.Field));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_rationale_is_required(string? rationale)
    {
        var error = Assert.Throws<DomainRuleException>(() => new FinalJudgement("TS2", StandardOutcome.Met, rationale, [], []));

        Assert.Equal("Enter the rationale for your judgement of TS2", error.Message);
    }

    [Fact]
    public void A_rationale_is_at_most_4000_characters()
    {
        Assert.Equal(4000, new FinalJudgement("TS2", StandardOutcome.Met, new string('x', 4000), [], []).Rationale.Length);

        var error = Assert.Throws<DomainRuleException>(() => new FinalJudgement("TS2", StandardOutcome.Met, new string('x', 4001), [], []));

        Assert.Equal("Enter the rationale for your judgement of TS2 in 4000 characters or fewer", error.Message);
    }

    [Theory]
    [InlineData("TS9")]
    [InlineData("TS1a")]
    [InlineData("ts1")]
    [InlineData("")]
    public void Only_a_judged_standard_can_be_judged(string code)
    {
        var error = Assert.Throws<DomainRuleException>(() => new FinalJudgement(code, StandardOutcome.Met, "Why", [], []));

        Assert.Equal($"'{code}' is not one of the Teachers' Standards", error.Message);
    }

    [Fact]
    public void Citations_are_kept_once_each()
    {
        var judgement = new FinalJudgement("TS1", StandardOutcome.Met, "Why", [RecordId, OtherRecordId, RecordId], [EvidenceId, EvidenceId]);

        Assert.Equal([RecordId, OtherRecordId], judgement.CitedRecordIds);
        Assert.Equal([EvidenceId], judgement.CitedEvidenceIds);
        Assert.Equal($"{RecordId},{OtherRecordId}", judgement.CitedRecords);
    }

    [Fact]
    public void Recording_a_judgement_returns_its_audit_entry()
    {
        var @case = new RecommendedCandidate().WithoutJudgements().Build();
        var version = @case.Recommendation.Version;

        var audit = @case.Candidate.RecordFinalJudgement(@case.Recommendation, 
            new FinalJudgement("TS3", StandardOutcome.NotYetMet, "Subject knowledge gaps", [@case.FirstObservation.Id], [@case.LessonPlan.Id]),
            @case.Citable, Assessor, Now);

        Assert.Equal(("Final judgement of TS3 recorded", "not yet met", @case.Candidate.Id, "Sam Assessor"),
            (audit.Action, audit.Detail, audit.SubjectId, audit.ActorName));
        Assert.Equal(StandardOutcome.NotYetMet, @case.Recommendation.JudgementOf("TS3")!.Outcome);
        Assert.NotEqual(version, @case.Recommendation.Version);
    }

    [Fact]
    public void A_judgement_may_cite_shared_records_and_accepted_evidence()
    {
        var @case = new RecommendedCandidate().WithoutJudgements().Build();

        @case.Candidate.RecordFinalJudgement(@case.Recommendation, new FinalJudgement("P2", StandardOutcome.Met, "Why",
            [@case.FirstObservation.Id, @case.SecondObservation.Id, @case.Discussion.Id], [@case.LessonPlan.Id]), @case.Citable, Assessor, Now);

        Assert.Equal(3, @case.Recommendation.JudgementOf("P2")!.CitedRecordIds.Count);
    }

    [Fact]
    public void A_judgement_citing_a_record_outside_the_citable_set_is_refused()
    {
        var @case = new RecommendedCandidate().WithoutJudgements().Build();
        var draft = Drafted(@case.Plan, Observation(new DateOnly(2026, 11, 2), "Riverside Academy", YearGroup.Year8));

        var error = Assert.Throws<DomainRuleException>(() => @case.Candidate.RecordFinalJudgement(@case.Recommendation, 
            new FinalJudgement("TS1", StandardOutcome.Met, "Why", [@case.FirstObservation.Id, draft.Id], []), @case.Citable, Assessor, Now));

        Assert.Equal(("Cite only shared observations and discussions and accepted portfolio evidence", "TS1"), (error.Message, error.Field));
        Assert.Null(@case.Recommendation.JudgementOf("TS1"));
    }

    [Fact]
    public void A_judgement_citing_evidence_outside_the_citable_set_is_refused()
    {
        var @case = new RecommendedCandidate().WithoutJudgements().Build();
        var awaiting = AwaitingEvidence(@case.Candidate.Id, "Not reviewed yet", Sha256Of("x"));

        var error = Assert.Throws<DomainRuleException>(() => @case.Candidate.RecordFinalJudgement(@case.Recommendation, 
            new FinalJudgement("TS1", StandardOutcome.Met, "Why", [], [awaiting.Id]), @case.Citable, Assessor, Now));

        Assert.Equal("Cite only shared observations and discussions and accepted portfolio evidence", error.Message);
        Assert.Empty(@case.Recommendation.Judgements);
    }

    [Fact]
    public void A_second_judgement_of_a_standard_replaces_the_first()
    {
        var @case = new RecommendedCandidate().WithoutJudgements().Build();
        @case.Candidate.RecordFinalJudgement(@case.Recommendation, new FinalJudgement("TS5", StandardOutcome.NotYetMet, "First view", [], []), @case.Citable, Assessor, Now);

        @case.Candidate.RecordFinalJudgement(@case.Recommendation, new FinalJudgement("TS5", StandardOutcome.Met, "Second view", [], []), @case.Citable, Assessor, Now);

        var judgement = Assert.Single(@case.Recommendation.Judgements);
        Assert.Equal((StandardOutcome.Met, "Second view"), (judgement.Outcome, judgement.Rationale));
    }

    [Fact]
    public void Judgements_are_listed_in_the_catalogue_order_whatever_order_they_were_recorded_in()
    {
        var @case = new RecommendedCandidate().WithoutJudgements().Build();
        foreach (var code in new[] { "P2", "TS8", "TS1", "TS4" })
            @case.Candidate.RecordFinalJudgement(@case.Recommendation, Judgement(code), @case.Citable, Assessor, Now);

        Assert.Equal(["TS1", "TS4", "TS8", "P2"], @case.Recommendation.Judgements.Select(j => j.Code));
    }

    [Fact]
    public void Judgements_cannot_change_while_the_proposal_is_with_moderation()
    {
        var @case = new RecommendedCandidate().Build().Proposed();

        var error = Assert.Throws<DomainRuleException>(() => @case.Candidate.RecordFinalJudgement(@case.Recommendation, Judgement("TS1", StandardOutcome.NotYetMet), @case.Citable, Assessor, Now));

        Assert.Equal("The proposal is with moderation: it can be changed only if the moderator returns it", error.Message);
        Assert.True(@case.Recommendation.JudgementOf("TS1")!.IsMet);
        Assert.False(@case.Recommendation.CanChange);
    }

    [Fact]
    public void Judgements_cannot_change_after_confirmation()
    {
        var @case = new RecommendedCandidate().Build().Proposed().Confirmed();
        var snapshot = @case.Recommendation.Snapshot;

        var error = Assert.Throws<DomainRuleException>(() => @case.Candidate.RecordFinalJudgement(@case.Recommendation, Judgement("TS1", StandardOutcome.NotYetMet), @case.Citable, Assessor, Now));

        Assert.Equal("This decision has been confirmed and cannot be changed", error.Message);
        Assert.True(@case.Recommendation.JudgementOf("TS1")!.IsMet);
        Assert.Equal(snapshot, @case.Recommendation.Snapshot);
    }

    [Fact]
    public void Judgements_can_change_again_once_moderation_returns_the_proposal()
    {
        var @case = new RecommendedCandidate().Build().Proposed();
        @case.Candidate.ReturnProposal(@case.Recommendation, "TS3 rationale is thin", Moderator, Now);

        @case.Candidate.RecordFinalJudgement(@case.Recommendation, Judgement("TS3", StandardOutcome.NotYetMet), @case.Citable, Assessor, Now);

        Assert.False(@case.Recommendation.JudgementOf("TS3")!.IsMet);
    }

    [Fact]
    public void A_recommendation_needs_its_candidate_and_starts_as_a_draft()
    {
        Assert.Equal("A recommendation needs its candidate",
            Assert.Throws<DomainRuleException>(() => Recommendation.Start(Guid.Empty, Now)).Message);

        var recommendation = Recommendation.Start(Guid.NewGuid(), Now);

        Assert.Equal((RecommendationStatus.Draft, (RecommendationOutcome?)null, Now, true), (recommendation.Status, recommendation.Outcome, recommendation.CreatedAt, recommendation.CanChange));
        Assert.Empty(recommendation.Judgements);
        Assert.Equal("No outcome proposed yet", recommendation.Summary);
    }
}
