using AoPortal.Application.Features.Eligibility;
using AoPortal.Application.Features.Review;

namespace AoPortal.Web.Models.Review;

/// <summary>The return and reject pages: the candidate, and the message the provider writes to them.</summary>
public sealed record DecisionViewModel(GetEligibility.Result Candidate, DecideApplication.Message Form);
