using AoPortal.Application.Features.Schools;
using AoPortal.Application.Features.Users;
using AoPortal.Domain.Users;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace AoPortal.Web.Models.Users;

public sealed record UserFormViewModel(CreateUser.Command Form, IReadOnlyList<SchoolChoices.Choice> Schools)
{
    public static IReadOnlyList<SelectListItem> Roles { get; } =
        PortalRoleRules.StaffRoles.Select(r => new SelectListItem(r.DisplayName(), r.ToString())).ToList();

    public IEnumerable<SelectListItem> SchoolItems => SchoolSelectList.From(Schools);
}
