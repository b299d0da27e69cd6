using AoPortal.Domain.Assessments;
using AoPortal.Domain.Standards;

namespace AoPortal.Domain.Recommendations;

/// <summary>The kinds of thing that can stand between a candidate and a recommendation; each is fixed in its own place.</summary>
public enum RecommendationGap
{
    /// <summary>A standard has no final judgement yet.</summary>
    JudgementMissing,

    /// <summary>A standard is judged not yet met.</summary>
    StandardNotMet,

    /// <summary>A milestone of the plan (other than moderation) is not complete.</summary>
    MilestoneOutstanding,

    /// <summary>Fundamental English and maths are not confirmed.</summary>
    FundamentalSkills,

    /// <summary>No lessons observed in two consecutive key stages of the age range.</summary>
    KeyStages,

    /// <summary>No lessons observed in a second school.</summary>
    SecondSchool,
}

/// <summary>One thing missing, in words, with what it concerns (a standard's code or a milestone's id) for the page to link to.</summary>
public sealed record MissingCondition(RecommendationGap Gap, string Words, string? Subject = null);

/// <summary>
/// The gates of a recommendation for QTS (DOMAIN.md): every standard met, the plan's milestones complete (moderation
/// comes after the proposal, so it does not count), fundamental English and maths confirmed, and lessons observed across two
/// consecutive key stages in at least two schools. A recommendation not to recommend needs every standard judged and at
/// least one not yet met, since its reasons are the unmet standards.
/// </summary>
public static class RecommendationGate
{
    public static IReadOnlyList<MissingCondition> MissingFor(
        RecommendationOutcome outcome, IReadOnlyList<FinalJudgement> judgements, AssessmentPlan plan, bool fundamentalSkillsConfirmed, ObservationCoverage coverage) =>
        outcome == RecommendationOutcome.Recommend
            ? MissingForQts(judgements, plan, fundamentalSkillsConfirmed, coverage)
            : MissingForNotRecommended(judgements);

    public static IReadOnlyList<MissingCondition> MissingForQts(
        IReadOnlyList<FinalJudgement> judgements, AssessmentPlan plan, bool fundamentalSkillsConfirmed, ObservationCoverage coverage)
    {
        var missing = new List<MissingCondition>(JudgementsMissing(judgements));
        missing.AddRange(judgements.Where(j => !j.IsMet)
            .OrderBy(j => Order(j.Code))
            .Select(j => new MissingCondition(RecommendationGap.StandardNotMet, $"{j.Code} is judged not yet met", j.Code)));
        missing.AddRange(plan.Milestones.Where(m => !m.IsDone && m.Kind != MilestoneKind.Moderation)
            .Select(m => new MissingCondition(RecommendationGap.MilestoneOutstanding,
                $"The milestone \"{m.Title}\" (due {AssessmentPlan.Day(m.DueDate)}) is not complete", m.Id.ToString())));
        if (!fundamentalSkillsConfirmed)
            missing.Add(new MissingCondition(RecommendationGap.FundamentalSkills, "Fundamental English and maths are not confirmed"));
        if (!coverage.CoversTwoConsecutiveKeyStages)
            missing.Add(new MissingCondition(RecommendationGap.KeyStages,
                $"No lessons observed in two consecutive key stages of {coverage.AgeRange}"));
        if (!coverage.CoversTwoSchools)
            missing.Add(new MissingCondition(RecommendationGap.SecondSchool, "No lesson observed at a second school"));
        return missing;
    }

    public static IReadOnlyList<MissingCondition> MissingForNotRecommended(IReadOnlyList<FinalJudgement> judgements)
    {
        var missing = JudgementsMissing(judgements);
        if (missing.Count == 0 && judgements.All(j => j.IsMet))
            missing.Add(new MissingCondition(RecommendationGap.StandardNotMet,
                "Every standard is judged met: a recommendation not to award QTS needs at least one standard not yet met"));
        return missing;
    }

    private static List<MissingCondition> JudgementsMissing(IReadOnlyList<FinalJudgement> judgements) =>
        StandardsCatalogue.Current.Judged
            .Where(s => judgements.All(j => j.Code != s.Code))
            .Select(s => new MissingCondition(RecommendationGap.JudgementMissing, $"{s.Code} has no final judgement", s.Code))
            .ToList();

    private static int Order(string code) =>
        StandardsCatalogue.Current.Judged.Select((s, i) => (s.Code, i)).First(s => s.Code == code).i;
}
