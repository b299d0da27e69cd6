using System.Security.Cryptography;
using System.Text;
using AoPortal.Domain.Assessments;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Common;
using AoPortal.Domain.Evidence;
using AoPortal.Domain.Recommendations;
using static AoPortal.Domain.Tests.Recommendations.RecommendedCandidate;

namespace AoPortal.Domain.Tests.Recommendations;

public class ConfirmOutcomeTests
{
    private static readonly DateTime ConfirmedAt = Now.AddHours(2);

    [Fact]
    public void Confirming_a_proposal_for_qts_recommends_the_candidate()
    {
        var @case = new RecommendedCandidate().Build().Proposed();

        var audit = @case.Confirm();

        var r = @case.Recommendation;
        Assert.Equal(CandidateStatus.Recommended, @case.Candidate.Status);
        Assert.Equal((RecommendationStatus.Confirmed, Moderator.UserId, "Morgan Moderator", ConfirmedAt),
            (r.Status, r.ConfirmedById, r.ConfirmedByName, r.ConfirmedAt));
        Assert.True(r.AwaitsExport);
        Assert.Equal(2, audit.Count);
        Assert.Equal("Decision confirmed by moderation", audit[0].Action);
        Assert.Equal($"Recommend for QTS, 11 to 16, Mathematics; requirements met on 27 November 2026. Snapshot SHA-256 {r.SnapshotSha256}", audit[0].Detail);
        Assert.Equal(("Recommendation for QTS confirmed", "Awaiting moderation to Recommended for QTS"), (audit[1].Action, audit[1].Detail));
        Assert.All(audit, a => Assert.Equal(("Morgan Moderator", ConfirmedAt, @case.Candidate.Id), (a.ActorName, a.OccurredAt, a.SubjectId)));
    }

    [Fact]
    public void Confirming_a_proposal_not_to_recommend_makes_the_candidate_not_recommended()
    {
        var @case = new RecommendedCandidate().Build().NotRecommendedProposed("TS3");

        var audit = @case.Confirm();

        Assert.Equal(CandidateStatus.NotRecommended, @case.Candidate.Status);
        Assert.Equal(RecommendationStatus.Confirmed, @case.Recommendation.Status);
        Assert.False(@case.Recommendation.AwaitsExport);
        Assert.Equal(("Not recommended: confirmed", "Awaiting moderation to Not recommended"), (audit[1].Action, audit[1].Detail));
        Assert.StartsWith("Not recommended: TS3 not yet met. Snapshot SHA-256 ", audit[0].Detail);
        Assert.Equal(RecommendationOutcome.NotRecommend, @case.Recommendation.Frozen!.Outcome);
    }

    [Fact]
    public void Confirming_twice_is_refused()
    {
        var @case = new RecommendedCandidate().Build().Proposed().Confirmed();
        var snapshot = @case.Recommendation.Snapshot;

        var error = Assert.Throws<DomainRuleException>(() => @case.Confirm(SecondModerator, ConfirmedAt.AddDays(1)));

        Assert.Equal("Recommendation for QTS confirmed is not possible while the candidate's status is recommended for QTS", error.Message);
        Assert.Equal((snapshot, "Morgan Moderator"), (@case.Recommendation.Snapshot, @case.Recommendation.ConfirmedByName));
    }

    [Fact]
    public void Nothing_can_be_confirmed_before_a_proposal()
    {
        var @case = new RecommendedCandidate().Build();

        var error = Assert.Throws<DomainRuleException>(() => @case.Confirm());

        Assert.Equal("Recommendation for QTS confirmed is not possible while the candidate's status is in assessment", error.Message);
        Assert.Null(@case.Recommendation.Snapshot);
    }

    [Fact]
    public void A_returned_proposal_cannot_be_confirmed()
    {
        var @case = new RecommendedCandidate().Build().Proposed();
        @case.Candidate.ReturnProposal(@case.Recommendation, "Change it", Moderator, Now);

        Assert.Throws<DomainRuleException>(() => @case.Confirm(SecondModerator));

        Assert.Equal(RecommendationStatus.Returned, @case.Recommendation.Status);
    }

    [Fact]
    public void The_snapshot_holds_the_decision_the_people_and_the_dates()
    {
        var @case = new RecommendedCandidate().Build().Proposed().Confirmed();

        var s = @case.Recommendation.Frozen!;

        Assert.Equal((@case.Candidate.Id, "Daniel Evans", Trn), (s.CandidateId, s.CandidateName, s.Trn));
        Assert.Equal((RecommendationOutcome.Recommend, MetOn, "11 to 16"), (s.Outcome, s.RequirementsMetOn, s.AgeRange));
        Assert.Equal(["Mathematics"], s.Subjects);
        Assert.Equal(("Strong subject knowledge", "Develop questioning in key stage 4"), (s.Strengths, s.InductionTargets));
        Assert.Equal(Start, s.AssessmentStart);
        Assert.Equal(("Sam Assessor", "Sam Assessor", Now), (s.AssessorName, s.ProposedByName, s.ProposedAt));
        Assert.Equal(("Morgan Moderator", ConfirmedAt), (s.ModeratorName, s.ConfirmedAt));
    }

