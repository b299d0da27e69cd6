using AoPortal.Domain.Applications;
using AoPortal.Domain.Eligibility;
using AoPortal.Web.Infrastructure;

namespace AoPortal.Web.Models.Policies;

/// <summary>A policy's settings in words, as the policy page shows them.</summary>
public static class PolicyDisplay
{
    public static string Experience(EligibilityPolicy policy) =>
        policy.MinimumYearsOfTeaching == 0 ? "None" : TeachingTime.FromYears(policy.MinimumYearsOfTeaching).ToString();

    public static string Settings(EligibilityPolicy policy) =>
        policy.MinimumSettings == 1 ? "1 school or setting" : $"{policy.MinimumSettings} schools or settings";

    public static string ConsecutiveKeyStages(EligibilityPolicy policy) =>
        policy.RequireConsecutiveKeyStages
            ? "Yes, the experience must cover two consecutive key stages within the age range"
            : "No";

    public static string ScienceForPrimary(EligibilityPolicy policy) =>
        policy.RequireScienceForPrimary
            ? "Yes, for age ranges that include pupils under 11"
            : "No";

    public static IReadOnlyList<string> Discretion(EligibilityPolicy policy) =>
        policy.DiscretionAllowed.Select(r => r.DisplayName()).ToList();

    public static string AgeRanges(EligibilityPolicy policy) => string.Join(", ", policy.OfferedAgeRanges);

    /// <summary>"By Alex Admin on 4 June 2026 at 2:05pm"; version 1, which the migrations wrote, has nobody.</summary>
    public static string Published(EligibilityPolicy policy) =>
        policy.PublishedByName is { } name
            ? $"By {name} on {UkTime.DateTime(policy.CreatedAt)}"
            : $"Set up with the portal on {UkTime.Date(policy.CreatedAt)}";

    public static string Reason(EligibilityPolicy policy) => policy.ChangeReason ?? "The starting policy: DfE’s published criteria";
}
