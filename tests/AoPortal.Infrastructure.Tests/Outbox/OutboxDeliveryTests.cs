using AoPortal.Application.Abstractions;
using AoPortal.Infrastructure.Email;
using Microsoft.Extensions.DependencyInjection;

namespace AoPortal.Infrastructure.Tests.Outbox;

/// <summary>An email is stored, then delivered at once; when delivery fails it waits, with backoff, and the dispatcher sends it later.</summary>
public sealed class OutboxDeliveryTests : IDisposable
{
    private readonly OutboxHarness _outbox = new();

    public void Dispose() => _outbox.Dispose();

    private static EmailMessage Welcome() => new("someone@example.test", "Welcome to the portal", "Dear someone,\n\nHello.");

    [Fact]
    public async Task A_message_is_stored_and_delivered_at_once_as_one_file_named_after_its_id()
    {
        await _outbox.SendAsync(Welcome());

        var stored = await _outbox.SingleMessageAsync();
        Assert.Equal(OutboxStatus.Sent, stored.Status);
        Assert.Equal(1, stored.Attempts);
        Assert.Equal(_outbox.Clock.GetUtcNow().UtcDateTime, stored.SentAt);
        Assert.Null(stored.ClaimedUntil);
        Assert.Null(stored.LastError);
        Assert.Equal(("someone@example.test", "Welcome to the portal"), (stored.To, stored.Subject));

        var file = Assert.Single(_outbox.EmlFiles());
        Assert.Equal(SmtpEmailSender.PickupFileName(stored.Id), Path.GetFileName(file));
        var text = await File.ReadAllTextAsync(file);
        Assert.Contains($"Message-ID: {SmtpEmailSender.MessageIdFor(stored.Id, "example.test")}\r\n", text);
        Assert.Single(text.Split("\r\n"), line => line.StartsWith("Message-ID:", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("Subject: Welcome to the portal", text);
    }

    [Fact]
    public async Task A_failed_delivery_does_not_fail_the_caller_and_leaves_the_message_pending_with_a_backoff()
    {
        _outbox.Delivery.RefuseNext(1);
        var sentAt = _outbox.Clock.GetUtcNow().UtcDateTime;

        await _outbox.SendAsync(Welcome());

        var stored = await _outbox.SingleMessageAsync();
        Assert.Equal(OutboxStatus.Pending, stored.Status);
        Assert.Equal(1, stored.Attempts);
        Assert.Equal(sentAt + TimeSpan.FromMinutes(1), stored.NextAttemptAt);
        Assert.Contains("Mailbox unavailable", stored.LastError);
        Assert.Null(stored.ClaimedUntil);
        Assert.Null(stored.SentAt);
        Assert.Empty(_outbox.EmlFiles());
    }

    [Fact]
    public async Task The_dispatcher_delivers_a_failed_message_once_its_backoff_has_passed_and_not_before()
    {
        _outbox.Delivery.RefuseNext(1);
        await _outbox.SendAsync(Welcome());

        _outbox.Clock.Advance(TimeSpan.FromSeconds(59));
        Assert.Equal(0, await _outbox.Outbox.DispatchDueAsync(CancellationToken.None));
        Assert.Empty(_outbox.EmlFiles());

        _outbox.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await _outbox.Outbox.DispatchDueAsync(CancellationToken.None));

        var stored = await _outbox.SingleMessageAsync();
        Assert.Equal(OutboxStatus.Sent, stored.Status);
        Assert.Equal(2, stored.Attempts);
        Assert.Single(_outbox.EmlFiles());
        Assert.Equal(0, await _outbox.Outbox.DispatchDueAsync(CancellationToken.None));
    }

    [Fact]
    public async Task The_wait_doubles_after_each_failed_attempt()
    {
        _outbox.Delivery.RefuseAll();
        await _outbox.SendAsync(Welcome());
        var first = await _outbox.SingleMessageAsync();
        Assert.Equal(first.CreatedAt + TimeSpan.FromMinutes(1), first.NextAttemptAt);

        _outbox.Clock.Advance(TimeSpan.FromMinutes(1));
        await _outbox.Outbox.DispatchDueAsync(CancellationToken.None);

        var second = await _outbox.SingleMessageAsync();
        Assert.Equal(2, second.Attempts);
        Assert.Equal(_outbox.Clock.GetUtcNow().UtcDateTime + TimeSpan.FromMinutes(2), second.NextAttemptAt);
        Assert.Equal(first.NextAttemptAt + TimeSpan.FromMinutes(2), second.NextAttemptAt);
    }

    [Fact]
    public void The_backoff_is_one_two_four_eight_minutes_and_so_on_up_to_its_cap()
    {
        var options = new OutboxOptions { RetryBaseSeconds = 60, RetryMaxSeconds = 600 };

        Assert.Equal(
            new[] { 1, 2, 4, 8, 10, 10 }.Select(m => TimeSpan.FromMinutes(m)),
            Enumerable.Range(1, 6).Select(options.BackoffAfter));
    }

    [Fact]
    public async Task The_dispatcher_service_sends_due_messages_on_its_own()
    {
        var options = new OutboxOptions { PollSeconds = 1, MaxAttempts = 3 };
        using var outbox = new OutboxHarness(options);
        outbox.Delivery.RefuseNext(1);
        await outbox.SendAsync(Welcome());
        outbox.Clock.Advance(TimeSpan.FromMinutes(1));

        var dispatcher = outbox.Services.GetRequiredService<OutboxDispatcher>();
        await dispatcher.StartAsync(CancellationToken.None);
        try
        {
            var deadline = DateTime.UtcNow.AddSeconds(10);
            while ((await outbox.SingleMessageAsync()).Status != OutboxStatus.Sent && DateTime.UtcNow < deadline) await Task.Delay(100);
        }
        finally
        {
            await dispatcher.StopAsync(CancellationToken.None);
        }

        Assert.Equal(OutboxStatus.Sent, (await outbox.SingleMessageAsync()).Status);
        Assert.Single(outbox.EmlFiles());
    }
}
