using AoPortal.Domain.Candidates;
using AoPortal.Domain.Common;

namespace AoPortal.Domain.Eligibility;

/// <summary>
/// The provider's entry thresholds, as versioned data: DfE has signalled changes to the experience rules, so
/// nothing here is a constant, and each eligibility decision records the version it was made under.
/// </summary>
public sealed class EligibilityPolicy
{
    private List<EligibilityRequirement> _discretionAllowed = [];
    private List<AgeRange> _offeredAgeRanges = [];

    /// <summary>
    /// The audit subject every version shares (versions are numbered, not given ids), so the policy's history reads as one timeline.
    /// </summary>
    public static readonly Guid AuditSubjectId = new("a1e11661-0000-4000-8000-000000000001");

    private EligibilityPolicy() { }

    public EligibilityPolicy(
        int version,
        decimal minimumYearsOfTeaching,
        int minimumSettings,
        bool requireConsecutiveKeyStages,
        bool requireScienceForPrimary,
        IEnumerable<EligibilityRequirement> discretionAllowed,
        IEnumerable<AgeRange> offeredAgeRanges,
        DateTime createdAt)
    {
        if (version < 1) throw new DomainRuleException("A policy version is 1 or more");
        if (minimumYearsOfTeaching is < 0 or > 10) throw new DomainRuleException("Minimum years of teaching must be between 0 and 10", nameof(MinimumYearsOfTeaching));
        if (minimumSettings is < 1 or > 5) throw new DomainRuleException("Minimum schools or settings must be between 1 and 5", nameof(MinimumSettings));
        Version = version;
        MinimumYearsOfTeaching = minimumYearsOfTeaching;
        MinimumSettings = minimumSettings;
        RequireConsecutiveKeyStages = requireConsecutiveKeyStages;
        RequireScienceForPrimary = requireScienceForPrimary;
        _discretionAllowed = discretionAllowed.Distinct().Order().ToList();
        _offeredAgeRanges = offeredAgeRanges.Distinct().OrderBy(r => r.FromAge).ThenBy(r => r.ToAge).ToList();
        if (_offeredAgeRanges.Count == 0) throw new DomainRuleException("Offer at least one age range", nameof(OfferedAgeRanges));
        CreatedAt = Guard.Utc(createdAt);
    }

    /// <summary>The policy providers start with: DfE's published criteria.</summary>
    public static EligibilityPolicy Default(DateTime createdAt) =>
        new(1, 2m, 2, true, true, [EligibilityRequirement.Experience, EligibilityRequirement.AgeRange], AgeRange.Common, createdAt);

    public int Version { get; private set; }

    /// <summary>Years of whole-class teaching with full responsibility for planning, teaching and assessing.</summary>
    public decimal MinimumYearsOfTeaching { get; private set; }

    public int MinimumSettings { get; private set; }
    public bool RequireConsecutiveKeyStages { get; private set; }
    public bool RequireScienceForPrimary { get; private set; }

    /// <summary>Requirements a provider user may waive with a written rationale.</summary>
    public IReadOnlyList<EligibilityRequirement> DiscretionAllowed => _discretionAllowed;

    /// <summary>The age ranges the provider assesses for: the choices candidates, admins and school leads are offered.</summary>
    public IReadOnlyList<AgeRange> OfferedAgeRanges => _offeredAgeRanges;

    public DateTime CreatedAt { get; private set; }

    /// <summary>Who published this version; null for version 1, which the migrations wrote.</summary>
    public string? PublishedByName { get; private set; }

    /// <summary>Why the provider changed the policy, in their words; null for version 1.</summary>
    public string? ChangeReason { get; private set; }

    /// <summary>
    /// Publishes the version after this one with new settings: earlier decisions keep the version they were made under.
    /// Returns the new policy and the audit entry saying who published it and why.
    /// </summary>
    public (EligibilityPolicy Policy, AuditEntry Audit) PublishNext(
        decimal minimumYearsOfTeaching,
        int minimumSettings,
        bool requireConsecutiveKeyStages,
        bool requireScienceForPrimary,
        IEnumerable<EligibilityRequirement> discretionAllowed,
        IEnumerable<AgeRange> offeredAgeRanges,
        string reason,
        Actor actor,
        DateTime now)
    {
        var next = new EligibilityPolicy(Version + 1, minimumYearsOfTeaching, minimumSettings, requireConsecutiveKeyStages,
            requireScienceForPrimary, discretionAllowed, offeredAgeRanges, now)
        {
            ChangeReason = Guard.Required(reason, "Enter why the policy is changing", 1000),
            PublishedByName = actor.Name,
        };
        var audit = AuditEntry.Record(actor, now, nameof(EligibilityPolicy), AuditSubjectId, $"Eligibility policy version {next.Version} published", next.ChangeReason);
        return (next, audit);
    }
}
