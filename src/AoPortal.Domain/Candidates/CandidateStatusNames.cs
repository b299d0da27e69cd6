namespace AoPortal.Domain.Candidates;

public static class CandidateStatusNames
{
    public static string DisplayName(this CandidateStatus status) => status switch
    {
        CandidateStatus.ApplicationDraft => "Application in progress",
        CandidateStatus.Submitted => "Application submitted",
        CandidateStatus.EligibilityReview => "Eligibility review",
        CandidateStatus.Accepted => "Accepted",
        CandidateStatus.Rejected => "Rejected",
        CandidateStatus.InAssessment => "In assessment",
        CandidateStatus.RecommendationPending => "Awaiting moderation",
        CandidateStatus.Recommended => "Recommended for QTS",
        CandidateStatus.NotRecommended => "Not recommended",
        CandidateStatus.QtsAwarded => "QTS awarded",
        CandidateStatus.Deferred => "Deferred",
        CandidateStatus.Withdrawn => "Withdrawn",
        _ => status.ToString(),
    };

    /// <summary>Accepted for assessment, and anywhere after that: the candidate has (or will have) an assessment plan.</summary>
    public static bool HasBeenAccepted(this CandidateStatus status) => status is
        CandidateStatus.Accepted or CandidateStatus.InAssessment or CandidateStatus.Deferred or CandidateStatus.RecommendationPending
        or CandidateStatus.Recommended or CandidateStatus.NotRecommended or CandidateStatus.QtsAwarded;
}
