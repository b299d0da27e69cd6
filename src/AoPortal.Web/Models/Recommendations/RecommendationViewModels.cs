using AoPortal.Application.Features.Recommendations;
using AoPortal.Domain.Assessments;
using AoPortal.Domain.Recommendations;
using AoPortal.Domain.Standards;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace AoPortal.Web.Models.Recommendations;

/// <summary>Where each kind of missing condition is put right, so every item in the list links to its fix.</summary>
public static class MissingConditionLinks
{
    public static string FixUrl(Guid candidateId, MissingCondition missing) => missing.Gap switch
    {
        RecommendationGap.JudgementMissing or RecommendationGap.StandardNotMet when missing.Subject is not null =>
            $"/candidates/{candidateId}/recommendation/judgements/{missing.Subject}",
        RecommendationGap.JudgementMissing or RecommendationGap.StandardNotMet => $"/candidates/{candidateId}/recommendation",
        RecommendationGap.MilestoneOutstanding => $"/candidates/{candidateId}/assessment/milestones/{missing.Subject}/done",
        RecommendationGap.FundamentalSkills => $"/candidates/{candidateId}/recommendation/fundamental-skills",
        RecommendationGap.KeyStages or RecommendationGap.SecondSchool => $"/candidates/{candidateId}/assessment/records/new?kind=Observation",
        _ => $"/candidates/{candidateId}/recommendation",
    };

    /// <summary>The words of the link: what the person does to fix it.</summary>
    public static string FixText(MissingCondition missing) => missing.Gap switch
    {
        RecommendationGap.JudgementMissing => "Record the judgement",
        RecommendationGap.StandardNotMet => "Change the judgement",
        RecommendationGap.MilestoneOutstanding => "Mark as done",
        RecommendationGap.FundamentalSkills => "Confirm them",
        _ => "Record an observation",
    };
}

public static class StandardHeadings
{
    public static string Of(string code) => StandardsCatalogue.Current.Judged.FirstOrDefault(s => s.Code == code).Heading ?? code;
}

/// <summary>The form for one standard's final judgement, with what it may cite.</summary>
public sealed record JudgementViewModel(GetRecommendation.Result Page, string Code, RecordFinalJudgement.Command Form)
{
    public string Heading => StandardHeadings.Of(Code);

    public IReadOnlyList<StandardSubPoint> Points => StandardsCatalogue.Current.PointsUnder(Code);

    public static IReadOnlyList<SelectListItem> Outcomes { get; } =
    [
        new("Met", nameof(StandardOutcome.Met)),
        new("Not yet met", nameof(StandardOutcome.NotYetMet)),
    ];

    public IReadOnlyList<SelectListItem> RecordItems => Items(Page.Records);

    public IReadOnlyList<SelectListItem> EvidenceItems => Items(Page.Evidence);

    /// <summary>Each item says whether it speaks to this standard, so the assessor sees at a glance what to cite.</summary>
    private List<SelectListItem> Items(IEnumerable<GetRecommendation.Citable> citable) =>
        citable.Select(c => new SelectListItem(
            c.Standards.Any(s => s == Code || s.StartsWith(Code, StringComparison.Ordinal) && Code != "P2") ? $"{c.Name} (covers {Code})" : c.Name,
            c.Id.ToString())).ToList();
}

/// <summary>The proposal form, with what a recommendation for QTS still needs.</summary>
public sealed record ProposeViewModel(GetRecommendation.Result Page, ProposeOutcome.Command Form, IEnumerable<SelectListItem> AgeRangeItems)
{
    public static IReadOnlyList<SelectListItem> Outcomes { get; } =
    [
        new("Recommend for QTS", nameof(RecommendationOutcome.Recommend)),
        new("Not recommended", nameof(RecommendationOutcome.NotRecommend)),
    ];

    public IReadOnlyList<FinalJudgement> NotYetMet => Page.Recommendation?.Judgements.Where(j => !j.IsMet).ToList() ?? [];
}

public sealed record FundamentalSkillsViewModel(GetRecommendation.Result Page, ConfirmFundamentalSkills.Command Form);

/// <summary>The moderator's page: the proposal, its evidence trail, and the decision.</summary>
public sealed record ModerationViewModel(ModerateOutcome.Details Details, ModerateOutcome.Command Form)
{
    public static IReadOnlyList<SelectListItem> Outcomes { get; } =
    [
        new("Confirm the proposal", nameof(ModerateOutcome.Decision.Confirm)),
        new("Return it to the assessor", nameof(ModerateOutcome.Decision.Return)),
    ];
}
