using AoPortal.Application.Features.Eligibility;
using AoPortal.Application.Features.Review;
using AoPortal.Domain.Eligibility;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace AoPortal.Web.Models.Review;

public sealed record JudgeViewModel(GetEligibility.Result Candidate, EligibilityRequirement Requirement, JudgeRequirement.Command Form)
{
    public RequirementResult Computed => Candidate.Requirements.Single(r => r.Requirement == Requirement);

    /// <summary>Met and not met always; waived only where the policy allows discretion.</summary>
    public IEnumerable<SelectListItem> Outcomes =>
        Enum.GetValues<JudgementOutcome>()
            .Where(o => o != JudgementOutcome.Waived || Candidate.Policy.DiscretionAllowed.Contains(Requirement))
            .Select(o => new SelectListItem(o.DisplayName(), o.ToString()));
}
