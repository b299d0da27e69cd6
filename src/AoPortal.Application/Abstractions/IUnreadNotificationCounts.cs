namespace AoPortal.Application.Abstractions;

/// <summary>
/// How many notifications each person has not seen, for the header of every page, kept until one of their notifications
/// is added, changed or marked read (on this instance at once; from another instance of the portal within a minute), so
/// most pages need no query for it (ADR-017).
/// </summary>
public interface IUnreadNotificationCounts
{
    Task<int> GetOrCountAsync(Guid userId, Func<CancellationToken, Task<int>> count, CancellationToken cancellationToken);

    /// <summary>After the person's notifications were marked read by a bulk update, which saving changes does not see.</summary>
    void MarkedRead(Guid userId);
}
