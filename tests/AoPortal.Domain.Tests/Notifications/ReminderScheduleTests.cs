using AoPortal.Domain.Notifications;

namespace AoPortal.Domain.Tests.Notifications;

public sealed class ReminderScheduleTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(3, true)]
    [InlineData(4, false)]
    public void Something_is_due_soon_from_three_days_before_until_the_day(int daysAhead, bool expected) =>
        Assert.Equal(expected, ReminderSchedule.IsDueSoon(Today.AddDays(daysAhead), Today));

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(14, true)]
    [InlineData(15, false)]
    public void The_end_is_near_within_fourteen_days_but_not_on_the_day_itself(int daysAhead, bool expected) =>
        Assert.Equal(expected, ReminderSchedule.IsEndingSoon(Today.AddDays(daysAhead), Today));

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(2, false)]
    [InlineData(7, false)]
    [InlineData(8, true)]
    [InlineData(15, true)]
    public void An_overdue_milestone_is_mentioned_the_day_after_and_then_weekly(int daysPastDue, bool expected) =>
        Assert.Equal(expected, ReminderSchedule.RemindOverdueOn(Today.AddDays(-daysPastDue), Today));

    [Theory]
    [InlineData(2, false)]
    [InlineData(3, true)]
    [InlineData(4, false)]
    [InlineData(10, true)]
    [InlineData(17, true)]
    public void Outstanding_support_is_mentioned_three_days_after_submission_and_then_weekly(int daysSinceSubmission, bool expected) =>
        Assert.Equal(expected, ReminderSchedule.RemindSupportOn(Today.AddDays(-daysSinceSubmission), Today));
}
