using AoPortal.Application.Features.Assessments;
using AoPortal.Domain.Assessments;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace AoPortal.Web.Models.PlanTemplates;

/// <summary>The form to publish the next version of the assessment plan template, started from the version in force.</summary>
public sealed record PlanTemplateFormViewModel(PublishPlanTemplate.Command Form)
{
    public int NextVersion => Form.CurrentVersion + 1;

    /// <summary>Every kind of milestone, as the options of each row's select.</summary>
    public static IReadOnlyList<SelectListItem> Kinds { get; } =
        Enum.GetValues<MilestoneKind>().Select(k => new SelectListItem(k.DisplayName(), k.ToString())).ToList();
}
