namespace AoPortal.Domain.Tests.Applications;

/// <summary>The fixed day every application test runs on; never the real clock.</summary>
public static class TestClock
{
    public static readonly DateOnly Today = new(2026, 11, 22);

    /// <summary>Mid-morning on <see cref="Today"/>, UTC.</summary>
    public static readonly DateTime Now = new(2026, 11, 22, 10, 30, 0, DateTimeKind.Utc);

    /// <summary>When the candidate was invited, some weeks before <see cref="Today"/>.</summary>
    public static readonly DateTime InvitedAt = new(2026, 10, 1, 9, 0, 0, DateTimeKind.Utc);
}
