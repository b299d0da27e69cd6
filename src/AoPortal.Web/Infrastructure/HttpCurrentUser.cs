using System.Security.Claims;
using AoPortal.Application.Abstractions;
using AoPortal.Domain.Common;
using AoPortal.Domain.Users;
using AoPortal.Infrastructure.Identity;

namespace AoPortal.Web.Infrastructure;

/// <summary>The signed-in person, read from the sign-in cookie's claims.</summary>
public sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal Principal => accessor.HttpContext?.User ?? new ClaimsPrincipal();

    public Guid? UserId => Guid.TryParse(Principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public Actor Actor => UserId is { } id ? new Actor(id, Principal.FindFirstValue(PortalClaimTypes.DisplayName) ?? "") : Actor.System;

    public bool IsInRole(PortalRole role) => Principal.IsInRole(PortalRoleNames.Name(role));

    public Guid? SchoolId => Guid.TryParse(Principal.FindFirstValue(PortalClaimTypes.SchoolId), out var id) ? id : null;
}
