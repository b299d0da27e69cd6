using AoPortal.Domain.Common;

namespace AoPortal.Domain.Applications;

/// <summary>
/// A GCSE, or an equivalent (O level, an equivalency test, an overseas qualification), in English, maths or science.
/// A GCSE at grade 4 or C and above meets the standard by itself; an equivalent needs the provider's check.
/// </summary>
public sealed class GcseResult
{
    private static readonly HashSet<string> PassingGrades = new(StringComparer.OrdinalIgnoreCase)
    {
        "9", "8", "7", "6", "5", "4", "A*", "A", "B", "C",
        // Combined science, graded twice: 9–1 since 2017, letters before.
        "9-9", "9-8", "8-8", "8-7", "7-7", "7-6", "6-6", "6-5", "5-5", "5-4", "4-4",
        "A*A*", "A*A", "AA", "AB", "BB", "BC", "CC",
    };

    private GcseResult() { }

    public GcseResult(GcseSubject subject, bool isGcse, string? qualification, string grade, int year, DateOnly today)
    {
        if (!Enum.IsDefined(subject)) throw new DomainRuleException("Select the subject", nameof(Subject));
        Subject = subject;
        IsGcse = isGcse;
        Qualification = isGcse ? "GCSE" : Guard.Required(qualification, "Enter the name of the equivalent qualification", 100);
        Grade = Guard.Required(grade, "Enter the grade", 20);
        Year = ApplicationDates.PastYear(year, today, "The year of the qualification", nameof(Year));
    }

    public GcseSubject Subject { get; private set; }
    public bool IsGcse { get; private set; }
    public string Qualification { get; private set; } = "";
    public string Grade { get; private set; } = "";
    public int Year { get; private set; }

    /// <summary>Whether this is a GCSE at grade 4 / C or above (combined science double grades included).</summary>
    public bool IsStandardPass => IsGcse && PassingGrades.Contains(Grade.Replace(" ", ""));
}
