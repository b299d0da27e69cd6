namespace AoPortal.Infrastructure.Tests.Outbox;

/// <summary>A clock the test moves on by hand, starting at the real time.</summary>
public sealed class OutboxClock : TimeProvider
{
    private readonly Lock _gate = new();
    private DateTimeOffset _now = DateTimeOffset.UtcNow;

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate) return _now;
    }

    public void Advance(TimeSpan by)
    {
        lock (_gate) _now += by;
    }
}
