using AoPortal.Application.Features.Notifications;
using Microsoft.AspNetCore.Mvc;

namespace AoPortal.Web.ViewComponents;

/// <summary>"Notifications" in the header of every signed-in page, with the number not yet seen.</summary>
public sealed class NotificationsLinkViewComponent(UnreadNotifications.Handler unread) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() => View(await unread.Handle(HttpContext.RequestAborted));
}
