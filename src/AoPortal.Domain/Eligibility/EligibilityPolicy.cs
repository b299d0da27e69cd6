using AoPortal.Domain.Common;

namespace AoPortal.Domain.Eligibility;

/// <summary>
/// The provider's entry thresholds, as versioned data: DfE has signalled changes to the experience rules, so
/// nothing here is a constant, and each eligibility decision records the version it was made under.
/// </summary>
public sealed class EligibilityPolicy
{
    private List<EligibilityRequirement> _discretionAllowed = [];

    private EligibilityPolicy() { }

    public EligibilityPolicy(
        int version,
        decimal minimumYearsOfTeaching,
        int minimumSettings,
        bool requireConsecutiveKeyStages,
        bool requireScienceForPrimary,
        IEnumerable<EligibilityRequirement> discretionAllowed,
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
        CreatedAt = Guard.Utc(createdAt);
    }

    /// <summary>The policy providers start with: DfE's published criteria.</summary>
    public static EligibilityPolicy Default(DateTime createdAt) =>
        new(1, 2m, 2, true, true, [EligibilityRequirement.Experience, EligibilityRequirement.AgeRange], createdAt);

    public int Version { get; private set; }

    /// <summary>Years of whole-class teaching with full responsibility for planning, teaching and assessing.</summary>
    public decimal MinimumYearsOfTeaching { get; private set; }

    public int MinimumSettings { get; private set; }
    public bool RequireConsecutiveKeyStages { get; private set; }
    public bool RequireScienceForPrimary { get; private set; }

    /// <summary>Requirements a provider user may waive with a written rationale.</summary>
    public IReadOnlyList<EligibilityRequirement> DiscretionAllowed => _discretionAllowed;

    public DateTime CreatedAt { get; private set; }
}
