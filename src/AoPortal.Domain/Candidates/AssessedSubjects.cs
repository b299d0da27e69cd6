using AoPortal.Domain.Common;

namespace AoPortal.Domain.Candidates;

/// <summary>The subjects a candidate is assessed in: needed for ranges past age 11, at most three, each named once.</summary>
public static class AssessedSubjects
{
    public const int Max = 3;

    public static List<string> Checked(AgeRange? ageRange, IReadOnlyList<string> subjects)
    {
        if (ageRange is not { } range || range == default) throw new DomainRuleException("Select the age range the candidate will be assessed for");
        var list = subjects.Select(s => s.Trim()).Where(s => s.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (range.NeedsSubject && list.Count == 0)
            throw new DomainRuleException($"Enter the subject for the age range {range}", "Subjects");
        if (list.Count > Max) throw new DomainRuleException($"Enter no more than {Max} subjects", "Subjects");
        if (list.Any(s => s.Length > 100)) throw new DomainRuleException("Each subject must be 100 characters or fewer", "Subjects");
        return list;
    }
}
