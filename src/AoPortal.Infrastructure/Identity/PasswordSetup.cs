using AoPortal.Application.Abstractions;
using AoPortal.Domain.Common;
using Microsoft.AspNetCore.Identity;

namespace AoPortal.Infrastructure.Identity;

/// <summary>Setting a password from an invitation and changing it: checked by Identity's rules and audited.</summary>
public sealed class PasswordSetup(UserManager<ApplicationUser> userManager, IAppDbContext db, TimeProvider clock)
{
    /// <summary>Whether an invitation link is still good: the account is active and the token unused and unexpired.</summary>
    public async Task<bool> IsInvitationValidAsync(Guid userId, string? token)
    {
        var user = await userManager.FindByIdAsync(userId.ToString());
        return user is { IsActive: true } && !string.IsNullOrEmpty(token)
            && await userManager.VerifyUserTokenAsync(user, userManager.Options.Tokens.PasswordResetTokenProvider, UserManager<ApplicationUser>.ResetPasswordTokenPurpose, token);
    }

    public async Task<IdentityResult> SetFromInvitationAsync(Guid userId, string token, string password)
    {
        var user = await userManager.FindByIdAsync(userId.ToString());
        if (user is not { IsActive: true }) return IdentityResult.Failed(userManager.ErrorDescriber.InvalidToken());
        var result = await userManager.ResetPasswordAsync(user, token, password);
        if (!result.Succeeded) return result;

        // Following the emailed link proves the address.
        user.EmailConfirmed = true;
        await userManager.UpdateAsync(user);
        await AuditAsync(user, "Password set from invitation");
        return result;
    }

    public async Task<IdentityResult> ChangeAsync(ApplicationUser user, string currentPassword, string newPassword)
    {
        var result = await userManager.ChangePasswordAsync(user, currentPassword, newPassword);
        if (result.Succeeded) await AuditAsync(user, "Password changed");
        return result;
    }

    private async Task AuditAsync(ApplicationUser user, string action)
    {
        db.AuditEntries.Add(AuditEntry.Record(new Actor(user.Id, user.DisplayName), clock.GetUtcNow().UtcDateTime, "User", user.Id, action));
        await db.SaveChangesAsync();
    }
}
