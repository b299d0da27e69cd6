namespace AoPortal.Domain.Applications;

/// <summary>
/// Adds up full-responsibility teaching. Each day counts once, at the sum of the full-time equivalents of the posts
/// held that day, capped at one full-time day: two overlapping full-time posts count once, and two half-time posts
/// held together count as full time.
/// </summary>
public static class ExperienceCalculator
{
    public static TeachingTime FullResponsibilityTime(IEnumerable<ExperienceEntry> entries, DateOnly today)
    {
        var posts = entries.Where(e => e.FullResponsibility && e.StartDate <= today)
            .Select(e => (Start: e.StartDate, EndExclusive: Min(e.LastDay(today), today).AddDays(1), e.Fte))
            .ToList();
        if (posts.Count == 0) return new TeachingTime(0);

        // Between consecutive boundaries the set of posts held does not change, so each stretch has one daily rate.
        var boundaries = posts.SelectMany(p => new[] { p.Start, p.EndExclusive }).Distinct().Order().ToList();
        decimal total = 0;
        for (var i = 0; i < boundaries.Count - 1; i++)
        {
            var (from, to) = (boundaries[i], boundaries[i + 1]);
            var rate = Math.Min(1m, posts.Where(p => p.Start <= from && p.EndExclusive >= to).Sum(p => p.Fte));
            total += rate * (to.DayNumber - from.DayNumber);
        }

        return new TeachingTime(total);
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