    [Fact]
    public void The_snapshot_names_the_proposer_when_someone_other_than_the_assessor_proposed()
    {
        var @case = new RecommendedCandidate().Build().Proposed(by: Admin).Confirmed();

        var s = @case.Recommendation.Frozen!;

        Assert.Equal(("Sam Assessor", "Alex Admin"), (s.AssessorName, s.ProposedByName));
    }

    [Fact]
    public void The_snapshot_holds_every_final_judgement_with_its_rationale_and_citations()
    {
        var @case = new RecommendedCandidate().Build().Proposed().Confirmed();

        var judgements = @case.Recommendation.Frozen!.Judgements;

        Assert.Equal(Codes, judgements.Select(j => j.Code));
        var ts4 = judgements.Single(j => j.Code == "TS4");
        Assert.Equal((StandardOutcome.Met, "Rationale for TS4"), (ts4.Outcome, ts4.Rationale));
        Assert.Equal([@case.FirstObservation.Id], ts4.CitedRecords);
        Assert.Equal([@case.LessonPlan.Id], ts4.CitedEvidence);
    }

    [Fact]
    public void The_snapshot_holds_only_the_candidates_shared_records_not_drafts()
    {
        var @case = new RecommendedCandidate().Build();
        var draft = Drafted(@case.Plan, Observation(new DateOnly(2026, 11, 9), "Riverside Academy", YearGroup.Year8));
        @case.Records.Add(draft);
        var someoneElses = new RecommendedCandidate().Build().FirstObservation;
        @case.Records.Add(someoneElses);
        @case.Proposed().Confirmed();

        var records = @case.Recommendation.Frozen!.Records;

        Assert.Equal([@case.FirstObservation.Id, @case.SecondObservation.Id, @case.Discussion.Id], records.Select(r => r.Id));
        Assert.DoesNotContain(records, r => r.Id == draft.Id || r.Id == someoneElses.Id);
    }

    [Fact]
    public void A_record_in_the_snapshot_reads_as_it_did_at_confirmation()
    {
        var @case = new RecommendedCandidate().Build().Proposed().Confirmed();

        var records = @case.Recommendation.Frozen!.Records;

        var first = records[0];
        Assert.Equal((RecordKind.Observation, FirstLesson, "Riverside Academy", "Year 9", "Mathematics", "Sam Assessor", (DateTime?)Now, 0),
            (first.Kind, first.Date, first.School, first.YearGroup, first.Subject, first.RecordedByName, first.SharedAt, first.Amendments));
        Assert.Equal([new DecisionSnapshot.Standard("TS1", StandardOutcome.Met), new DecisionSnapshot.Standard("TS4", StandardOutcome.Met)], first.Standards);
        Assert.Equal(("Hillside School", "Year 10"), (records[1].School, records[1].YearGroup));
        Assert.Equal((RecordKind.ProfessionalDiscussion, (string?)null, DiscussionDay), (records[2].Kind, records[2].School, records[2].Date));
    }

    [Fact]
    public void The_snapshot_holds_only_accepted_evidence_with_the_sha256_of_every_file()
    {
        var @case = new RecommendedCandidate().Build();
        var awaiting = AwaitingEvidence(@case.Candidate.Id, "Not reviewed yet", Sha256Of("awaiting"));
        var moreRequested = AwaitingEvidence(@case.Candidate.Id, "Needs more", Sha256Of("more"));
        moreRequested.RequestMore("Add the pupils' work", null, Assessor, Now, Today);
        var someoneElses = AcceptedEvidence(Guid.NewGuid(), "Another candidate's plan", Sha256Of("other"));
        @case.Evidence.AddRange([awaiting, moreRequested, someoneElses]);
        @case.Proposed().Confirmed();

        var item = Assert.Single(@case.Recommendation.Frozen!.Evidence);

        Assert.Equal((@case.LessonPlan.Id, "Year 9 equations", EvidenceKind.LessonPlan, 1), (item.Id, item.Title, item.Kind, item.Version));
        Assert.Equal(["TS4"], item.Standards);
        Assert.Equal([new DecisionSnapshot.File("plan.pdf", 2048, LessonPlanSha256)], item.Files);
    }

    [Fact]
    public void The_snapshot_takes_the_latest_version_of_an_item_accepted_after_a_resubmission()
    {
        var @case = new RecommendedCandidate().Build();
        var item = AwaitingEvidence(@case.Candidate.Id, "Behaviour reflection", Sha256Of("v1"));
        item.RequestMore("Add the follow-up", null, Assessor, Now, Today);
        item.AddVersion([File("plan-v2.pdf", Sha256Of("v2"))], null, "Added the follow-up", Applicant, Now);
        foreach (var file in item.Latest.Files) item.RecordScan(file.Id, ScanResult.Clean);
        item.Accept(Assessor, Now);
        @case.Evidence.Add(item);
        @case.Proposed().Confirmed();

        var frozen = @case.Recommendation.Frozen!.Evidence.Single(e => e.Id == item.Id);

        Assert.Equal(2, frozen.Version);
        Assert.Equal([Sha256Of("v2")], frozen.Files.Select(f => f.Sha256));
    }

