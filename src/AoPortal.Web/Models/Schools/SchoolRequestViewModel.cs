using AoPortal.Application.Features.Schools;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace AoPortal.Web.Models.Schools;

public sealed record SchoolRequestViewModel(SchoolRequests.Item Request, LinkRequestedSchool.Command Form, IReadOnlyList<SchoolChoices.Choice> Schools)
{
    public IEnumerable<SelectListItem> SchoolItems => SchoolSelectList.From(Schools);
}
