using AoPortal.Application.Abstractions;
using AoPortal.Infrastructure.Reminders;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Infrastructure.Tests.Reminders;

/// <summary>Each reminder becomes a notification, and an email unless its person said no; the same reminder is never queued twice.</summary>
public sealed class ReminderQueueTests : IDisposable
{
    private readonly ReminderHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task A_reminder_is_stored_as_a_notification_and_an_outbox_email_with_the_way_to_turn_them_off()
    {
        var person = await _harness.UserAsync();

        var queued = await _harness.QueueAsync(Reminder(person, "milestone-due:m1:2026-11-26"));

        Assert.Equal(1, queued);
        await using var db = _harness.NewContext();
        var notification = await db.Notifications.SingleAsync();
        Assert.Equal((person, "milestone-due:m1:2026-11-26", "/candidates/c1/assessment", (DateTime?)null),
            (notification.UserId, notification.ReminderKey, notification.Link, notification.ReadAt));
        var email = await db.OutboxMessages.SingleAsync();
        Assert.Equal($"person-{person:N}@example.test", email.To);
        Assert.Equal("Reminder: Baseline observation is due on 26 November 2026", email.Subject);
        Assert.EndsWith(ReminderQueue.EmailFooter, email.Body);
    }

    [Fact]
    public async Task Queuing_the_same_reminders_again_adds_nothing()
    {
        var person = await _harness.UserAsync();
        var reminders = new[] { Reminder(person, "a:1"), Reminder(person, "b:1") };
        await _harness.QueueAsync(reminders);

        var again = await _harness.QueueAsync(reminders);
        var withOneNew = await _harness.QueueAsync([.. reminders, Reminder(person, "c:1")]);

        Assert.Equal(0, again);
        Assert.Equal(1, withOneNew);
        await using var db = _harness.NewContext();
        Assert.Equal(3, await db.Notifications.CountAsync());
        Assert.Equal(3, await db.OutboxMessages.CountAsync());
    }

    [Fact]
    public async Task The_same_key_for_two_people_is_two_reminders_and_a_repeat_in_one_batch_is_one()
    {
        var candidate = await _harness.UserAsync();
        var assessor = await _harness.UserAsync();

        var queued = await _harness.QueueAsync(Reminder(candidate, "ending:1"), Reminder(assessor, "ending:1"), Reminder(assessor, "ending:1"));

        Assert.Equal(2, queued);
    }

    [Fact]
    public async Task Someone_who_turned_reminder_emails_off_gets_the_notification_but_no_email()
    {
        var person = await _harness.UserAsync(reminderEmails: false);

        await _harness.QueueAsync(Reminder(person, "a:1"));

        await using var db = _harness.NewContext();
        Assert.Equal(1, await db.Notifications.CountAsync(n => n.UserId == person));
        Assert.Equal(0, await db.OutboxMessages.CountAsync());
    }

    [Fact]
    public async Task A_deactivated_account_is_not_reminded()
    {
        var person = await _harness.UserAsync(active: false);

        Assert.Equal(0, await _harness.QueueAsync(Reminder(person, "a:1")));
    }

    [Fact]
    public async Task The_database_refuses_a_second_copy_of_a_reminder_even_if_a_writer_skipped_the_check()
    {
        var person = await _harness.UserAsync();
        await _harness.QueueAsync(Reminder(person, "a:1"));

        await using var db = _harness.NewContext();
        db.Notifications.Add(Domain.Notifications.Notification.Reminder(person, "a:1", "Again", "Body", "/", DateTime.UtcNow));

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    private static Reminder Reminder(Guid person, string key) =>
        new(person, key, "Reminder: Baseline observation is due on 26 November 2026", "Baseline observation is due on 26 November 2026.", "/candidates/c1/assessment");
}
