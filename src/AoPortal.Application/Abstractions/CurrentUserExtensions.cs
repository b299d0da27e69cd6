using AoPortal.Domain.Users;

namespace AoPortal.Application.Abstractions;

public static class CurrentUserExtensions
{
    /// <summary>Admins, assessors and moderators: the provider's own staff.</summary>
    public static bool IsProviderStaff(this ICurrentUser user) =>
        user.IsInRole(PortalRole.Admin) || user.IsInRole(PortalRole.Assessor) || user.IsInRole(PortalRole.Moderator);
}
