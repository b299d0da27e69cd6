using AoPortal.Domain.Users;

namespace AoPortal.Infrastructure.Identity;

/// <summary>The Identity role rows, one per <see cref="PortalRole"/>, with fixed ids so migrations seed them.</summary>
public static class PortalRoleNames
{
    public static readonly IReadOnlyDictionary<PortalRole, Guid> RoleIds = new Dictionary<PortalRole, Guid>
    {
        [PortalRole.Admin] = new("6f1c0a52-0a57-4c41-9d37-5b0f3f7f0a01"),
        [PortalRole.Assessor] = new("6f1c0a52-0a57-4c41-9d37-5b0f3f7f0a02"),
        [PortalRole.Moderator] = new("6f1c0a52-0a57-4c41-9d37-5b0f3f7f0a03"),
        [PortalRole.SchoolLead] = new("6f1c0a52-0a57-4c41-9d37-5b0f3f7f0a04"),
        [PortalRole.Candidate] = new("6f1c0a52-0a57-4c41-9d37-5b0f3f7f0a05"),
    };

    public static string Name(PortalRole role) => role.ToString();
}
