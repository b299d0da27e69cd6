namespace AoPortal.Application.Features.Recommendations;

/// <summary>Settings under "Recommendation".</summary>
public sealed class RecommendationOptions
{
    public const string Section = "Recommendation";

    /// <summary>How many days after confirmation an admin may still withdraw a decision (before it is exported).</summary>
    public int WithdrawalWindowDays { get; set; } = 7;
}
