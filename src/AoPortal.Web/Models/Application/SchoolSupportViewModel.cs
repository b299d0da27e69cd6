using AoPortal.Application.Features.Applications;
using AoPortal.Application.Features.Schools;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace AoPortal.Web.Models.Application;

public sealed record SchoolSupportViewModel(SaveSchoolSupport.Command Form, IReadOnlyList<SchoolChoices.Choice> Schools)
{
    public IEnumerable<SelectListItem> SchoolItems => SchoolSelectList.From(Schools);

    /// <summary>The form as the candidate last saved it, or with the school the provider recorded when it has not been saved yet.</summary>
    public static SaveSchoolSupport.Command FormFrom(GetApplication.Result application) => new()
    {
        EmployingSchoolId = application.Candidate.EmployingSchoolId,
        SchoolNotListed = application.Application.RequestedSchoolName is not null,
        RequestedSchoolName = application.Application.RequestedSchoolName,
    };
}
