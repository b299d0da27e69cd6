using AoPortal.Application.Abstractions;
using AoPortal.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Infrastructure.Tests.Outbox;

/// <summary>An email to someone with an account is kept, with the message, in their notifications; one carrying a one-time link is not.</summary>
public sealed class OutboxNotificationTests : IDisposable
{
    private readonly OutboxHarness _outbox = new();

    public void Dispose() => _outbox.Dispose();

    [Fact]
    public async Task An_email_to_an_account_is_copied_to_its_notifications_with_its_link()
    {
        var userId = await AccountAsync("Pat.Person@Example.test");

        await _outbox.SendAsync(new EmailMessage("pat.person@example.test", "Evidence accepted: Marking sample", "Well done.") { Link = "/candidates/c1/evidence" });

        await using var db = _outbox.NewContext();
        var notification = await db.Notifications.SingleAsync();
        Assert.Equal((userId, "Evidence accepted: Marking sample", "Well done.", "/candidates/c1/evidence", (string?)null),
            (notification.UserId, notification.Subject, notification.Body, notification.Link, notification.ReminderKey));
        Assert.Null(notification.ReadAt);
    }

    [Fact]
    public async Task An_email_with_a_one_time_link_or_to_an_address_without_an_account_is_sent_but_not_copied()
    {
        await AccountAsync("pat@example.test");

        await _outbox.SendAsync(new EmailMessage("pat@example.test", "Set your password", "https://portal/set-password?token=secret") { CarriesSecret = true });
        await _outbox.SendAsync(new EmailMessage("nobody@example.test", "Confirm your email address", "Hello"));

        await using var db = _outbox.NewContext();
        Assert.Equal(0, await db.Notifications.CountAsync());
        Assert.Equal(2, _outbox.EmlFiles().Length);
    }

    private async Task<Guid> AccountAsync(string email)
    {
        var id = Guid.NewGuid();
        await using var db = _outbox.NewContext();
        db.Users.Add(new ApplicationUser
        {
            Id = id, UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(),
            DisplayName = "Pat Person", CreatedAt = DateTime.UtcNow,
        });
        await db.SaveChangesAsync();
        return id;
    }
}
