namespace AoPortal.Application.Tests.Support;

/// <summary>A clock that says what the test tells it to.</summary>
public sealed class FakeTimeProvider(DateTimeOffset now) : TimeProvider
{
    public static readonly DateTimeOffset DefaultNow = new(2026, 11, 23, 10, 15, 0, TimeSpan.Zero);

    public FakeTimeProvider() : this(DefaultNow) { }

    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by) => Now += by;
}
