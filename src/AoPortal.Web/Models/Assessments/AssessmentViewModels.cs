using AoPortal.Application.Features.Assessments;
using AoPortal.Domain.Assessments;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace AoPortal.Web.Models.Assessments;

/// <summary>A form about one candidate's assessment: the plan it changes (for the caption and back link) and the answers.</summary>
public sealed record PlanFormViewModel<TForm>(GetPlan.Result Plan, TForm Form, Milestone? Milestone = null)
{
    public string CandidatePath => $"/candidates/{Plan.CandidateId}/assessment";
}

public sealed record AllocateViewModel(GetPlan.Result Plan, AllocateAssessor.Command Form, IReadOnlyList<AllocateAssessor.Choice> Assessors)
{
    public IEnumerable<SelectListItem> AssessorItems => Assessors.Select(a => new SelectListItem(a.Name, a.Id.ToString()));
}

public sealed record StartViewModel(GetPlan.Result Plan, StartAssessment.Command Form, IReadOnlyList<AoPortal.Domain.Candidates.AgeRange> AgeRanges)
{
    public IEnumerable<SelectListItem> AgeRangeItems => AgeRangeSelectList.From(AgeRanges);
}

public static class MilestoneDisplay
{
    public static IReadOnlyList<SelectListItem> Kinds { get; } =
        Enum.GetValues<MilestoneKind>().Select(k => new SelectListItem(k.DisplayName(), k.ToString())).ToList();

    public static string TagClass(MilestoneState state) => state switch
    {
        MilestoneState.Done => "govuk-tag--green",
        MilestoneState.Overdue => "govuk-tag--red",
        MilestoneState.Paused => "govuk-tag--yellow",
        _ => "govuk-tag--blue",
    };

    public static string Name(MilestoneState state) => state switch
    {
        MilestoneState.Done => "Done",
        MilestoneState.Overdue => "Overdue",
        MilestoneState.Paused => "Paused",
        _ => "To do",
    };
}
