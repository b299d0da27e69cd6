using AoPortal.Application.Abstractions;
using AoPortal.Application.Features.Notifications;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace AoPortal.Web.Models.Account;

public sealed record YourAccountViewModel(UserAccountSummary Account, ReminderEmails.Command Form)
{
    public static IReadOnlyList<SelectListItem> Choices { get; } =
    [
        new("Yes, email me reminders as well", "on"),
        new("No, only list them under Notifications", "off"),
    ];
}
