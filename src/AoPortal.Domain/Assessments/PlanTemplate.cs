using AoPortal.Domain.Common;

namespace AoPortal.Domain.Assessments;

/// <summary>One step of the provider's standard plan: what happens, and how many weeks after the start it is due.</summary>
public sealed record MilestoneTemplate(MilestoneKind Kind, string Title, int WeekOffset);

/// <summary>
/// The provider's standard assessment plan, as versioned data: its length, its milestones and how far an assessment may
/// be extended or deferred. Each plan copies what it needs when it starts, so a later version never changes it.
/// </summary>
public sealed class PlanTemplate
{
    public const int LongestLengthWeeks = 26;

    /// <summary>The most milestones a plan may have: more than one a week for the longest plan, and a form a person can read.</summary>
    public const int MostMilestones = 30;

    /// <summary>
    /// The audit subject every version shares (versions are numbered, not given ids), so the template's history reads as one timeline.
    /// </summary>
    public static readonly Guid AuditSubjectId = new("9f1a7e00-0000-4000-8000-000000000002");

    private List<MilestoneTemplate> _milestones = [];

    private PlanTemplate() { }

    public PlanTemplate(int version, int lengthWeeks, int maxExtensionWeeks, int maxDeferralDays, IEnumerable<MilestoneTemplate> milestones, DateTime createdAt)
    {
        if (version < 1) throw new DomainRuleException("A plan template version is 1 or more");
        if (lengthWeeks is < 1 or > LongestLengthWeeks)
            throw new DomainRuleException($"The assessment must last between 1 and {LongestLengthWeeks} weeks", nameof(LengthWeeks));
        if (maxExtensionWeeks is < 0 or > LongestLengthWeeks)
            throw new DomainRuleException($"The longest extension must be between 0 and {LongestLengthWeeks} weeks", nameof(MaxExtensionWeeks));
        if (maxDeferralDays is < 0 or > 365)
            throw new DomainRuleException("The longest deferral must be between 0 and 365 days", nameof(MaxDeferralDays));
        var list = milestones.OrderBy(m => m.WeekOffset).ToList();
        if (list.Count == 0) throw new DomainRuleException("A plan needs at least one milestone", nameof(Milestones));
        if (list.Count > MostMilestones) throw new DomainRuleException($"A plan can have no more than {MostMilestones} milestones", nameof(Milestones));
        foreach (var m in list)
        {
            if (!Enum.IsDefined(m.Kind)) throw new DomainRuleException("Select the kind of each milestone from the list", nameof(Milestones));
            Guard.Required(m.Title, "Enter the milestone's title", 100);
            if (m.WeekOffset < 0 || m.WeekOffset > lengthWeeks)
                throw new DomainRuleException($"{m.Title} must fall between week 0 and week {lengthWeeks}", nameof(Milestones));
        }

        Version = version;
        LengthWeeks = lengthWeeks;
        MaxExtensionWeeks = maxExtensionWeeks;
        MaxDeferralDays = maxDeferralDays;
        _milestones = list.Select(m => m with { Title = m.Title.Trim() }).ToList();
        CreatedAt = Guard.Utc(createdAt);
    }

    /// <summary>The typical plan in DOMAIN.md: twelve weeks, visits around weeks 3, 6 and 9, a final assessment and moderation.</summary>
    public static PlanTemplate Default(DateTime createdAt) => new(1, 12, 4, 90,
    [
        new(MilestoneKind.InitialMeeting, "Initial meeting", 0),
        new(MilestoneKind.BaselineObservation, "Baseline observation", 1),
        new(MilestoneKind.AssessorVisit, "First assessor visit", 3),
        new(MilestoneKind.PortfolioCheckpoint, "First portfolio checkpoint", 4),
        new(MilestoneKind.AssessorVisit, "Second assessor visit", 6),
        new(MilestoneKind.PortfolioCheckpoint, "Second portfolio checkpoint", 8),
        new(MilestoneKind.AssessorVisit, "Third assessor visit", 9),
        new(MilestoneKind.ProfessionalDiscussion, "Professional discussion", 10),
        new(MilestoneKind.FinalAssessment, "Final assessment", 11),
        new(MilestoneKind.Moderation, "Moderation", 12),
    ], createdAt);

    public int Version { get; private set; }
    public int LengthWeeks { get; private set; }

    /// <summary>How far past the planned end, in weeks, extensions may take an assessment in total.</summary>
    public int MaxExtensionWeeks { get; private set; }

    /// <summary>How many days, in total, an assessment may be paused by deferral.</summary>
    public int MaxDeferralDays { get; private set; }

    public IReadOnlyList<MilestoneTemplate> Milestones => _milestones;
    public DateTime CreatedAt { get; private set; }

    /// <summary>Who published this version; null for version 1, which the migrations wrote.</summary>
    public string? PublishedByName { get; private set; }

    /// <summary>Why the provider changed the plan template, in their words; null for version 1.</summary>
    public string? ChangeReason { get; private set; }

    /// <summary>
    /// Publishes the version after this one: assessments started from now on follow it, and those already running keep
    /// the plan they copied when they started. Returns the new template and the audit entry saying who published it and why.
    /// </summary>
    public (PlanTemplate Template, AuditEntry Audit) PublishNext(
        int lengthWeeks,
        int maxExtensionWeeks,
        int maxDeferralDays,
        IEnumerable<MilestoneTemplate> milestones,
        string reason,
        Actor actor,
        DateTime now)
    {
        var next = new PlanTemplate(Version + 1, lengthWeeks, maxExtensionWeeks, maxDeferralDays, milestones, now)
        {
            ChangeReason = Guard.Required(reason, "Enter why the plan template is changing", 1000),
            PublishedByName = actor.Name,
        };
        var audit = AuditEntry.Record(actor, now, nameof(PlanTemplate), AuditSubjectId, $"Plan template version {next.Version} published", next.ChangeReason);
        return (next, audit);
    }
}
