namespace AoPortal.Application.Abstractions;

/// <summary>
/// A reminder for one person. <paramref name="Key"/> says what it is about and for which occasion or day; the same key is
/// never queued twice for the same person.
/// </summary>
public sealed record Reminder(Guid UserId, string Key, string Subject, string Body, string Link);
