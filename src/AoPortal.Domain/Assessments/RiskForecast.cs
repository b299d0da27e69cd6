using AoPortal.Domain.Standards;

namespace AoPortal.Domain.Assessments;

/// <summary>
/// Whether a candidate looks set to finish their assessment in time, in words: the share of the judged standards
/// evidenced against the share of the assessment's time gone, the milestones overdue, and how near the end is with
/// standards still unevidenced. The level is the worst any of these gives; the reasons are those that raised it (or, on
/// track, where the candidate stands). Time counts only the days the clock ran, up to the end date after any extension.
/// <see cref="Week"/> is where the candidate is in words ("Week 9 of 12"); <see cref="Shortfall"/> is how many percentage
/// points the share of standards evidenced trails the share of time gone (negative when ahead), to sort the worst first.
/// </summary>
public sealed record RiskForecast(ForecastLevel Level, IReadOnlyList<string> Reasons, string Week, int Shortfall)
{
    /// <summary>
    /// Behind when the share of standards evidenced trails the share of time gone by more than this many percentage points.
    /// Evidence reaches the map only once it is accepted or a record is shared, a week or two after the work, and it comes
    /// in bursts after visits; a fifth of the standards (about two of nine, or two and a half weeks of twelve) is more than that lag.
    /// </summary>
    public const int BehindShortfall = 20;

    /// <summary>
    /// At risk when coverage trails time by more than this: twice the lag allowed, about four standards short of the pace,
    /// which the visits left in a plan seldom close without an extension.
    /// </summary>
    public const int AtRiskShortfall = 40;

    /// <summary>
    /// One milestone overdue by up to this many days is behind, by more at risk. A visit a few days late is usually being
    /// rearranged; more than a week, the usual gap between steps of the plan, means the plan itself has slipped.
    /// </summary>
    public const int OverdueGraceDays = 7;

    /// <summary>This many milestones overdue at once is at risk however recent: the plan is slipping, not one visit.</summary>
    public const int ManyOverdue = 2;

    /// <summary>
    /// At risk when the end is this many days away or fewer (or past) with any standard unevidenced: two weeks is about the
    /// least time to arrange an observation and have evidence reviewed, and an extension has to be approved before the end.
    /// </summary>
    public const int FinalDays = 14;

    public string LevelName => Level switch
    {
        ForecastLevel.Deferred => "Deferred",
        ForecastLevel.OnTrack => "On track",
        ForecastLevel.Behind => "Behind",
        _ => "At risk",
    };

    /// <summary>The forecast on a day, from the plan and the judged standards (TS1 to TS8, P2) evidenced so far.</summary>
    public static RiskForecast For(AssessmentPlan plan, IReadOnlyCollection<string> standardsEvidenced, DateOnly today)
    {
        if (plan.OpenDeferral is { } deferral)
            return new(ForecastLevel.Deferred, [$"Deferred: the clock has been paused since {AssessmentPlan.Day(deferral.PausedOn)}"], "Paused", 0);
        if (today < plan.StartDate)
            return new(ForecastLevel.OnTrack, [$"Starts {AssessmentPlan.Day(plan.StartDate)}"], "Not started", 0);

        var judged = StandardsCatalogue.Current.Judged.Select(s => s.Code).ToList();
        var unevidenced = judged.Where(code => !standardsEvidenced.Contains(code)).ToList();
        var paused = plan.Deferrals.Sum(d => d.DaysPaused);
        var length = Math.Max(1, plan.EndDate.DayNumber - plan.StartDate.DayNumber - paused);
        var gone = Math.Clamp(today.DayNumber - plan.StartDate.DayNumber - paused, 0, length);
        var evidenced = judged.Count - unevidenced.Count;
        var shortfall = gone * 100 / length - evidenced * 100 / judged.Count;
        var week = WeekText(plan.WeekOn(today), (length + 6) / 7);

        var coverage = $"{evidenced} of {judged.Count} standards evidenced at {week}";
        var concerns = new[] { Coverage(shortfall, coverage), Milestones(plan.Overdue(today), today), FinalWeeks(plan.DaysLeft(today), unevidenced) }
            .OfType<Concern>()
            .OrderByDescending(c => c.Level)
            .ToList();
        return concerns.Count == 0
            ? new(ForecastLevel.OnTrack, [coverage], Capitalised(week), shortfall)
            : new(concerns[0].Level, concerns.Select(c => c.Reason).ToList(), Capitalised(week), shortfall);
    }

    private sealed record Concern(ForecastLevel Level, string Reason);

    private static Concern? Coverage(int shortfall, string coverage) =>
        shortfall > AtRiskShortfall ? new(ForecastLevel.AtRisk, coverage)
        : shortfall > BehindShortfall ? new(ForecastLevel.Behind, coverage)
        : null;

    private static Concern? Milestones(IReadOnlyList<Milestone> overdue, DateOnly today)
    {
        if (overdue.Count == 0) return null;
        var longest = today.DayNumber - overdue.Min(m => m.DueDate).DayNumber;
        if (overdue.Count >= ManyOverdue) return new(ForecastLevel.AtRisk, $"{overdue.Count} milestones overdue, the oldest by {Days(longest)}");
        return new(longest > OverdueGraceDays ? ForecastLevel.AtRisk : ForecastLevel.Behind, $"{overdue[0].Title} overdue by {Days(longest)}");
    }

    private static Concern? FinalWeeks(int daysLeft, IReadOnlyList<string> unevidenced)
    {
        if (daysLeft > FinalDays || unevidenced.Count == 0) return null;
        var when = daysLeft > 0 ? $"Ends in {Days(daysLeft)}" : daysLeft == 0 ? "Ends today" : $"Ended {Days(-daysLeft)} ago";
        return new(ForecastLevel.AtRisk, $"{when}; not evidenced: {string.Join(", ", unevidenced)}");
    }

    private static string WeekText(int week, int weeks) => week > weeks ? $"week {week}, past the {weeks} planned" : $"week {week} of {weeks}";

    private static string Capitalised(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    private static string Days(int days) => days == 1 ? "1 day" : $"{days} days";
}
