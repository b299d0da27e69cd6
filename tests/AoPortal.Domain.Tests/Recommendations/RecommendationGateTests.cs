using AoPortal.Domain.Applications;
using AoPortal.Domain.Assessments;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Recommendations;
using static AoPortal.Domain.Tests.Recommendations.RecommendedCandidate;

namespace AoPortal.Domain.Tests.Recommendations;

public class RecommendationGateTests
{
    private static readonly AgeRange ElevenToSixteen = new(11, 16);
    private static readonly ObservationCoverage Covered = new(ElevenToSixteen, [KeyStage.KeyStage3, KeyStage.KeyStage4], ["Hillside School", "Riverside Academy"]);

    private static IReadOnlyList<MissingCondition> Missing(
        IReadOnlyList<FinalJudgement>? judgements = null, AssessmentPlan? plan = null, bool skills = true, ObservationCoverage? coverage = null) =>
        RecommendationGate.MissingForQts(judgements ?? AllJudged(), plan ?? new RecommendedCandidate().WithoutJudgements().Build().Plan, skills, coverage ?? Covered);

    [Fact]
    public void Nothing_is_missing_when_every_gate_is_passed()
    {
        var ready = new RecommendedCandidate().Build();

        Assert.Empty(RecommendationGate.MissingForQts(ready.Recommendation.Judgements, ready.Plan, ready.Candidate.FundamentalSkillsConfirmed, ready.Coverage));
        Assert.Empty(RecommendationGate.MissingFor(RecommendationOutcome.Recommend, ready.Recommendation.Judgements, ready.Plan, true, ready.Coverage));
    }

    [Fact]
    public void The_ready_candidate_has_every_condition_the_builder_promises()
    {
        var ready = new RecommendedCandidate().Build();

        Assert.True(ready.Candidate.FundamentalSkillsConfirmed);
        Assert.True(ready.Coverage.IsMet);
        Assert.Equal(9, ready.Recommendation.Judgements.Count);
        Assert.Equal(CandidateStatus.InAssessment, ready.Candidate.Status);
        Assert.Equal(MilestoneKind.Moderation, Assert.Single(ready.Plan.Milestones, m => !m.IsDone).Kind);
    }

    [Fact]
    public void A_missing_judgement_is_named_by_its_standard()
    {
        var missing = Missing(AllJudged().Where(j => j.Code != "TS5").ToList());

        var gap = Assert.Single(missing);
        Assert.Equal((RecommendationGap.JudgementMissing, "TS5 has no final judgement", "TS5"), (gap.Gap, gap.Words, gap.Subject));
    }

    [Fact]
    public void Part_two_without_a_judgement_is_named_too()
    {
        var gap = Assert.Single(Missing(AllJudged().Where(j => j.Code != "P2").ToList()));

        Assert.Equal(("P2 has no final judgement", "P2"), (gap.Words, gap.Subject));
    }

    [Fact]
    public void No_judgements_at_all_names_all_nine_standards_in_order()
    {
        var missing = Missing([]);

        Assert.Equal(["TS1", "TS2", "TS3", "TS4", "TS5", "TS6", "TS7", "TS8", "P2"], missing.Select(m => m.Subject));
        Assert.All(missing, m => Assert.Equal(RecommendationGap.JudgementMissing, m.Gap));
    }

    [Fact]
    public void A_standard_not_yet_met_is_named()
    {
        var gap = Assert.Single(Missing(AllJudged("TS7")));

        Assert.Equal((RecommendationGap.StandardNotMet, "TS7 is judged not yet met", "TS7"), (gap.Gap, gap.Words, gap.Subject));
    }

    [Fact]
    public void Standards_not_yet_met_are_listed_in_the_catalogue_order()
    {
        var judgements = AllJudged("P2", "TS2", "TS8");
        judgements.Reverse();

        Assert.Equal(["TS2", "TS8", "P2"], Missing(judgements).Select(m => m.Subject));
    }

    [Fact]
    public void An_outstanding_milestone_is_named_with_its_due_date()
    {
        var @case = new RecommendedCandidate().Build();
        var final = @case.Plan.Milestones.Single(m => m.Title == "Final assessment");
        @case = new RecommendedCandidate().WithMilestonesOutstanding().Build();
        var plan = @case.Plan;
        foreach (var m in plan.Milestones.Where(m => m.Kind is not (MilestoneKind.Moderation or MilestoneKind.FinalAssessment)))
            plan.CompleteMilestone(m.Id, m.DueDate, null, Assessor, Now, Today);
        var outstanding = plan.Milestones.Single(m => m.Title == "Final assessment");

        var gap = Assert.Single(Missing(plan: plan));

        Assert.Equal(new DateOnly(2026, 11, 23), final.DueDate);
        Assert.Equal(RecommendationGap.MilestoneOutstanding, gap.Gap);
        Assert.Equal("The milestone \"Final assessment\" (due 23 November 2026) is not complete", gap.Words);
        Assert.Equal(outstanding.Id.ToString(), gap.Subject);
    }

