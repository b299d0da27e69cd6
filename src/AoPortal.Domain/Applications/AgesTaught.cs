using AoPortal.Domain.Common;

namespace AoPortal.Domain.Applications;

/// <summary>The ages of the pupils someone taught in a post, such as 7 to 11 (years 3 to 6).</summary>
public readonly record struct AgesTaught
{
    public AgesTaught(int fromAge, int toAge)
    {
        if (fromAge < 2 || toAge > 19 || toAge <= fromAge)
            // The field is named as the experience form names it.
            throw new DomainRuleException("Ages taught must lie between 2 and 19, the first younger than the second", "AgesFrom");
        FromAge = fromAge;
        ToAge = toAge;
    }

    public int FromAge { get; }
    public int ToAge { get; }

    public IReadOnlyList<KeyStage> KeyStages => Applications.KeyStages.Covering(FromAge, ToAge);

    public override string ToString() => $"{FromAge} to {ToAge}";
}
