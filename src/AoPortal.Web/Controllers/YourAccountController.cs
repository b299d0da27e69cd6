using AoPortal.Application.Abstractions;
using AoPortal.Application.Features.Notifications;
using AoPortal.Web.Infrastructure;
using AoPortal.Web.Models.Account;
using Microsoft.AspNetCore.Mvc;

namespace AoPortal.Web.Controllers;

/// <summary>Everyone's own account page: who they are signed in as, their password, and whether reminders are emailed to them.</summary>
[Route("/account")]
public sealed class YourAccountController(IUserAccounts accounts, ICurrentUser currentUser, ReminderEmails.Handler reminderEmails) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var on = await reminderEmails.GetAsync(ct);
        return View(await PageAsync(new ReminderEmails.Command { Choice = on ? "on" : "off" }, ct));
    }

    [HttpPost("reminder-emails")]
    public async Task<IActionResult> ReminderEmails(ReminderEmails.Command form, CancellationToken ct)
    {
        if (ModelState.IsValid && await this.AttemptAsync(() => reminderEmails.Handle(form, ct), nameof(form)))
        {
            this.Success(form.On ? "Reminders will be emailed to you" : "Reminders will no longer be emailed to you. They are still listed under Notifications.");
            return RedirectToAction(nameof(Index));
        }

        return View(nameof(Index), await PageAsync(form, ct));
    }

    private async Task<YourAccountViewModel> PageAsync(ReminderEmails.Command form, CancellationToken ct)
    {
        var account = await accounts.FindAsync(currentUser.RequiredUserId(), ct) ?? throw new InvalidOperationException("A signed-in person has no account.");
        return new YourAccountViewModel(account, form);
    }
}
