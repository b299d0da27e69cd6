namespace AoPortal.Domain.Recommendations;

/// <summary>What the assessor proposes, and the moderator confirms, at the end of the assessment.</summary>
public enum RecommendationOutcome
{
    Recommend,
    NotRecommend,
}

/// <summary>Where a recommendation is between the assessor's first judgement and the record of the award.</summary>
public enum RecommendationStatus
{
    /// <summary>The assessor is recording final judgements.</summary>
    Draft,

    /// <summary>Proposed and waiting for a moderator.</summary>
    Proposed,

    /// <summary>Returned by a moderator with comments; the assessor changes it and proposes again.</summary>
    Returned,

    /// <summary>Confirmed by a moderator: the decision and its evidence trail are frozen.</summary>
    Confirmed,

    /// <summary>
    /// Confirmed, then withdrawn by an admin within the window and before export; or still in the making when the candidate
    /// was withdrawn. Kept for the record.
    /// </summary>
    Withdrawn,
}

public static class RecommendationNames
{
    public static string DisplayName(this RecommendationOutcome outcome) => outcome switch
    {
        RecommendationOutcome.Recommend => "Recommend for QTS",
        RecommendationOutcome.NotRecommend => "Not recommended",
        _ => outcome.ToString(),
    };

    public static string DisplayName(this RecommendationStatus status) => status switch
    {
        RecommendationStatus.Draft => "Final judgements in progress",
        RecommendationStatus.Proposed => "Awaiting moderation",
        RecommendationStatus.Returned => "Returned by moderation",
        RecommendationStatus.Confirmed => "Confirmed",
        RecommendationStatus.Withdrawn => "Withdrawn",
        _ => status.ToString(),
    };
}
