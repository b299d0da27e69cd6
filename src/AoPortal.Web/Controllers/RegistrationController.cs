using AoPortal.Application.Features.Registration;
using AoPortal.Domain.Common;
using AoPortal.Infrastructure.Identity;
using AoPortal.Web.Infrastructure;
using AoPortal.Web.Models.Registration;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using static AoPortal.Application.Features.Registration.CompleteRegistration;

namespace AoPortal.Web.Controllers;

/// <summary>
/// A prospective candidate creates their own account from the sign-in page: they give their name and email, follow the
/// emailed link, and choose a password. The first page answers the same whether or not the email has an account.
/// </summary>
[AllowAnonymous]
[Route("/register")]
public sealed class RegistrationController(SignInManager<ApplicationUser> signIn, UserManager<ApplicationUser> users) : Controller
{
    [HttpGet("")]
    public IActionResult Start() =>
        User.Identity?.IsAuthenticated == true ? Redirect("/") : View(new RegisterViewModel(new StartRegistration.Command()));

    [HttpPost("")]
    [EnableRateLimiting(RegistrationRateLimit.PolicyName)]
    public async Task<IActionResult> Start(StartRegistration.Command form, [FromServices] StartRegistration.Handler handler, CancellationToken ct)
    {
        if (!ModelState.IsValid) return View(new RegisterViewModel(form));
        await handler.Handle(form, ct);
        TempData["RegistrationEmail"] = form.Email!.Trim();
        return RedirectToAction(nameof(CheckEmail));
    }

    [HttpGet("check-email")]
    public IActionResult CheckEmail() => View(model: TempData["RegistrationEmail"] as string);

    [HttpGet("confirm")]
    public async Task<IActionResult> Confirm(string? token, [FromServices] Handler handler, CancellationToken ct) =>
        await handler.CheckAsync(token, ct) switch
        {
            { State: LinkState.Valid, Registration: { } registration } =>
                View(new CreateAccountViewModel(registration, new CreateAccountForm { Token = token })),
            var check => LinkNotUsable(check),
        };

    [HttpPost("confirm")]
    public async Task<IActionResult> Confirm(CreateAccountForm form, [FromServices] Handler handler, CancellationToken ct)
    {
        var check = await handler.CheckAsync(form.Token, ct);
        if (check is not { State: LinkState.Valid, Registration: { } registration }) return LinkNotUsable(check);

        if (ModelState.IsValid)
        {
            try
            {
                var userId = await handler.Handle(form.Token, form.Password!, ct);
                var user = await users.FindByIdAsync(userId.ToString()) ?? throw new InvalidOperationException("The new account was not saved.");
                await signIn.SignInAsync(user, isPersistent: false);
                this.Success("Your account has been created. You can now fill in your application.");
                return Redirect("/application");
            }
            catch (DomainRuleException e)
            {
                ModelState.AddDomainError(e, nameof(form));
            }
        }

        return View(new CreateAccountViewModel(registration, form));
    }

    private ViewResult LinkNotUsable(Check check) => View(check.State == LinkState.AlreadyRegistered ? "AlreadyRegistered" : "LinkExpired");
}
