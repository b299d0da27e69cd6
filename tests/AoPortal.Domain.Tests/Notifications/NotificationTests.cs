using AoPortal.Domain.Common;
using AoPortal.Domain.Notifications;

namespace AoPortal.Domain.Tests.Notifications;

public sealed class NotificationTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_reminder_carries_its_key_and_starts_unread()
    {
        var reminder = Notification.Reminder(Guid.NewGuid(), "milestone-due:m:2026-11-26", "Reminder: visit", "Body", "/candidates/c/assessment", Now);

        Assert.True(reminder.IsReminder);
        Assert.Null(reminder.ReadAt);
        Assert.Equal(Now, reminder.CreatedAt);
    }

    [Fact]
    public void A_notice_is_not_a_reminder()
    {
        Assert.False(Notification.Notice(Guid.NewGuid(), "Evidence accepted", "Body", null, Now).IsReminder);
    }

    [Fact]
    public void A_notification_links_only_within_the_portal_and_belongs_to_someone()
    {
        Assert.Throws<ArgumentException>(() => Notification.Notice(Guid.NewGuid(), "Subject", "Body", "https://evil.example/", Now));
        Assert.Throws<ArgumentException>(() => Notification.Notice(Guid.NewGuid(), "Subject", "Body", "//evil.example/", Now));
        Assert.Throws<ArgumentException>(() => Notification.Notice(Guid.Empty, "Subject", "Body", null, Now));
        Assert.Throws<DomainRuleException>(() => Notification.Notice(Guid.NewGuid(), " ", "Body", null, Now));
    }
}
