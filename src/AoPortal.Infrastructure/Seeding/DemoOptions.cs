namespace AoPortal.Infrastructure.Seeding;

/// <summary>Settings under "Demo". Seeding is on in appsettings.Development.json only and never runs in Production.</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";
    public const string Password = "AoPortal-demo-2026";

    public bool Seed { get; set; }
}
