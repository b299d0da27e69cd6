using AoPortal.Application.Features.Candidates;
using AoPortal.Web.Models.Candidates;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace AoPortal.Web.Models.Nominations;

/// <summary>The school lead's nomination form. There is no school to choose: it is always the lead's own.</summary>
public sealed record NominationFormViewModel(NominateStaff.Command Form)
{
    public static IReadOnlyList<SelectListItem> AgeRanges => CandidateFormViewModel.AgeRanges;
}
