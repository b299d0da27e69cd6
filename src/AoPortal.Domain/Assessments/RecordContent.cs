using AoPortal.Domain.Common;

namespace AoPortal.Domain.Assessments;

/// <summary>The lesson an observation was of: where, which class, what it was about, and what the observer saw.</summary>
public sealed class LessonDetails
{
    private LessonDetails() { }

    public LessonDetails(string school, YearGroup yearGroup, string subject, string focus, string? classContext, string? strengths, string? targets, string? jointObserverName)
    {
        School = Guard.Required(school, "Select the school where the lesson was", 200);
        YearGroup = yearGroup;
        Subject = Guard.Required(subject, "Enter the subject of the lesson", 100);
        Focus = Guard.Required(focus, "Enter the focus of the lesson", 500);
        ClassContext = Guard.Optional(classContext, 2000, "Class context");
        Strengths = Guard.Optional(strengths, 4000, "Strengths");
        Targets = Guard.Optional(targets, 4000, "Targets");
        JointObserverName = Guard.Optional(jointObserverName, 100, "Joint observer's name");
    }

    public string School { get; private set; } = "";
    public YearGroup YearGroup { get; private set; }
    public string Subject { get; private set; } = "";
    public string Focus { get; private set; } = "";
    public string? ClassContext { get; private set; }
    public string? Strengths { get; private set; }
    public string? Targets { get; private set; }

    /// <summary>A second observer who watched the lesson with the assessor, by name.</summary>
    public string? JointObserverName { get; private set; }
}

/// <summary>
/// What an observation or professional discussion records: the day, the standards judged and, for an observation, the
/// lesson; for a discussion, its topics and notes. An amendment replaces it whole and keeps the one it replaced.
/// </summary>
public sealed class RecordContent
{
    private List<StandardJudgement> _standards = [];

    private RecordContent() { }

    private RecordContent(DateOnly date, IEnumerable<StandardJudgement> standards)
    {
        Date = date;
        _standards = standards.ToList();
        if (_standards.Count == 0) throw new DomainRuleException("Judge at least one standard", "Standards");
        if (_standards.GroupBy(s => s.Code).FirstOrDefault(g => g.Count() > 1) is { } twice)
            throw new DomainRuleException($"{twice.Key} is judged more than once", "Standards");
    }

    public static RecordContent Observation(DateOnly date, LessonDetails lesson, IEnumerable<StandardJudgement> standards) =>
        new(date, standards) { Lesson = lesson };

    public static RecordContent Discussion(DateOnly date, IEnumerable<string> topics, string? notes, IEnumerable<StandardJudgement> standards)
    {
        var list = topics.Select(t => t.Trim()).Where(t => t.Length > 0).Distinct().ToList();
        if (list.Count == 0) throw new DomainRuleException("Select at least one topic", "Topics");
        if (list.Any(t => t.Length > 100)) throw new DomainRuleException("Each topic must be 100 characters or fewer", "Topics");
        return new RecordContent(date, standards) { Topics = string.Join('\n', list), Notes = Guard.Optional(notes, 8000, "Notes") };
    }

    public DateOnly Date { get; private set; }

    /// <summary>In the order judged (EF keys JSON list items by position).</summary>
    public IReadOnlyList<StandardJudgement> Standards => _standards;

    public LessonDetails? Lesson { get; private set; }

    /// <summary>A discussion's topics, one a line (a plain value inside the JSON document).</summary>
    public string? Topics { get; private set; }

    public IReadOnlyList<string> TopicList => (Topics ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public string? Notes { get; private set; }

    public StandardJudgement? JudgementOf(string code) => _standards.Find(s => s.Code == code);
}
