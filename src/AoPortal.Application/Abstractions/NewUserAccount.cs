using AoPortal.Domain.Users;

namespace AoPortal.Application.Abstractions;

public sealed record NewUserAccount(string DisplayName, string Email, IReadOnlyCollection<PortalRole> Roles, Guid? SchoolId);
