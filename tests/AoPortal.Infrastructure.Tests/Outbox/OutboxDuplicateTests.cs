using AoPortal.Application.Abstractions;
using AoPortal.Infrastructure.Email;
using Microsoft.Extensions.DependencyInjection;

namespace AoPortal.Infrastructure.Tests.Outbox;

/// <summary>No message is sent twice: the claim stops two senders at once, and a repeat after a crash overwrites rather than duplicates.</summary>
public sealed class OutboxDuplicateTests : IDisposable
{
    private readonly OutboxHarness _outbox = new();

    public void Dispose() => _outbox.Dispose();

    [Fact]
    public async Task Two_dispatchers_racing_over_the_same_messages_deliver_each_exactly_once()
    {
        _outbox.Delivery.RefuseAll();
        for (var i = 0; i < 12; i++) await _outbox.SendAsync(new EmailMessage($"person{i}@example.test", $"Message {i}", "Body"));
        _outbox.Delivery.RefuseNext(0);
        _outbox.Delivery.Delay = TimeSpan.FromMilliseconds(20);
        _outbox.Clock.Advance(TimeSpan.FromMinutes(1));

        // Two app instances: separate service providers, outboxes and database connections over one database.
        var first = _outbox.Services.GetRequiredService<EmailOutbox>();
        var second = _outbox.NewInstance().GetRequiredService<EmailOutbox>();
        var results = await Task.WhenAll(
            Task.Run(() => first.DispatchDueAsync(CancellationToken.None)),
            Task.Run(() => second.DispatchDueAsync(CancellationToken.None)));

        Assert.Equal(12, results.Sum());
        Assert.Equal(12, _outbox.Delivery.Delivered.Count);
        Assert.All(_outbox.Delivery.Delivered.Values, count => Assert.Equal(1, count));
        Assert.Equal(12, _outbox.EmlFiles().Length);
    }

    [Fact]
    public async Task A_message_held_by_a_live_claim_is_not_taken_by_another_sender()
    {
        _outbox.Delivery.RefuseNext(1);
        await _outbox.SendAsync(new EmailMessage("a@example.test", "Held", "Body"));
        var id = (await _outbox.SingleMessageAsync()).Id;
        _outbox.Clock.Advance(TimeSpan.FromMinutes(1));

        // The first sender is slow; the second comes while the first holds the claim.
        _outbox.Delivery.Delay = TimeSpan.FromMilliseconds(500);
        var claimed = _outbox.Delivery.NextDeliveryStarted();
        var slow = Task.Run(() => _outbox.Outbox.TrySendAsync(id, CancellationToken.None));
        await claimed;
        var second = await _outbox.NewInstance().GetRequiredService<EmailOutbox>().TrySendAsync(id, CancellationToken.None);

        Assert.False(second);
        Assert.True(await slow);
        Assert.Equal(1, _outbox.Delivery.Delivered[id]);
    }

    [Fact]
    public async Task A_crash_after_the_send_but_before_it_is_recorded_leaves_one_file_after_the_retry()
    {
        // Delivered, then the sender fails before marking it sent: the outbox cannot know it went out, so it retries.
        _outbox.Delivery.FailAfterWritingNext(1);
        await _outbox.SendAsync(new EmailMessage("a@example.test", "Sent twice, seen once", "Body"));
        var pending = await _outbox.SingleMessageAsync();
        Assert.Equal(OutboxStatus.Pending, pending.Status);
        Assert.Single(_outbox.EmlFiles());

        _outbox.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await _outbox.Outbox.DispatchDueAsync(CancellationToken.None));

        Assert.Equal(2, _outbox.Delivery.Delivered[pending.Id]);
        var file = Assert.Single(_outbox.EmlFiles());
        Assert.Equal(SmtpEmailSender.PickupFileName(pending.Id), Path.GetFileName(file));
        Assert.Equal(OutboxStatus.Sent, (await _outbox.SingleMessageAsync()).Status);
    }

    [Fact]
    public async Task A_message_left_claimed_by_a_process_that_died_mid_send_is_sent_again_after_its_lease_as_the_same_file()
    {
        // The process claimed the message and handed it to the mail system, then died: no outcome was recorded.
        var token = Guid.NewGuid();
        var now = _outbox.Clock.GetUtcNow().UtcDateTime;
        var message = OutboxMessage.QueueClaimed(new EmailMessage("a@example.test", "Orphaned", "Body"), now, token, now + _outbox.Options.Lease);
        await using (var db = _outbox.NewContext())
        {
            db.OutboxMessages.Add(message);
            await db.SaveChangesAsync();
        }

        await _outbox.Delivery.DeliverAsync(message.Id, message.Email, CancellationToken.None);

        // While the lease lasts, nobody touches it.
        _outbox.Clock.Advance(_outbox.Options.Lease - TimeSpan.FromSeconds(1));
        Assert.Equal(0, await _outbox.Outbox.DispatchDueAsync(CancellationToken.None));

        _outbox.Clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(1, await _outbox.Outbox.DispatchDueAsync(CancellationToken.None));

        var stored = await _outbox.SingleMessageAsync();
        Assert.Equal(OutboxStatus.Sent, stored.Status);
        Assert.Equal(2, stored.Attempts);
        Assert.Equal(SmtpEmailSender.PickupFileName(message.Id), Path.GetFileName(Assert.Single(_outbox.EmlFiles())));
        Assert.Equal(0, await _outbox.Outbox.DispatchDueAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_message_recorded_as_sent_is_never_claimed_again()
    {
        await _outbox.SendAsync(new EmailMessage("a@example.test", "Once", "Body"));
        var id = (await _outbox.SingleMessageAsync()).Id;

        _outbox.Clock.Advance(TimeSpan.FromDays(30));

        Assert.False(await _outbox.Outbox.TrySendAsync(id, CancellationToken.None));
        Assert.Equal(0, await _outbox.Outbox.DispatchDueAsync(CancellationToken.None));
        Assert.Equal(1, _outbox.Delivery.Delivered[id]);
    }
}
