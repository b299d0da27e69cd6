using AoPortal.Application.Features.Schools;
using AoPortal.Domain.Schools;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace AoPortal.Web.Models.Schools;

/// <summary>
/// The add and change school form: one form serves both. <paramref name="ForRequest"/> is the candidate whose
/// "school not listed" request the new school answers; after saving, the admin goes back to link it.
/// </summary>
public sealed record SchoolFormViewModel(SaveSchool.Command Form, Guid? ForRequest = null)
{
    public bool IsNew => Form.Id is null;

    public static IReadOnlyList<SelectListItem> Phases { get; } =
        Enum.GetValues<SchoolPhase>().Select(p => new SelectListItem(p.DisplayName(), p.ToString())).ToList();
}
