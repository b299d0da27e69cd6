using AoPortal.Application.Features.Candidates;
using AoPortal.Application.Features.Schools;
using AoPortal.Domain.Candidates;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace AoPortal.Web.Models.Candidates;

/// <summary>The admin's form to create a candidate record: the schools to choose from, and the age ranges the current policy offers.</summary>
public sealed record CandidateFormViewModel(CreateCandidate.Command Form, IReadOnlyList<SchoolChoices.Choice> Schools, IReadOnlyList<AgeRange> AgeRanges)
{
    public IEnumerable<SelectListItem> SchoolItems => SchoolSelectList.From(Schools);

    public IEnumerable<SelectListItem> AgeRangeItems => AgeRangeSelectList.From(AgeRanges);
}
