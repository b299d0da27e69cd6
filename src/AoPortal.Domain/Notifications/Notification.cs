using AoPortal.Domain.Common;

namespace AoPortal.Domain.Notifications;

/// <summary>
/// Something the portal told a person, kept in their notifications list: a copy of each email sent to their account,
/// and each reminder, whether or not they chose to have reminders emailed too. Unread until they open the list.
/// </summary>
public sealed class Notification
{
    public const int MaxSubjectLength = 500;
    public const int MaxReminderKeyLength = 200;

    private Notification() { }

    public Guid Id { get; private set; }
    public Guid UserId { get; private set; }
    public string Subject { get; private set; } = "";
    public string Body { get; private set; } = "";

    /// <summary>Where in the portal to act on it (a path such as "/candidates/…/plan"), when there is one place.</summary>
    public string? Link { get; private set; }

    /// <summary>
    /// For a reminder, what it is about and for which day or occasion ("milestone-due:…:2026-11-25"); unique per person,
    /// so the same reminder is never queued twice, however often the daily job runs. Null for other notifications.
    /// </summary>
    public string? ReminderKey { get; private set; }

    public DateTime CreatedAt { get; private set; }
    public DateTime? ReadAt { get; private set; }

    public bool IsReminder => ReminderKey is not null;

    /// <summary>A copy of an email sent to the person's account.</summary>
    public static Notification Notice(Guid userId, string subject, string body, string? link, DateTime now) =>
        Create(userId, subject, body, link, reminderKey: null, now);

    /// <summary>A reminder from the daily job, identified by <paramref name="key"/>.</summary>
    public static Notification Reminder(Guid userId, string key, string subject, string body, string link, DateTime now) =>
        Create(userId, subject, body, link, Guard.Required(key, "A reminder has a key", MaxReminderKeyLength), now);

    private static Notification Create(Guid userId, string subject, string body, string? link, string? reminderKey, DateTime now)
    {
        if (userId == Guid.Empty) throw new ArgumentException("A notification is for a person.", nameof(userId));
        // A path within the portal: not another site, and not "//host/…", which browsers read as another site too.
        if (link is not null && (!link.StartsWith('/') || link.StartsWith("//"))) throw new ArgumentException("A notification links within the portal.", nameof(link));
        return new Notification
        {
            Id = Guid.NewGuid(),
            UserId = userId,
            Subject = Guard.Required(subject, "A notification has a subject", MaxSubjectLength),
            Body = body,
            Link = link,
            ReminderKey = reminderKey,
            CreatedAt = Guard.Utc(now),
        };
    }
}
