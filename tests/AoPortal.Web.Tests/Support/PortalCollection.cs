namespace AoPortal.Web.Tests.Support;

/// <summary>
/// The test classes that share one portal (one database, seeded once). They run one after another, so a test may
/// count rows before and after; each makes its own users and records with unique names and leaves the demo data as it was.
/// Tests that move the clock or fill the database get a portal of their own instead.
/// </summary>
[CollectionDefinition(Name)]
public sealed class PortalCollection : ICollectionFixture<PortalFactory>
{
    public const string Name = "Shared portal";
}
