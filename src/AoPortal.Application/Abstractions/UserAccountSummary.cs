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
    DateTime CreatedAt)
{
    public AccountState State => new(IsActive, HasSetPassword);
}

/// <summary>Where an account stands: deactivated, invited (no password set yet) or active.</summary>
public sealed record AccountState(bool IsActive, bool HasSetPassword);
