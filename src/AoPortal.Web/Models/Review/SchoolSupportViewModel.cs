using AoPortal.Application.Features.Eligibility;
using AoPortal.Application.Features.Review;

namespace AoPortal.Web.Models.Review;

public sealed record SchoolSupportViewModel(GetEligibility.Result Candidate, ConfirmSchoolSupport.Command Form);
