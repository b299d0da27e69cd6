namespace AoPortal.Application.Abstractions;

/// <summary>Where the daily job puts its reminders: each into the person's notifications, and emailed unless they turned reminder emails off.</summary>
public interface IReminderQueue
{
    /// <summary>Queues the reminders not queued before (by person and key), in one transaction. Returns how many were new.</summary>
    Task<int> QueueAsync(IReadOnlyList<Reminder> reminders, CancellationToken cancellationToken);
}
