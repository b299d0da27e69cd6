using AoPortal.Domain.Common;

namespace AoPortal.Domain.Candidates;

/// <summary>
/// An age range QTS is recommended for, such as 11 to 16: within ages 3 to 19 and spanning at least four school years.
/// </summary>
public readonly record struct AgeRange
{
    public const int YoungestAge = 3;
    public const int OldestAge = 19;
    public const int MinimumSpan = 4;

    /// <summary>The ranges providers commonly recommend (DOMAIN.md); offered when a candidate record is created.</summary>
    public static readonly IReadOnlyList<AgeRange> Common =
        [new(3, 7), new(3, 11), new(5, 11), new(7, 11), new(7, 14), new(11, 16), new(11, 18), new(14, 19)];

    public AgeRange(int fromAge, int toAge)
    {
        if (fromAge < YoungestAge || toAge > OldestAge || toAge - fromAge < MinimumSpan)
            throw new DomainRuleException(
                $"An age range must lie between {YoungestAge} and {OldestAge} and span at least {MinimumSpan} years");
        FromAge = fromAge;
        ToAge = toAge;
    }

    public int FromAge { get; }
    public int ToAge { get; }

    /// <summary>Ranges that reach past age 11 are taught by subject, so the candidate must name their subject(s).</summary>
    public bool NeedsSubject => ToAge > 11;

    /// <summary>Ranges that reach into primary ages (below 11) need GCSE science as well as English and maths.</summary>
    public bool ReachesPrimary => FromAge < 11;

    public IReadOnlyList<Applications.KeyStage> KeyStages => Applications.KeyStages.Covering(FromAge, ToAge);

    /// <summary>Primary (up to 11), secondary (from 11) or middle (across both, such as 7 to 14).</summary>
    public AssessmentPhase Phase => ToAge <= 11 ? AssessmentPhase.Primary : FromAge >= 11 ? AssessmentPhase.Secondary : AssessmentPhase.Middle;

    /// <summary>The stored and submitted form, "11-16".</summary>
    public string Code => $"{FromAge}-{ToAge}";

    public override string ToString() => $"{FromAge} to {ToAge}";

    public static bool TryParse(string? code, out AgeRange range)
    {
        range = default;
        var parts = code?.Split('-', StringSplitOptions.TrimEntries);
        if (parts is not { Length: 2 } || !int.TryParse(parts[0], out var from) || !int.TryParse(parts[1], out var to)) return false;
        try
        {
            range = new AgeRange(from, to);
            return true;
        }
        catch (DomainRuleException)
        {
            return false;
        }
    }

    public static AgeRange Parse(string code) =>
        TryParse(code, out var range) ? range : throw new DomainRuleException($"'{code}' is not an age range");
}
