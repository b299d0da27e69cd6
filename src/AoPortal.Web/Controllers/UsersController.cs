using AoPortal.Application.Abstractions;
using AoPortal.Application.Features.Schools;
using AoPortal.Application.Features.Users;
using AoPortal.Domain.Common;
using AoPortal.Web.Infrastructure;
using AoPortal.Web.Models.Users;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AoPortal.Web.Controllers;

/// <summary>Admins add provider staff and school leads, resend invitations and deactivate accounts.</summary>
[Authorize(Policy = Policies.Admin)]
[Route("/admin/users")]
public sealed class UsersController(SchoolChoices.Handler schools) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromServices] IUserAccounts accounts, CancellationToken ct) =>
        View(await accounts.ListAsync(ct));

    [HttpGet("new")]
    public async Task<IActionResult> Create(CancellationToken ct) =>
        View(new UserFormViewModel(new CreateUser.Command(), await schools.Handle(ct)));

    [HttpPost("new")]
    public async Task<IActionResult> Create(CreateUser.Command form, [FromServices] CreateUser.Handler handler, CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            try
            {
                var userId = await handler.Handle(form, ct);
                this.Success($"Account created for {form.DisplayName}. We have emailed them a link to set their password.");
                return RedirectToAction(nameof(Details), new { id = userId });
            }
            catch (DomainRuleException e)
            {
                ModelState.AddDomainError(e, nameof(form));
            }
        }

        return View(new UserFormViewModel(form, await schools.Handle(ct)));
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Details(Guid id, [FromServices] GetUser.Handler handler, CancellationToken ct) =>
        View(await handler.Handle(id, ct));

    [HttpGet("{id:guid}/deactivate")]
    public async Task<IActionResult> Deactivate(Guid id, [FromServices] GetUser.Handler handler, CancellationToken ct) =>
        View(await handler.Handle(id, ct));

    [HttpPost("{id:guid}/deactivate")]
    [ActionName(nameof(Deactivate))]
    public async Task<IActionResult> ConfirmDeactivate(Guid id, [FromServices] DeactivateUser.Handler handler, [FromServices] GetUser.Handler user, CancellationToken ct)
    {
        try
        {
            await handler.Handle(id, ct);
            this.Success("The account has been deactivated. The person can no longer sign in.");
            return RedirectToAction(nameof(Details), new { id });
        }
        catch (DomainRuleException e)
        {
            ModelState.AddModelError("", e.Message);
            return View(nameof(Deactivate), await user.Handle(id, ct));
        }
    }

    [HttpPost("{id:guid}/resend-invitation")]
    public async Task<IActionResult> ResendInvitation(Guid id, [FromServices] ResendInvitation.Handler handler, CancellationToken ct)
    {
        try
        {
            await handler.Handle(id, ct);
            this.Success("We have emailed a new link to set a password. Any earlier link no longer works.");
        }
        catch (DomainRuleException e)
        {
            this.Error(e.Message);
        }

        return RedirectToAction(nameof(Details), new { id });
    }
}
