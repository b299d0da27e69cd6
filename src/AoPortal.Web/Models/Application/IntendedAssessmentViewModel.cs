using AoPortal.Application.Features.Applications;
using AoPortal.Domain.Candidates;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace AoPortal.Web.Models.Application;

/// <summary>The age range page: the ranges the current policy offers, and the candidate's own range even if it no longer does.</summary>
public sealed record IntendedAssessmentViewModel(SaveIntendedAssessment.Command Form, IReadOnlyList<AgeRange> AgeRanges)
{
    public IEnumerable<SelectListItem> AgeRangeItems => AgeRangeSelectList.From(AgeRanges);
}