    [Fact]
    public void The_snapshot_sha256_is_the_sha256_of_the_snapshot_json()
    {
        var @case = new RecommendedCandidate().Build().Proposed().Confirmed();
        var r = @case.Recommendation;

        var expected = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(r.Snapshot!)));

        Assert.Equal(expected, r.SnapshotSha256);
        Assert.Equal(64, r.SnapshotSha256!.Length);
    }

    [Fact]
    public void The_snapshot_json_reads_back_to_the_same_decision()
    {
        var @case = new RecommendedCandidate().Build().Proposed().Confirmed();
        var json = @case.Recommendation.Snapshot!;

        var frozen = DecisionSnapshot.FromJson(json);

        Assert.Equal(json, frozen.ToJson());
        Assert.Contains("\"Outcome\":\"Recommend\"", json, StringComparison.Ordinal);
        Assert.Contains(LessonPlanSha256, json, StringComparison.Ordinal);
    }

    [Fact]
    public void Amending_an_observation_after_confirmation_does_not_change_the_frozen_decision()
    {
        var @case = new RecommendedCandidate().Build().Proposed().Confirmed();
        var snapshot = @case.Recommendation.Snapshot;
        var sha = @case.Recommendation.SnapshotSha256;

        @case.FirstObservation.Amend(@case.Plan, Observation(FirstLesson, "Hillside School", YearGroup.Year7), "Wrong school", RecommendedCandidate.Schools, Assessor,
            Now.AddDays(1), Today.AddDays(1));

        Assert.Single(@case.FirstObservation.Amendments);
        Assert.Equal(snapshot, @case.Recommendation.Snapshot);
        Assert.Equal(sha, @case.Recommendation.SnapshotSha256);
        var frozen = @case.Recommendation.Frozen!.Records[0];
        Assert.Equal(("Riverside Academy", "Year 9", 0), (frozen.School, frozen.YearGroup, frozen.Amendments));
    }

    [Fact]
    public void An_amendment_before_confirmation_is_in_the_snapshot()
    {
        var @case = new RecommendedCandidate().Build();
        @case.FirstObservation.Amend(@case.Plan, Observation(FirstLesson, "Riverside Academy", YearGroup.Year8), "Wrong year group", RecommendedCandidate.Schools, Assessor, Now, Today);
        @case.Proposed().Confirmed();

        var frozen = @case.Recommendation.Frozen!.Records[0];

        Assert.Equal(("Year 8", 1), (frozen.YearGroup, frozen.Amendments));
    }

    [Fact]
    public void A_new_evidence_version_after_confirmation_does_not_change_the_frozen_decision()
    {
        var @case = new RecommendedCandidate().Build();
        var item = AwaitingEvidence(@case.Candidate.Id, "Assessment data", Sha256Of("data v1"));
        item.RequestMore("Add the spring data", null, Assessor, Now, Today);
        @case.Evidence.Add(item);
        @case.Proposed().Confirmed();
        var snapshot = @case.Recommendation.Snapshot;
        var sha = @case.Recommendation.SnapshotSha256;

        item.AddVersion([File("data-v2.pdf", Sha256Of("data v2"))], null, "Spring data added", Applicant, Now.AddDays(1));
        foreach (var file in item.Latest.Files) item.RecordScan(file.Id, ScanResult.Clean);
        item.Accept(Assessor, Now.AddDays(1));

        Assert.Equal((snapshot, sha), (@case.Recommendation.Snapshot, @case.Recommendation.SnapshotSha256));
        Assert.DoesNotContain(@case.Recommendation.Frozen!.Evidence, e => e.Id == item.Id);
        Assert.Equal([LessonPlanSha256], @case.Recommendation.Frozen!.Evidence.SelectMany(e => e.Files).Select(f => f.Sha256));
    }

    [Fact]
    public void A_later_observation_or_evidence_is_not_added_to_the_frozen_decision()
    {
        var @case = new RecommendedCandidate().Build().Proposed().Confirmed();
        var snapshot = @case.Recommendation.Snapshot;

        @case.Records.Add(Shared(@case.Plan, Observation(Today, "Riverside Academy", YearGroup.Year11)));
        @case.Evidence.Add(AcceptedEvidence(@case.Candidate.Id, "Late", Sha256Of("late")));

        Assert.Equal(snapshot, @case.Recommendation.Snapshot);
        Assert.Equal(3, @case.Recommendation.Frozen!.Records.Count);
        Assert.Single(@case.Recommendation.Frozen!.Evidence);
    }

    [Fact]
    public void Another_candidates_plan_is_refused_at_confirmation()
    {
        var @case = new RecommendedCandidate().Build().Proposed();
        var other = new RecommendedCandidate().Build();

        var error = Assert.Throws<DomainRuleException>(() =>
            @case.Candidate.ConfirmOutcome(@case.Recommendation, other.Plan, @case.Records, @case.Evidence, Moderator, Now));

        Assert.Equal("That plan belongs to another candidate", error.Message);
        Assert.Null(@case.Recommendation.Snapshot);
    }
}
