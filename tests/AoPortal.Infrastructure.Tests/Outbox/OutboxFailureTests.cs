using AoPortal.Application.Abstractions;
using AoPortal.Domain.Common;
using AoPortal.Infrastructure.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AoPortal.Infrastructure.Tests.Outbox;

/// <summary>After the last allowed attempt a message is Failed, stops being tried, and admins see it and may try it again.</summary>
public sealed class OutboxFailureTests : IDisposable
{
    private readonly OutboxHarness _outbox = new(); // three attempts: at once, after 1 minute, after 2 more

    public void Dispose() => _outbox.Dispose();

    private async Task<Guid> FailForGoodAsync()
    {
        _outbox.Delivery.RefuseAll();
        await _outbox.SendAsync(new EmailMessage("lead@school.test", "Please confirm your school's support", "Body"));
        _outbox.Clock.Advance(TimeSpan.FromMinutes(1));
        await _outbox.Outbox.DispatchDueAsync(CancellationToken.None);
        _outbox.Clock.Advance(TimeSpan.FromMinutes(2));
        await _outbox.Outbox.DispatchDueAsync(CancellationToken.None);
        return (await _outbox.SingleMessageAsync()).Id;
    }

    private async Task<OutboxAdministration.Overview> AdminsSeeAsync()
    {
        await using var scope = _outbox.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OutboxAdministration>().OverviewAsync(CancellationToken.None);
    }

    [Fact]
    public async Task After_the_last_allowed_attempt_the_message_is_failed_and_no_longer_tried()
    {
        var id = await FailForGoodAsync();

        var stored = await _outbox.MessageAsync(id);
        Assert.Equal(OutboxStatus.Failed, stored.Status);
        Assert.Equal(3, stored.Attempts);
        Assert.Contains("Mailbox unavailable", stored.LastError);
        Assert.Null(stored.ClaimedUntil);

        _outbox.Delivery.RefuseNext(0);
        _outbox.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, await _outbox.Outbox.DispatchDueAsync(CancellationToken.None));
        Assert.Empty(_outbox.EmlFiles());
    }

    [Fact]
    public async Task A_failed_message_is_listed_for_admins_with_its_error()
    {
        var id = await FailForGoodAsync();

        var overview = await AdminsSeeAsync();

        var item = Assert.Single(overview.Failed);
        Assert.Equal((id, "lead@school.test", 3), (item.Id, item.To, item.Attempts));
        Assert.Contains("Mailbox unavailable", item.LastError);
        Assert.Empty(overview.Waiting);
    }

    [Fact]
    public async Task A_pending_message_that_has_failed_once_is_listed_as_waiting_and_a_sent_one_is_not_listed()
    {
        _outbox.Delivery.RefuseNext(1);
        await _outbox.SendAsync(new EmailMessage("a@example.test", "Retrying", "Body"));
        await _outbox.SendAsync(new EmailMessage("b@example.test", "Went out", "Body"));

        var overview = await AdminsSeeAsync();

        Assert.Empty(overview.Failed);
        Assert.Equal("Retrying", Assert.Single(overview.Waiting).Subject);
    }

    [Fact]
    public async Task Trying_a_failed_message_again_sends_it_and_records_who_did_it()
    {
        var id = await FailForGoodAsync();
        _outbox.Delivery.RefuseNext(0);
        var admin = new Actor(Guid.NewGuid(), "Ada Admin");

        bool sent;
        await using (var scope = _outbox.Services.CreateAsyncScope())
        {
            sent = await scope.ServiceProvider.GetRequiredService<OutboxAdministration>().RetryAsync(id, admin, CancellationToken.None);
        }

        Assert.True(sent);
        var stored = await _outbox.MessageAsync(id);
        Assert.Equal(OutboxStatus.Sent, stored.Status);
        Assert.Equal(1, stored.Attempts);
        Assert.Single(_outbox.EmlFiles());
        await using var db = _outbox.NewContext();
        var audit = await db.AuditEntries.SingleAsync(a => a.SubjectId == id);
        Assert.Equal(("OutboxMessage", "Email put back in the queue", admin.UserId), (audit.SubjectType, audit.Action, audit.ActorId));
        Assert.Empty((await AdminsSeeAsync()).Failed);
    }

    [Fact]
    public async Task Trying_again_a_message_that_is_not_failed_is_refused()
    {
        await _outbox.SendAsync(new EmailMessage("a@example.test", "Went out", "Body"));
        var id = (await _outbox.SingleMessageAsync()).Id;

        await using var scope = _outbox.Services.CreateAsyncScope();
        var refused = await Assert.ThrowsAsync<DomainRuleException>(() =>
            scope.ServiceProvider.GetRequiredService<OutboxAdministration>().RetryAsync(id, Actor.System, CancellationToken.None));

        Assert.Equal("This email has already been sent", refused.Message);
        Assert.Single(_outbox.EmlFiles());
    }
}
