using AoPortal.Application.Features.Eligibility;
using AoPortal.Domain.Eligibility;
using AoPortal.Web.Models.Application;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace AoPortal.Web.Models.Policies;

/// <summary>The form to publish the next version of the eligibility policy, started from the version in force.</summary>
public sealed record PolicyFormViewModel(PublishPolicy.Command Form)
{
    public int NextVersion => Form.CurrentVersion + 1;

    public static IReadOnlyList<SelectListItem> YesNo => ApplicationChoices.YesNo;

    /// <summary>Every entry requirement, as a checkbox: ticked ones may be waived with a written rationale.</summary>
    public static IReadOnlyList<SelectListItem> Requirements { get; } =
        Enum.GetValues<EligibilityRequirement>().Select(r => new SelectListItem(r.DisplayName(), r.ToString())).ToList();
}
