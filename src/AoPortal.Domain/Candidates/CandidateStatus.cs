namespace AoPortal.Domain.Candidates;

/// <summary>Where a candidate is in the Assessment Only lifecycle (see shared/domain/DOMAIN.md).</summary>
public enum CandidateStatus
{
    ApplicationDraft,
    Submitted,
    EligibilityReview,
    Accepted,
    Rejected,
    InAssessment,
    RecommendationPending,
    Recommended,
    NotRecommended,
    QtsAwarded,
    Deferred,
    Withdrawn,
}
