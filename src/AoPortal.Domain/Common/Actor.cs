namespace AoPortal.Domain.Common;

/// <summary>Who did something: a signed-in person, or the system itself (seeding, scheduled jobs).</summary>
public sealed record Actor(Guid? UserId, string Name)
{
    public static readonly Actor System = new(null, "System");
}
