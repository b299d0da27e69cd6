using System.Linq.Expressions;
using AoPortal.Application.Abstractions;
using AoPortal.Domain.Notifications;
using AoPortal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AoPortal.Infrastructure.Email;

/// <summary>
/// The durable outbox: stores each email, then claims, delivers and records it. Every database step runs in a context of
/// its own (a new service scope), never the request's, so a handler's unsaved changes are neither saved nor lost with it.
/// <para>
/// A message is delivered only by the sender holding its claim: one atomic UPDATE ... WHERE it is pending, unclaimed
/// (or its lease has run out) and due, checked by the number of rows it changed. So two dispatchers, in one process or
/// several, never send the same message at once, and a message recorded as sent is never sent again.
/// </para>
/// </summary>
public sealed class EmailOutbox(
    IServiceScopeFactory scopes,
    IEmailDelivery delivery,
    OutboxOptions options,
    TimeProvider clock,
    ILogger<EmailOutbox> logger)
{
    /// <summary>
    /// Stores the message (already claimed by this call, so nothing else takes it meanwhile), then delivers it at once.
    /// Storing must work; delivering may fail, and then the message waits for the dispatcher. True when delivered now.
    /// </summary>
    public async Task<(Guid Id, bool Delivered)> QueueAndSendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        var token = Guid.NewGuid();
        var now = Now();
        var queued = OutboxMessage.QueueClaimed(message, now, token, now + options.Lease);
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AoPortalDbContext>();
            db.OutboxMessages.Add(queued);
            if (await NoticeForAccountAsync(scope.ServiceProvider, db, message, now, cancellationToken) is { } notice) db.Notifications.Add(notice);
            await db.SaveChangesAsync(cancellationToken);
        }

        try
        {
            return (queued.Id, await DeliverClaimedAsync(queued.Id, token, message, queued.Attempts, cancellationToken));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Delivered or not, the message is stored: whatever went wrong after that (say, recording the outcome), its
            // claim runs out and the dispatcher sends it again under the same id. The caller's work must not fail for it.
            logger.LogWarning(exception, "Recording the delivery of email {OutboxMessageId} failed; the dispatcher will see to it", queued.Id);
            return (queued.Id, false);
        }
    }

    /// <summary>
    /// The copy of the email for the notifications list of the account it is sent to, stored with the message in one save;
    /// none for an address without an account, or for an email carrying a one-time link.
    /// </summary>
    private static async Task<Notification?> NoticeForAccountAsync(
        IServiceProvider services, AoPortalDbContext db, EmailMessage message, DateTime now, CancellationToken cancellationToken)
    {
        if (message.CarriesSecret) return null;
        var normalized = services.GetRequiredService<ILookupNormalizer>().NormalizeEmail(message.To);
        var userId = await db.Users.AsNoTracking().Where(u => u.NormalizedEmail == normalized).Select(u => (Guid?)u.Id).FirstOrDefaultAsync(cancellationToken);
        return userId is { } id ? Notification.Notice(id, message.Subject, message.Body, message.Link, now) : null;
    }

    /// <summary>Delivers one message now if it is due and nobody holds it. True when this call delivered it.</summary>
    public async Task<bool> TrySendAsync(Guid messageId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AoPortalDbContext>();
        return await ClaimAndDeliverAsync(db, messageId, cancellationToken);
    }

    /// <summary>Claims and delivers the messages that are due, oldest due first, up to the batch size. Returns how many were delivered.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AoPortalDbContext>();
        var due = await db.OutboxMessages.AsNoTracking()
            .Where(Claimable(Now()))
            .OrderBy(m => m.NextAttemptAt)
            .Select(m => m.Id)
            .Take(Math.Max(1, options.BatchSize))
            .ToListAsync(cancellationToken);

        var delivered = 0;
        foreach (var id in due)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (await ClaimAndDeliverAsync(db, id, cancellationToken)) delivered++;
        }

        return delivered;
    }

    /// <summary>Pending, not held by a live claim, and due.</summary>
    private static Expression<Func<OutboxMessage, bool>> Claimable(DateTime now) =>
        m => m.Status == OutboxStatus.Pending && (m.ClaimedUntil == null || m.ClaimedUntil < now) && m.NextAttemptAt <= now;

    private async Task<bool> ClaimAndDeliverAsync(AoPortalDbContext db, Guid messageId, CancellationToken cancellationToken)
    {
        var token = Guid.NewGuid();
        var now = Now();
        var leaseEnd = now + options.Lease;
        var claimed = await db.OutboxMessages
            .Where(m => m.Id == messageId)
            .Where(Claimable(now))
            .ExecuteUpdateAsync(s => s
                .SetProperty(m => m.ClaimedUntil, leaseEnd)
                .SetProperty(m => m.ClaimToken, token)
                .SetProperty(m => m.Attempts, m => m.Attempts + 1)
                .SetProperty(m => m.LastAttemptAt, now), cancellationToken);
        if (claimed != 1) return false; // someone else holds it, sent it, or it is no longer due

        var message = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.Id == messageId)
            .Select(m => new { m.To, m.Subject, m.Body, m.Attempts })
            .SingleAsync(cancellationToken);
        return await DeliverClaimedAsync(messageId, token, new EmailMessage(message.To, message.Subject, message.Body), message.Attempts, cancellationToken);
    }

    private async Task<bool> DeliverClaimedAsync(Guid messageId, Guid token, EmailMessage message, int attempts, CancellationToken cancellationToken)
    {
        try
        {
            await delivery.DeliverAsync(messageId, message, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopped mid-send: the claim runs out and the message is tried again, under the same id.
            throw;
        }
        catch (Exception error)
        {
            await RecordFailureAsync(messageId, token, attempts, error);
            return false;
        }

        await MarkSentAsync(messageId);
        return true;
    }

    private async Task MarkSentAsync(Guid messageId)
    {
        // Not cancellable: once the mail system has the message, recording that matters more than stopping quickly.
        var now = Now();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AoPortalDbContext>();
        await db.OutboxMessages
            .Where(m => m.Id == messageId && m.Status != OutboxStatus.Sent)
            .ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Status, OutboxStatus.Sent)
                .SetProperty(m => m.SentAt, now)
                .SetProperty(m => m.ClaimedUntil, (DateTime?)null)
                .SetProperty(m => m.ClaimToken, (Guid?)null), CancellationToken.None);
    }

    private async Task RecordFailureAsync(Guid messageId, Guid token, int attempts, Exception error)
    {
        var now = Now();
        var description = OutboxMessage.Describe(error);
        var giveUp = attempts >= Math.Max(1, options.MaxAttempts);
        var nextAttempt = now + options.BackoffAfter(attempts);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AoPortalDbContext>();
        // Only the holder of the claim records its outcome: if the lease ran out and another sender took over, theirs counts.
        await db.OutboxMessages
            .Where(m => m.Id == messageId && m.ClaimToken == token && m.Status == OutboxStatus.Pending)
            .ExecuteUpdateAsync(s =>
            {
                s.SetProperty(m => m.LastError, description)
                    .SetProperty(m => m.ClaimedUntil, (DateTime?)null)
                    .SetProperty(m => m.ClaimToken, (Guid?)null);
                if (giveUp) s.SetProperty(m => m.Status, OutboxStatus.Failed);
                else s.SetProperty(m => m.NextAttemptAt, nextAttempt);
            }, CancellationToken.None);

        // No addresses or subjects in the log (they are personal data); the error itself is on the admins' outbox page.
        if (giveUp)
            logger.LogError("Email {OutboxMessageId} could not be sent ({ErrorType}) after {Attempts} attempts and is marked failed",
                messageId, error.GetType().Name, attempts);
        else
            logger.LogWarning("Email {OutboxMessageId} could not be sent ({ErrorType}) on attempt {Attempts}; next attempt at {NextAttemptAt:u}",
                messageId, error.GetType().Name, attempts, nextAttempt);
    }

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;
}
