using AoPortal.Domain.Applications;
using AoPortal.Domain.Candidates;

namespace AoPortal.Domain.Assessments;

/// <summary>
/// What the lessons observed so far cover: the key stages and the schools, and whether together they show the age range
/// across two consecutive key stages in at least two schools (DOMAIN.md), said in words.
/// </summary>
public sealed record ObservationCoverage(AgeRange AgeRange, IReadOnlyList<KeyStage> KeyStages, IReadOnlyList<string> Schools)
{
    public bool CoversTwoConsecutiveKeyStages => Applications.KeyStages.IncludesTwoConsecutiveWithin(KeyStages, AgeRange.KeyStages);

    public bool CoversTwoSchools => Schools.Count >= 2;

    public bool IsMet => CoversTwoConsecutiveKeyStages && CoversTwoSchools;

    /// <summary>Every observation counts, drafts included: each is a lesson that was seen.</summary>
    public static ObservationCoverage Of(AgeRange ageRange, IEnumerable<AssessmentRecord> records)
    {
        var lessons = records.Where(r => r.Kind == RecordKind.Observation).Select(r => r.Content.Lesson!).ToList();
        return new ObservationCoverage(
            ageRange,
            lessons.Select(l => l.YearGroup.KeyStageOf()).Distinct().Order().ToList(),
            lessons.Select(l => l.School).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList());
    }

    public string Summary
    {
        get
        {
            if (KeyStages.Count == 0) return $"No lessons observed yet. The assessment needs lessons in two consecutive key stages of {AgeRange}, in at least two schools.";
            var seen = $"Observed in {Words(KeyStages.Select(k => k.DisplayName()))} at {Words(Schools)}.";
            if (IsMet) return $"{seen} That covers two consecutive key stages of {AgeRange} in two schools.";
            var needed = new List<string>();
            if (!CoversTwoConsecutiveKeyStages) needed.Add($"lessons in two consecutive key stages of {AgeRange}");
            if (!CoversTwoSchools) needed.Add("an observation at a second school");
            return $"{seen} Still needed: {Words(needed)}.";
        }
    }

    private static string Words(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count <= 1 ? string.Concat(list) : $"{string.Join(", ", list.SkipLast(1))} and {list[^1]}";
    }
}
