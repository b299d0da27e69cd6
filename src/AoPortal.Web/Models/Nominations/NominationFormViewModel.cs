using AoPortal.Application.Features.Candidates;
using AoPortal.Domain.Candidates;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace AoPortal.Web.Models.Nominations;

/// <summary>
/// The school lead's nomination form, with the age ranges the current policy offers. There is no school to choose:
/// it is always the lead's own.
/// </summary>
public sealed record NominationFormViewModel(NominateStaff.Command Form, IReadOnlyList<AgeRange> AgeRanges)
{
    public IEnumerable<SelectListItem> AgeRangeItems => AgeRangeSelectList.From(AgeRanges);
}