    [Fact]
    public void Every_outstanding_milestone_but_moderation_is_listed()
    {
        var plan = new RecommendedCandidate().WithMilestonesOutstanding().Build().Plan;

        var milestones = Missing(plan: plan).Where(m => m.Gap == RecommendationGap.MilestoneOutstanding).ToList();

        Assert.Equal(9, milestones.Count);
        Assert.DoesNotContain(milestones, m => m.Words.Contains("Moderation", StringComparison.Ordinal));
        Assert.Contains(milestones, m => m.Words == "The milestone \"Initial meeting\" (due 7 September 2026) is not complete");
    }

    [Fact]
    public void The_moderation_milestone_does_not_hold_the_proposal_back()
    {
        var plan = new RecommendedCandidate().Build().Plan;

        Assert.False(plan.Milestones.Single(m => m.Kind == MilestoneKind.Moderation).IsDone);
        Assert.Empty(Missing(plan: plan));
    }

    [Fact]
    public void Fundamental_skills_not_confirmed_is_named()
    {
        var gap = Assert.Single(Missing(skills: false));

        Assert.Equal((RecommendationGap.FundamentalSkills, "Fundamental English and maths are not confirmed", (string?)null), (gap.Gap, gap.Words, gap.Subject));
    }

    [Fact]
    public void Lessons_in_one_key_stage_only_are_named_with_the_age_range()
    {
        var gap = Assert.Single(Missing(coverage: new ObservationCoverage(ElevenToSixteen, [KeyStage.KeyStage3], ["Hillside School", "Riverside Academy"])));

        Assert.Equal((RecommendationGap.KeyStages, "No lessons observed in two consecutive key stages of 11 to 16"), (gap.Gap, gap.Words));
    }

    [Fact]
    public void Lessons_at_one_school_only_are_named()
    {
        var gap = Assert.Single(Missing(coverage: new ObservationCoverage(ElevenToSixteen, [KeyStage.KeyStage3, KeyStage.KeyStage4], ["Riverside Academy"])));

        Assert.Equal((RecommendationGap.SecondSchool, "No lesson observed at a second school"), (gap.Gap, gap.Words));
    }

    [Fact]
    public void Coverage_from_the_real_records_counts_key_stages_and_schools()
    {
        var @case = new RecommendedCandidate().Build();
        var oneSchool = ObservationCoverage.Of(new AgeRange(11, 16), [@case.FirstObservation]);

        Assert.Equal([RecommendationGap.KeyStages, RecommendationGap.SecondSchool],
            Missing(coverage: oneSchool).Select(m => m.Gap));
    }

    [Fact]
    public void Every_gap_is_listed_together_in_a_fixed_order()
    {
        var plan = new RecommendedCandidate().WithMilestonesOutstanding().Build().Plan;
        var judgements = AllJudged("TS2").Where(j => j.Code != "TS1").ToList();

        var gaps = Missing(judgements, plan, false, new ObservationCoverage(ElevenToSixteen, [], [])).Select(m => m.Gap).Distinct();

        Assert.Equal([RecommendationGap.JudgementMissing, RecommendationGap.StandardNotMet, RecommendationGap.MilestoneOutstanding,
            RecommendationGap.FundamentalSkills, RecommendationGap.KeyStages, RecommendationGap.SecondSchool], gaps);
    }

    [Fact]
    public void Not_recommended_needs_every_standard_judged()
    {
        var gap = Assert.Single(RecommendationGate.MissingForNotRecommended(AllJudged("TS3").Where(j => j.Code != "TS6").ToList()));

        Assert.Equal((RecommendationGap.JudgementMissing, "TS6 has no final judgement"), (gap.Gap, gap.Words));
    }

    [Fact]
    public void Not_recommended_needs_at_least_one_standard_not_yet_met()
    {
        var gap = Assert.Single(RecommendationGate.MissingForNotRecommended(AllJudged()));

        Assert.Equal(RecommendationGap.StandardNotMet, gap.Gap);
        Assert.Equal("Every standard is judged met: a recommendation not to award QTS needs at least one standard not yet met", gap.Words);
    }

    [Fact]
    public void Not_recommended_passes_with_every_standard_judged_and_one_not_met_whatever_else_is_missing()
    {
        var plan = new RecommendedCandidate().WithMilestonesOutstanding().Build().Plan;

        Assert.Empty(RecommendationGate.MissingFor(RecommendationOutcome.NotRecommend, AllJudged("TS3"), plan, false, new ObservationCoverage(ElevenToSixteen, [], [])));
    }

    [Fact]
    public void Not_recommended_with_judgements_missing_does_not_also_claim_every_standard_is_met()
    {
        var missing = RecommendationGate.MissingForNotRecommended(AllJudged().Where(j => j.Code != "TS1").ToList());

        Assert.Equal(["TS1 has no final judgement"], missing.Select(m => m.Words));
    }
}
