using AoPortal.Domain.Candidates;
using AoPortal.Domain.Common;

namespace AoPortal.Domain.Assessments;

public enum RecordKind
{
    Observation,
    ProfessionalDiscussion,
}

public enum RecordStatus
{
    /// <summary>Being written: only provider staff see it.</summary>
    Draft,

    /// <summary>Shared with the candidate: read-only from then on, changed only by an audited amendment.</summary>
    Shared,
}

/// <summary>A correction to a shared record: why, who, when, and the content as it was before.</summary>
public sealed class RecordAmendment
{
    private RecordAmendment() { }

    internal RecordAmendment(RecordContent previous, string reason, string byName, DateTime at)
    {
        Previous = previous;
        Reason = reason;
        ByName = byName;
        At = at;
    }

    public RecordContent Previous { get; private set; } = null!;
    public string Reason { get; private set; } = "";
    public string ByName { get; private set; } = "";
    public DateTime At { get; private set; }
}

/// <summary>
/// A lesson observation or a professional discussion, with a judgement per standard it evidenced. Written as a draft,
/// then shared with the candidate, who may reflect on it; once shared it is corrected only by amendments that keep the
/// original. Every change returns its audit entry, recorded on the candidate so it shows in their timeline.
/// </summary>
public sealed class AssessmentRecord
{
    private List<RecordAmendment> _amendments = [];

    private AssessmentRecord() { }

    public Guid Id { get; private set; }
    public Guid CandidateId { get; private set; }
    public RecordKind Kind { get; private set; }
    public Guid? RecordedById { get; private set; }
    public string RecordedByName { get; private set; } = "";
    public DateTime RecordedAt { get; private set; }
    public RecordStatus Status { get; private set; }
    public DateTime? SharedAt { get; private set; }
    public RecordContent Content { get; private set; } = null!;

    /// <summary>Oldest first.</summary>
    public IReadOnlyList<RecordAmendment> Amendments => _amendments;

    public string? Reflection { get; private set; }
    public DateTime? ReflectedAt { get; private set; }
    public Guid Version { get; private set; }

    public string Name => NameOf(Kind);

    public static string NameOf(RecordKind kind) => kind == RecordKind.Observation ? "Observation" : "Professional discussion";

    /// <summary>
    /// Records a draft for a candidate whose assessment is running: its day must be one the assessment was running on,
    /// and an observation's school one the candidate works or worked at.
    /// </summary>
    public static (AssessmentRecord Record, AuditEntry Audit) Draft(
        AssessmentPlan plan, RecordContent content, IReadOnlyCollection<string> candidateSchools, Actor actor, DateTime now, DateOnly today)
    {
        Check(plan, content, candidateSchools, today);
        var record = new AssessmentRecord
        {
            Id = Guid.NewGuid(),
            CandidateId = plan.CandidateId,
            Kind = content.Lesson is null ? RecordKind.ProfessionalDiscussion : RecordKind.Observation,
            RecordedById = actor.UserId,
            RecordedByName = actor.Name,
            RecordedAt = Guard.Utc(now),
            Status = RecordStatus.Draft,
            Content = content,
            Version = Guid.NewGuid(),
        };
        return (record, record.Audited(actor, now, $"{record.Name} drafted"));
    }

    /// <summary>Changes a draft. A shared record is amended instead.</summary>
    public AuditEntry Update(AssessmentPlan plan, RecordContent content, IReadOnlyCollection<string> candidateSchools, Actor actor, DateTime now, DateOnly today)
    {
        if (Status != RecordStatus.Draft)
            throw new DomainRuleException($"This {Text.LowerFirst(Name)} has been shared with the candidate, so it can only be amended with a reason");
        EnsureSameKind(content);
        Check(plan, content, candidateSchools, today);
        Content = content;
        return Changed(actor, now, $"{Name} draft changed");
    }

    public AuditEntry Share(Actor actor, DateTime now)
    {
        if (Status == RecordStatus.Shared) throw new DomainRuleException($"This {Text.LowerFirst(Name)} has already been shared with the candidate");
        Status = RecordStatus.Shared;
        SharedAt = Guard.Utc(now);
        return Changed(actor, now, $"{Name} shared with the candidate");
    }

    /// <summary>Corrects a shared record, keeping what it said before with the reason.</summary>
    public AuditEntry Amend(AssessmentPlan plan, RecordContent content, string reason, IReadOnlyCollection<string> candidateSchools, Actor actor, DateTime now, DateOnly today)
    {
        if (Status != RecordStatus.Shared) throw new DomainRuleException("A draft is changed directly; only a shared record is amended");
        var why = Guard.Required(reason, "Enter the reason for the amendment", 1000);
        EnsureSameKind(content);
        Check(plan, content, candidateSchools, today);
        _amendments.Add(new RecordAmendment(Content, why, actor.Name, Guard.Utc(now)));
        Content = content;
        return Changed(actor, now, $"{Name} amended", why);
    }

    /// <summary>The candidate writes (or rewrites) their reflection on a shared record.</summary>
    public AuditEntry Reflect(string reflection, Actor candidate, DateTime now)
    {
        if (Status != RecordStatus.Shared) throw new DomainRuleException($"This {Text.LowerFirst(Name)} has not been shared with you");
        var text = Guard.Required(reflection, "Enter your reflection", 8000);
        var first = Reflection is null;
        Reflection = text;
        ReflectedAt = Guard.Utc(now);
        return Changed(candidate, now, first ? $"Reflection added to {Text.LowerFirst(Name)}" : $"Reflection on {Text.LowerFirst(Name)} changed");
    }

    private static void Check(AssessmentPlan plan, RecordContent content, IReadOnlyCollection<string> candidateSchools, DateOnly today)
    {
        var date = content.Date;
        if (date > today) throw new DomainRuleException("The date must be today or in the past", "Date");
        if (date < plan.StartDate || date > plan.EndDate)
            throw new DomainRuleException($"The date must be during the assessment, between {AssessmentPlan.Day(plan.StartDate)} and {AssessmentPlan.Day(plan.EndDate)}", "Date");
        if (plan.PausedOn(date)) throw new DomainRuleException("The assessment was deferred on that date", "Date");
        if (content.Lesson is { } lesson && !candidateSchools.Contains(lesson.School, StringComparer.OrdinalIgnoreCase))
            throw new DomainRuleException("Select a school the candidate works or has worked at", "School");
    }

    private void EnsureSameKind(RecordContent content)
    {
        if ((content.Lesson is null) != (Kind == RecordKind.ProfessionalDiscussion))
            throw new DomainRuleException($"This record is a {Text.LowerFirst(Name)}");
    }

    private AuditEntry Changed(Actor actor, DateTime now, string action, string? reason = null)
    {
        Version = Guid.NewGuid();
        return Audited(actor, now, action, reason);
    }

    private AuditEntry Audited(Actor actor, DateTime now, string action, string? reason = null)
    {
        var what = Content.Lesson is { } lesson
            ? $"{AssessmentPlan.Day(Content.Date)}, {lesson.YearGroup.DisplayName()} {lesson.Subject} at {lesson.School}"
            : $"{AssessmentPlan.Day(Content.Date)}: {string.Join(", ", Content.TopicList)}";
        return AuditEntry.Record(actor, now, nameof(Candidate), CandidateId, action, reason is null ? what : $"{what}. {reason}");
    }
}
