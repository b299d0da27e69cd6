using AoPortal.Application.Abstractions;
using AoPortal.Domain.Common;

namespace AoPortal.Infrastructure.Email;

/// <summary>
/// One email the portal has promised to send. Stored before any delivery is tried, so a failure or a restart cannot lose it.
/// A sender claims it (<see cref="ClaimedUntil"/> is the lease, <see cref="ClaimToken"/> says whose it is) with one atomic
/// UPDATE in <see cref="EmailOutbox"/>; delivery uses <see cref="Id"/> as the message's identity, so sending it again
/// after a crash overwrites rather than duplicates (.eml file named by id; SMTP Message-ID from the id).
/// </summary>
public sealed class OutboxMessage
{
    public const int MaxErrorLength = 2000;

    private OutboxMessage() { }

    public Guid Id { get; private set; }
    public string To { get; private set; } = "";
    public string Subject { get; private set; } = "";
    public string Body { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }
    public OutboxStatus Status { get; private set; }

    /// <summary>Delivery attempts started, counted when a sender claims the message (so a crash mid-send counts too).</summary>
    public int Attempts { get; private set; }

    /// <summary>Not to be tried before this time (now when queued; later after a failed attempt, by the backoff).</summary>
    public DateTime NextAttemptAt { get; private set; }

    /// <summary>The lease: while in the future, the sender holding <see cref="ClaimToken"/> alone may deliver the message.</summary>
    public DateTime? ClaimedUntil { get; private set; }

    public Guid? ClaimToken { get; private set; }
    public DateTime? LastAttemptAt { get; private set; }
    public string? LastError { get; private set; }
    public DateTime? SentAt { get; private set; }

    public EmailMessage Email => new(To, Subject, Body);

    /// <summary>A new message for the dispatcher to send, due now (the daily reminders, queued in bulk).</summary>
    public static OutboxMessage Queue(EmailMessage message, DateTime now) =>
        new()
        {
            Id = Guid.NewGuid(),
            To = message.To,
            Subject = message.Subject,
            Body = message.Body,
            CreatedAt = Utc(now),
            Status = OutboxStatus.Pending,
            NextAttemptAt = now,
        };

    /// <summary>
    /// A new message, already claimed by the sender that queues it (its first attempt), so it can be delivered at once
    /// without the dispatcher taking it meanwhile.
    /// </summary>
    public static OutboxMessage QueueClaimed(EmailMessage message, DateTime now, Guid claimToken, DateTime claimedUntil)
    {
        var queued = Queue(message, now);
        queued.Attempts = 1;
        queued.LastAttemptAt = now;
        queued.ClaimToken = claimToken;
        queued.ClaimedUntil = Utc(claimedUntil);
        return queued;
    }

    /// <summary>An admin's "Try again" on a message that failed: back in the queue, due now, with a full set of attempts.</summary>
    public void Retry(DateTime now)
    {
        if (Status != OutboxStatus.Failed)
            throw new DomainRuleException(Status == OutboxStatus.Sent
                ? "This email has already been sent"
                : "This email is already waiting to be sent");
        Status = OutboxStatus.Pending;
        Attempts = 0;
        NextAttemptAt = Utc(now);
        ClaimedUntil = null;
        ClaimToken = null;
    }

    private static DateTime Utc(DateTime moment) =>
        moment.Kind == DateTimeKind.Utc ? moment : throw new ArgumentException("Outbox times are UTC.", nameof(moment));

    /// <summary>An error as stored: type and message, cut to the column's length.</summary>
    public static string Describe(Exception error)
    {
        var text = $"{error.GetType().Name}: {error.Message}";
        if (error.InnerException is { } inner) text += $" ({inner.GetType().Name}: {inner.Message})";
        return text.Length <= MaxErrorLength ? text : text[..MaxErrorLength];
    }
}
