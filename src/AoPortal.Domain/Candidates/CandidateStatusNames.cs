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
}
