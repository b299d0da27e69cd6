namespace AoPortal.Infrastructure.Identity;

public static class PortalClaimTypes
{
    public const string DisplayName = "aoportal:display_name";
    public const string SchoolId = "aoportal:school_id";
}
