using AoPortal.Domain.Recommendations;

namespace AoPortal.Application.Features.Recommendations;

/// <summary>
/// A candidate's current recommendation: the one not withdrawn. A withdrawn decision stays in the table for the record,
/// and the assessor's next proposal is a new recommendation.
/// </summary>
public static class CurrentRecommendation
{
    public static IQueryable<Recommendation> CurrentFor(this IQueryable<Recommendation> recommendations, Guid candidateId) =>
        recommendations.Where(r => r.CandidateId == candidateId && r.Status != RecommendationStatus.Withdrawn);
}
