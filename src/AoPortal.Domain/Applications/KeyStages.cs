namespace AoPortal.Domain.Applications;

public static class KeyStages
{
    /// <summary>Each key stage's ages, from its first birthday to the one it ends at: KS2 is ages 7 to 11.</summary>
    private static readonly (KeyStage Stage, int From, int To)[] Ages =
    [
        (KeyStage.EarlyYears, 3, 5),
        (KeyStage.KeyStage1, 5, 7),
        (KeyStage.KeyStage2, 7, 11),
        (KeyStage.KeyStage3, 11, 14),
        (KeyStage.KeyStage4, 14, 16),
        (KeyStage.Post16, 16, 19),
    ];

    /// <summary>The key stages that pupils aged <paramref name="fromAge"/> up to <paramref name="toAge"/> fall in.</summary>
    public static IReadOnlyList<KeyStage> Covering(int fromAge, int toAge) =>
        Ages.Where(k => fromAge < k.To && toAge > k.From).Select(k => k.Stage).ToList();

    public static string DisplayName(this KeyStage stage) => stage switch
    {
        KeyStage.EarlyYears => "early years (EYFS)",
        KeyStage.KeyStage1 => "key stage 1",
        KeyStage.KeyStage2 => "key stage 2",
        KeyStage.KeyStage3 => "key stage 3",
        KeyStage.KeyStage4 => "key stage 4",
        KeyStage.Post16 => "post-16",
        _ => stage.ToString(),
    };

    /// <summary>
    /// Whether <paramref name="taught"/> includes two key stages next to each other within <paramref name="assessed"/>.
    /// A range inside one key stage (7 to 11 is all key stage 2) cannot hold two, so there it takes that key stage
    /// and one next to it.
    /// </summary>
    public static bool IncludesTwoConsecutiveWithin(IEnumerable<KeyStage> taught, IReadOnlyList<KeyStage> assessed)
    {
        var taughtSet = taught.ToHashSet();
        if (assessed.Count == 1)
        {
            var only = assessed[0];
            return taughtSet.Contains(only) && (taughtSet.Contains(only - 1) || taughtSet.Contains(only + 1));
        }

        return taughtSet.Any(stage => assessed.Contains(stage) && assessed.Contains(stage + 1) && taughtSet.Contains(stage + 1));
    }
}
