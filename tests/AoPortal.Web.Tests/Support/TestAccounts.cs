using AoPortal.Application.Abstractions;
using AoPortal.Domain.Users;
using AoPortal.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace AoPortal.Web.Tests.Support;

/// <summary>Accounts made for one test, so a test that locks, deactivates or re-passwords one leaves the demo accounts alone.</summary>
public static class TestAccounts
{
    public const string Password = "a long test passphrase 42";

    public static string UniqueEmail(string purpose) => $"{purpose}-{Guid.NewGuid():N}@example.test";

    /// <summary>An account with a password already set, made the way the portal makes accounts.</summary>
    public static Task<Guid> CreateAsync(PortalFactory factory, string displayName, string email, PortalRole role, string password = Password, Guid? schoolId = null) =>
        factory.WithServicesAsync(async services =>
        {
            var accounts = services.GetRequiredService<IUserAccounts>();
            var userId = await accounts.CreateAsync(new NewUserAccount(displayName, email, [role], schoolId), CancellationToken.None);
            var users = services.GetRequiredService<UserManager<ApplicationUser>>();
            var result = await users.AddPasswordAsync((await users.FindByIdAsync(userId.ToString()))!, password);
            Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
            return userId;
        });
}
