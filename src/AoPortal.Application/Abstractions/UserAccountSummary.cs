using AoPortal.Domain.Users;

namespace AoPortal.Application.Abstractions;

public sealed record UserAccountSummary(
    Guid Id,
    string DisplayName,
    string Email,
    IReadOnlyList<PortalRole> Roles,
    string? SchoolName,
    bool IsActive,
    bool HasSetPassword,
    DateTime CreatedAt);
