using AoPortal.Application.Features.Review;

namespace AoPortal.Web.Models.Review;

public sealed record SafeguardingFormViewModel(Guid CandidateId, string CandidateName, RecordSafeguardingChecks.Command Form);
