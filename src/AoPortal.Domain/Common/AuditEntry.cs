namespace AoPortal.Domain.Common;

/// <summary>
/// One decision or change, with who made it and when. Entries are only ever added, never edited.
/// </summary>
public sealed class AuditEntry
{
    private AuditEntry() { }

    public Guid Id { get; private set; }
    public DateTime OccurredAt { get; private set; }
    public Guid? ActorId { get; private set; }
    public string ActorName { get; private set; } = "";
    public string SubjectType { get; private set; } = "";
    public Guid SubjectId { get; private set; }
    public string Action { get; private set; } = "";
    public string? Detail { get; private set; }

    public static AuditEntry Record(Actor actor, DateTime occurredAt, string subjectType, Guid subjectId, string action, string? detail = null) =>
        new()
        {
            Id = Guid.NewGuid(),
            OccurredAt = Guard.Utc(occurredAt),
            ActorId = actor.UserId,
            ActorName = actor.Name,
            SubjectType = subjectType,
            SubjectId = subjectId,
            Action = action,
            Detail = detail,
        };
}
