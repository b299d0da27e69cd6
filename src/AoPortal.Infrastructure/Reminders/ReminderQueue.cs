using AoPortal.Application.Abstractions;
using AoPortal.Domain.Notifications;
using AoPortal.Infrastructure.Email;
using AoPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Infrastructure.Reminders;

/// <summary>
/// Stores the day's reminders: each as a notification for its person, and as an outbox email unless they turned reminder
/// emails off (or their account is deactivated). A reminder whose key the person already has is skipped, so running the
/// day again, after a crash or on another instance, queues nothing twice; the unique index on the key is the backstop.
/// Everything new is saved in one transaction, and the outbox dispatcher sends the emails.
/// </summary>
public sealed class ReminderQueue(AoPortalDbContext db, TimeProvider clock) : IReminderQueue
{
    public const string EmailFooter = "You can turn reminder emails off on your account page in the portal. Your reminders are also listed under Notifications.";

    public async Task<int> QueueAsync(IReadOnlyList<Reminder> reminders, CancellationToken cancellationToken)
    {
        var unique = reminders.DistinctBy(r => (r.UserId, r.Key)).ToList();
        if (unique.Count == 0) return 0;

        var keys = unique.Select(r => r.Key).Distinct().ToList();
        var already = (await db.Notifications.AsNoTracking()
                .Where(n => n.ReminderKey != null && keys.Contains(n.ReminderKey))
                .Select(n => new { n.UserId, n.ReminderKey })
                .ToListAsync(cancellationToken))
            .Select(n => (n.UserId, n.ReminderKey!))
            .ToHashSet();
        var userIds = unique.Select(r => r.UserId).Distinct().ToList();
        var recipients = await db.Users.AsNoTracking()
            .Where(u => userIds.Contains(u.Id) && u.IsActive)
            .Select(u => new { u.Id, u.Email, u.ReminderEmails })
            .ToDictionaryAsync(u => u.Id, cancellationToken);

        var now = clock.GetUtcNow().UtcDateTime;
        var queued = 0;
        foreach (var reminder in unique.Where(r => !already.Contains((r.UserId, r.Key))))
        {
            if (!recipients.TryGetValue(reminder.UserId, out var recipient)) continue;
            db.Notifications.Add(Notification.Reminder(reminder.UserId, reminder.Key, reminder.Subject, reminder.Body, reminder.Link, now));
            if (recipient.ReminderEmails && recipient.Email is { } address)
                db.OutboxMessages.Add(OutboxMessage.Queue(new EmailMessage(address, reminder.Subject, $"{reminder.Body}\n\n{EmailFooter}"), now));
            queued++;
        }

        await db.SaveChangesAsync(cancellationToken);
        return queued;
    }
}
