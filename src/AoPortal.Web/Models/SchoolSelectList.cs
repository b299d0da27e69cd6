using AoPortal.Application.Features.Schools;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace AoPortal.Web.Models;

public static class SchoolSelectList
{
    /// <summary>Schools as select options, with the URN where there is one to tell similar names apart.</summary>
    public static IEnumerable<SelectListItem> From(IEnumerable<SchoolChoices.Choice> schools) =>
        schools.Select(s => new SelectListItem(s.Urn is null ? s.Name : $"{s.Name} ({s.Urn})", s.Id.ToString()));
}
