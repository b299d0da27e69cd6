using AoPortal.Domain.Users;

namespace AoPortal.Application.Abstractions;

public static class CurrentUserExtensions
{
    /// <summary>Admins, assessors and moderators: the provider's own staff.</summary>
    public static bool IsProviderStaff(this ICurrentUser user) =>
        user.IsInRole(PortalRole.Admin) || user.IsInRole(PortalRole.Assessor) || user.IsInRole(PortalRole.Moderator);

    /// <summary>The signed-in person's id, for pages about their own account (only signed-in people reach them).</summary>
    public static Guid RequiredUserId(this ICurrentUser user) =>
        user.UserId ?? throw new Common.ForbiddenException("Sign in to see your own account");
}
