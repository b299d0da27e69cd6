using Bogus;

namespace AoPortal.Benchmarks.Generation;

/// <summary>
/// The days of one candidate's steps, counted back from today so that each stage ends where it should: invited, application
/// filled in, submitted, accepted (or rejected), assessor allocated, assessment started, and the day their story stops
/// (withdrawn, proposed, or today), and when the decision was confirmed.
/// </summary>
public sealed record Timeline(
    DateOnly Invited, DateOnly Filled, DateOnly Submitted, DateOnly Accepted, DateOnly Allocated, DateOnly Started, DateOnly Ended, DateOnly Confirmed)
{
    public static Timeline For(Stage stage, Faker f, DateOnly today)
    {
        int Days(int min, int max) => f.Random.Int(min, max);
        switch (stage)
        {
            case Stage.Invited:
            {
                var invited = today.AddDays(-Days(0, 20));
                return new(invited, invited, invited, invited, invited, invited, invited, invited);
            }
            case Stage.ApplicationInProgress:
            case Stage.WithdrawnFromApplication:
            {
                var invited = today.AddDays(-(stage == Stage.ApplicationInProgress ? Days(5, 40) : Days(40, 90)));
                var filled = invited.AddDays(Days(1, 4));
                var left = stage == Stage.WithdrawnFromApplication ? filled.AddDays(Days(5, 30)) : today;
                return new(invited, filled, filled, filled, filled, filled, left, left);
            }
            case Stage.Submitted:
            case Stage.Rejected:
            case Stage.Accepted:
            {
                var decided = today.AddDays(-(stage == Stage.Submitted ? 0 : Days(1, 30)));
                var submitted = stage == Stage.Submitted ? today.AddDays(-Days(0, 10)) : decided.AddDays(-Days(3, 21));
                return Before(submitted, decided, decided, decided, today);
            }
        }

        var elapsed = stage switch
        {
            Stage.InAssessment => Days(4, 81),
            Stage.WithdrawnInAssessment => Days(14, 81),
            Stage.AwaitingModeration => Days(85, 95),
            Stage.Recommended or Stage.NotRecommended => Days(92, 100),
            _ => Days(130, 420),
        };
        var start = CandidateJourney.WeekdayOnOrBefore(today.AddDays(-elapsed), DateOnly.MinValue);
        var allocated = start.AddDays(-Days(1, 7));
        var accepted = allocated.AddDays(-Days(1, 20));
        var ended = stage switch
        {
            Stage.InAssessment => today,
            Stage.WithdrawnInAssessment => start.AddDays(Days(7, elapsed)),
            _ => Min(start.AddDays(84 + Days(0, 3)), today),
        };
        var confirmed = Min(ended.AddDays(Days(2, 5)), today);
        return Before(accepted.AddDays(-Days(5, 21)), accepted, allocated, start, ended) with { Confirmed = confirmed };

        Timeline Before(DateOnly submitted, DateOnly decided, DateOnly allocatedOn, DateOnly started, DateOnly endedOn)
        {
            var filled = submitted.AddDays(-Days(0, 3));
            var invited = filled.AddDays(-Days(1, 30));
            return new(invited, filled, submitted, decided, allocatedOn, started, endedOn, endedOn);
        }
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
