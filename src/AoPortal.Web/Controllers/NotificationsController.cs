using AoPortal.Application.Features.Notifications;
using Microsoft.AspNetCore.Mvc;

namespace AoPortal.Web.Controllers;

/// <summary>Everyone's own notifications: copies of the emails sent to them and their reminders, newest first.</summary>
[Route("/notifications")]
public sealed class NotificationsController(MyNotifications.Handler notifications) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int page = 1, CancellationToken ct = default) => View(await notifications.Handle(page, ct));
}
