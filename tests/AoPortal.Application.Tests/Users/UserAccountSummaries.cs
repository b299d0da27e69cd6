using AoPortal.Application.Abstractions;
using AoPortal.Domain.Users;

namespace AoPortal.Application.Tests.Users;

/// <summary>Accounts as <see cref="IUserAccounts.FindAsync"/> reports them.</summary>
public static class UserAccountSummaries
{
    public static UserAccountSummary Active(Guid id, bool hasSetPassword = false) =>
        new(id, "Sam Jones", "sam.jones@example.com", [PortalRole.Assessor], null, IsActive: true, hasSetPassword,
            new DateTime(2026, 11, 1, 9, 0, 0, DateTimeKind.Utc));

    public static UserAccountSummary Deactivated(Guid id, bool hasSetPassword = false) =>
        Active(id, hasSetPassword) with { IsActive = false };
}
