namespace AoPortal.Web.Infrastructure;

/// <summary>Settings under "Provider": who runs this portal, shown in the header and page titles.</summary>
public sealed class ProviderSettings
{
    public const string Section = "Provider";

    public string Name { get; set; } = "Assessment Only portal";
}
