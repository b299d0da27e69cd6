namespace AoPortal.Infrastructure.Email;

/// <summary>Where an outbox message stands: waiting to be (re)sent, sent, or given up after the last allowed attempt.</summary>
public enum OutboxStatus
{
    Pending,
    Sent,
    Failed,
}
