using AoPortal.Application.Features.Users;
using AoPortal.Infrastructure.Identity;
using AoPortal.Web.Infrastructure;
using AoPortal.Web.Models.Account;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace AoPortal.Web.Controllers;

/// <summary>Signing in and out, setting a password from an invitation, and changing it.</summary>
public sealed class AccountController(
    SignInManager<ApplicationUser> signIn,
    UserManager<ApplicationUser> users,
    PasswordSetup passwords,
    SecurityAudit.Handler audit) : Controller
{
    private const string WrongCredentials = "Enter a correct email address and password";

    [AllowAnonymous]
    [HttpGet("/sign-in")]
    public IActionResult SignIn(string? returnUrl) =>
        User.Identity?.IsAuthenticated == true ? RedirectToHome(returnUrl) : View(new SignInForm { ReturnUrl = returnUrl });

    [AllowAnonymous]
    [HttpPost("/sign-in")]
    public async Task<IActionResult> SignIn(SignInForm form)
    {
        if (!ModelState.IsValid) return View(form);

        var result = await signIn.PasswordSignInAsync(form.Email!.Trim(), form.Password!, isPersistent: false, lockoutOnFailure: true);
        var user = await users.FindByEmailAsync(form.Email!.Trim());
        if (result.Succeeded)
        {
            await audit.SignedInAsync(user!.Id, user.DisplayName, HttpContext.RequestAborted);
            return RedirectToHome(form.ReturnUrl);
        }

        await audit.SignInRefusedAsync(user?.Id, RefusalReason(result, user), HttpContext.RequestAborted);
        ModelState.AddModelError(nameof(SignInForm.Email), await RefusalMessage(result, user, form));
        return View(form);
    }

    [HttpPost("/sign-out")]
    public async Task<IActionResult> SignOutNow()
    {
        await signIn.SignOutAsync();
        this.Success("You have signed out");
        return RedirectToAction(nameof(SignIn));
    }

    [AllowAnonymous]
    [HttpGet("/set-password")]
    public async Task<IActionResult> SetPassword(Guid userId, string? token) =>
        await passwords.IsInvitationValidAsync(userId, token)
            ? View(new SetPasswordForm { UserId = userId, Token = token })
            : View("InvitationExpired");

    [AllowAnonymous]
    [HttpPost("/set-password")]
    public async Task<IActionResult> SetPassword(SetPasswordForm form)
    {
        if (!await passwords.IsInvitationValidAsync(form.UserId, form.Token)) return View("InvitationExpired");
        if (!ModelState.IsValid) return View(form);

        var result = await passwords.SetFromInvitationAsync(form.UserId, form.Token!, form.Password!);
        if (!result.Succeeded)
        {
            ModelState.AddPasswordErrors(result, nameof(SetPasswordForm.Password));
            return View(form);
        }

        if (User.Identity?.IsAuthenticated == true) await signIn.SignOutAsync();
        this.Success("Your password has been set. Sign in with your email address and new password.");
        return RedirectToAction(nameof(SignIn));
    }

    [HttpGet("/account/change-password")]
    public IActionResult ChangePassword() => View(new ChangePasswordForm());

    [HttpPost("/account/change-password")]
    public async Task<IActionResult> ChangePassword(ChangePasswordForm form)
    {
        if (!ModelState.IsValid) return View(form);

        var user = await users.GetUserAsync(User) ?? throw new InvalidOperationException("A signed-in user has no account.");
        var result = await passwords.ChangeAsync(user, form.CurrentPassword!, form.NewPassword!);
        if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch)))
        {
            ModelState.AddModelError(nameof(ChangePasswordForm.CurrentPassword), "Your current password is incorrect");
            return View(form);
        }

        if (!result.Succeeded)
        {
            ModelState.AddPasswordErrors(result, nameof(ChangePasswordForm.NewPassword));
            return View(form);
        }

        await signIn.RefreshSignInAsync(user);
        this.Success("Your password has been changed");
        return Redirect("/");
    }

    /// <summary>Why a sign-in was refused, for the audit (never shown: the page says only what the person may learn).</summary>
    private static string RefusalReason(Microsoft.AspNetCore.Identity.SignInResult result, ApplicationUser? user) =>
        user is null ? "No account has that email address"
        : result.IsLockedOut ? "The account is locked after too many attempts"
        : result.IsNotAllowed ? "The account is deactivated or has no password yet"
        : "Wrong password";

    private async Task<string> RefusalMessage(Microsoft.AspNetCore.Identity.SignInResult result, ApplicationUser? user, SignInForm form)
    {
        if (result.IsLockedOut)
            return "Your account is locked because of too many attempts to sign in. Try again in 15 minutes.";
        if (result.IsNotAllowed)
        {
            // Only someone who knows the password learns that the account is deactivated.
            if (user is not null && await users.CheckPasswordAsync(user, form.Password!))
                return "Your account has been deactivated. Contact your provider if you still need to use the portal.";
        }

        return WrongCredentials;
    }

    private IActionResult RedirectToHome(string? returnUrl) =>
        Url.IsLocalUrl(returnUrl) ? LocalRedirect(returnUrl) : Redirect("/");
}
