using AoPortal.Application.Features.Candidates;
using AoPortal.Application.Features.Schools;
using AoPortal.Domain.Candidates;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace AoPortal.Web.Models.Candidates;

public sealed record CandidateFormViewModel(CreateCandidate.Command Form, IReadOnlyList<SchoolChoices.Choice> Schools)
{
    public static IReadOnlyList<SelectListItem> AgeRanges { get; } =
        AgeRange.Common.Select(r => new SelectListItem(r.ToString(), r.Code)).ToList();

    public IEnumerable<SelectListItem> SchoolItems => SchoolSelectList.From(Schools);
}
