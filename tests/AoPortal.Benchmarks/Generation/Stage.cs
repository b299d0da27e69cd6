namespace AoPortal.Benchmarks.Generation;

/// <summary>How far along the lifecycle a generated candidate is taken.</summary>
public enum Stage
{
    Invited,
    ApplicationInProgress,
    Submitted,
    Rejected,
    Accepted,
    InAssessment,
    AwaitingModeration,
    Recommended,
    NotRecommended,
    QtsAwarded,
    WithdrawnFromApplication,
    WithdrawnInAssessment,
}

/// <summary>The share of candidates at each stage, in hundredths: in assessment about 60%, as the issue asks.</summary>
public static class StageSpread
{
    public static readonly IReadOnlyList<(Stage Stage, int Percent)> Shares =
    [
        (Stage.Invited, 5),
        (Stage.ApplicationInProgress, 6),
        (Stage.Submitted, 4),
        (Stage.Rejected, 1),
        (Stage.Accepted, 3),
        (Stage.InAssessment, 60),
        (Stage.AwaitingModeration, 4),
        (Stage.Recommended, 3),
        (Stage.NotRecommended, 1),
        (Stage.QtsAwarded, 9),
        (Stage.WithdrawnFromApplication, 1),
        (Stage.WithdrawnInAssessment, 3),
    ];

    /// <summary>
    /// Exactly as many candidates at each stage as the shares give (largest remainder first), in an order shuffled by
    /// <paramref name="shuffle"/>: the counts never depend on chance, only which candidate is where.
    /// </summary>
    public static List<Stage> For(int candidates, Func<IList<Stage>, IList<Stage>> shuffle)
    {
        var exact = Shares.Select(s => (s.Stage, Value: candidates * s.Percent / 100.0)).ToList();
        var counts = exact.ToDictionary(e => e.Stage, e => (int)Math.Floor(e.Value));
        var left = candidates - counts.Values.Sum();
        foreach (var (stage, _) in exact.OrderByDescending(e => e.Value - Math.Floor(e.Value)).ThenBy(e => e.Stage).Take(left))
            counts[stage]++;
        var list = Shares.SelectMany(s => Enumerable.Repeat(s.Stage, counts[s.Stage])).ToList();
        return shuffle(list).ToList();
    }
}
