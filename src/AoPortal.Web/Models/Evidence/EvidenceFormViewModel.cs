using AoPortal.Application.Features.Evidence;
using AoPortal.Domain.Evidence;
using AoPortal.Domain.Standards;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace AoPortal.Web.Models.Evidence;

/// <summary>The form for adding a portfolio item.</summary>
public sealed record EvidenceFormViewModel(GetPortfolio.Result Portfolio, AddEvidence.Command Form, EvidenceUploadOptions Options)
{
    public string Action => $"{EvidenceDisplay.Path(Portfolio.CandidateId)}/new";

    public static IReadOnlyList<SelectListItem> KindItems { get; } =
        Enum.GetValues<EvidenceKind>().Select(k => new SelectListItem(k.DisplayName(), k.ToString())).ToList();

    public IEnumerable<SelectListItem> PromptItems => Options.GetAssignmentPrompts().Select(p => new SelectListItem(p, p));

    public static IReadOnlyList<(string Code, string Heading)> Standards => StandardsCatalogue.Current.Judged;

    public static IReadOnlyList<StandardSubPoint> PointsUnder(string code) => StandardsCatalogue.Current.PointsUnder(code);

    public bool IsChosen(string code) => Form.Standards.Contains(code);
}
