namespace AoPortal.Web.Tests.Support;

/// <summary>A clock the test moves on by hand; it starts at the real time so tokens and keys made with it look current.</summary>
public sealed class FakeClock : TimeProvider
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
