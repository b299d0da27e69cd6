using AoPortal.Domain.Users;
using AoPortal.Infrastructure.Identity;
using Microsoft.AspNetCore.Authorization;

namespace AoPortal.Web.Infrastructure;

/// <summary>
/// Authorization policies by role. Every page needs a signed-in user unless it says [AllowAnonymous];
/// record-level checks live in the use cases (CandidateVisibility).
/// </summary>
public static class Policies
{
    public const string Admin = nameof(PortalRole.Admin);
    public const string Assessor = nameof(PortalRole.Assessor);
    public const string Moderator = nameof(PortalRole.Moderator);
    public const string SchoolLead = nameof(PortalRole.SchoolLead);
    public const string Candidate = nameof(PortalRole.Candidate);

    /// <summary>Admins, assessors and moderators: the provider's own staff.</summary>
    public const string ProviderStaff = "ProviderStaff";

    /// <summary>Admins and assessors, who review applications.</summary>
    public const string Reviewer = "Reviewer";

    /// <summary>Admins and moderators, the only people who see safeguarding details.</summary>
    public const string SafeguardingViewer = "SafeguardingViewer";

    public static IServiceCollection AddPortalAuthorization(this IServiceCollection services) =>
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Admin, p => p.RequireRole(PortalRoleNames.Name(PortalRole.Admin)))
            .AddPolicy(Assessor, p => p.RequireRole(PortalRoleNames.Name(PortalRole.Assessor)))
            .AddPolicy(Moderator, p => p.RequireRole(PortalRoleNames.Name(PortalRole.Moderator)))
            .AddPolicy(SchoolLead, p => p.RequireRole(PortalRoleNames.Name(PortalRole.SchoolLead)))
            .AddPolicy(Candidate, p => p.RequireRole(PortalRoleNames.Name(PortalRole.Candidate)))
            .AddPolicy(Reviewer, p => p.RequireRole(PortalRoleNames.Name(PortalRole.Admin), PortalRoleNames.Name(PortalRole.Assessor)))
            .AddPolicy(SafeguardingViewer, p => p.RequireRole(PortalRoleNames.Name(PortalRole.Admin), PortalRoleNames.Name(PortalRole.Moderator)))
            .AddPolicy(ProviderStaff, p => p.RequireRole(
                PortalRoleNames.Name(PortalRole.Admin), PortalRoleNames.Name(PortalRole.Assessor), PortalRoleNames.Name(PortalRole.Moderator)))
            .Services;
}
