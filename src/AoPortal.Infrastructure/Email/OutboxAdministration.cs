using AoPortal.Application.Common;
using AoPortal.Domain.Common;
using AoPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Infrastructure.Email;

/// <summary>
/// What admins see of the outbox (/admin/outbox): emails that failed for good, and emails still waiting that have failed
/// at least once or are overdue; and "Try again" for a failed one, which is audited.
/// </summary>
public sealed class OutboxAdministration(AoPortalDbContext db, EmailOutbox outbox, OutboxOptions options, TimeProvider clock)
{
    /// <summary>The most messages each list shows.</summary>
    public const int ListLimit = 200;

    public const string AuditSubjectType = "OutboxMessage";

    public sealed record Item(Guid Id, string To, string Subject, DateTime CreatedAt, int Attempts, DateTime? LastAttemptAt, DateTime NextAttemptAt, string? LastError);

    public sealed record Overview(IReadOnlyList<Item> Failed, int FailedCount, IReadOnlyList<Item> Waiting, int WaitingCount);

    public async Task<Overview> OverviewAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var overdueBefore = now - TimeSpan.FromMinutes(Math.Max(0, options.OverdueMinutes));
        var failed = db.OutboxMessages.AsNoTracking().Where(m => m.Status == OutboxStatus.Failed);
        var waiting = db.OutboxMessages.AsNoTracking()
            .Where(m => m.Status == OutboxStatus.Pending && (m.LastError != null || m.NextAttemptAt < overdueBefore));

        var failedItems = await Project(failed.OrderByDescending(m => m.LastAttemptAt)).ToListAsync(cancellationToken);
        var waitingItems = await Project(waiting.OrderBy(m => m.NextAttemptAt)).ToListAsync(cancellationToken);
        var failedCount = failedItems.Count < ListLimit ? failedItems.Count : await failed.CountAsync(cancellationToken);
        var waitingCount = waitingItems.Count < ListLimit ? waitingItems.Count : await waiting.CountAsync(cancellationToken);
        return new Overview(failedItems, failedCount, waitingItems, waitingCount);
    }

    /// <summary>
    /// Puts a failed message back in the queue with a full set of attempts, records who did it, and tries to send it at once.
    /// True when it went out now; otherwise it waits for the dispatcher. A message that is not failed is refused.
    /// </summary>
    public async Task<bool> RetryAsync(Guid messageId, Actor actor, CancellationToken cancellationToken)
    {
        var message = await db.OutboxMessages.SingleOrDefaultAsync(m => m.Id == messageId, cancellationToken)
            ?? throw new NotFoundException("The email");
        var now = clock.GetUtcNow().UtcDateTime;
        var attempts = message.Attempts;
        message.Retry(now);
        var detail = $"Failed after {attempts} attempts: {message.LastError}";
        db.AuditEntries.Add(AuditEntry.Record(actor, now, AuditSubjectType, message.Id, "Email put back in the queue",
            detail.Length <= 2000 ? detail : detail[..2000]));
        await db.SaveChangesAsync(cancellationToken);

        return await outbox.TrySendAsync(message.Id, cancellationToken);
    }

    private static IQueryable<Item> Project(IQueryable<OutboxMessage> messages) =>
        messages
            .Take(ListLimit)
            .Select(m => new Item(m.Id, m.To, m.Subject, m.CreatedAt, m.Attempts, m.LastAttemptAt, m.NextAttemptAt, m.LastError));
}
