using AoPortal.Domain.Common;
using AoPortal.Domain.Users;

namespace AoPortal.Application.Abstractions;

/// <summary>The person making the request.</summary>
public interface ICurrentUser
{
    Guid? UserId { get; }
    Actor Actor { get; }
    bool IsInRole(PortalRole role);

    /// <summary>The school a school lead belongs to; null for everyone else.</summary>
    Guid? SchoolId { get; }
}
