using Microsoft.AspNetCore.Identity;

namespace AoPortal.Infrastructure.Identity;

/// <summary>Only active accounts may sign in; a deactivated one is refused before its password is checked.</summary>
public sealed class ActiveUserConfirmation : IUserConfirmation<ApplicationUser>
{
    public Task<bool> IsConfirmedAsync(UserManager<ApplicationUser> manager, ApplicationUser user) => Task.FromResult(user.IsActive);
}
