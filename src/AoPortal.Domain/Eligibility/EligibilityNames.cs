namespace AoPortal.Domain.Eligibility;

public static class EligibilityNames
{
    /// <summary>
    /// Whether the requirement is judged from what the candidate wrote in their application (their qualifications,
    /// experience, age range and health declaration), rather than from the provider's own checks or the school's confirmation.
    /// </summary>
    public static bool RestsOnAnswers(this EligibilityRequirement requirement) => requirement is
        EligibilityRequirement.Degree or EligibilityRequirement.GcseEnglish or EligibilityRequirement.GcseMaths
        or EligibilityRequirement.GcseScience or EligibilityRequirement.FitnessToTeach or EligibilityRequirement.TwoSchools
        or EligibilityRequirement.Experience or EligibilityRequirement.AgeRange;

    public static string DisplayName(this EligibilityRequirement requirement) => requirement switch
    {
        EligibilityRequirement.Degree => "Degree",
        EligibilityRequirement.GcseEnglish => "GCSE English or equivalent",
        EligibilityRequirement.GcseMaths => "GCSE maths or equivalent",
        EligibilityRequirement.GcseScience => "GCSE science or equivalent",
        EligibilityRequirement.FundamentalSkills => "Fundamental English and maths",
        EligibilityRequirement.Suitability => "Suitability to teach",
        EligibilityRequirement.Safeguarding => "Safeguarding checks",
        EligibilityRequirement.FitnessToTeach => "Fitness to teach",
        EligibilityRequirement.TwoSchools => "Taught in two schools or settings",
        EligibilityRequirement.Experience => "Teaching experience",
        EligibilityRequirement.AgeRange => "Age range taught",
        EligibilityRequirement.ReadyNow => "Ready for assessment now",
        EligibilityRequirement.SchoolSupport => "School support",
        _ => requirement.ToString(),
    };

    public static string DisplayName(this ComputedStatus status) => status switch
    {
        ComputedStatus.Met => "Met",
        ComputedStatus.NotMet => "Not met",
        ComputedStatus.NeedsReview => "To check",
        ComputedStatus.NotApplicable => "Not needed",
        _ => status.ToString(),
    };

    public static string DisplayName(this JudgementOutcome outcome) => outcome switch
    {
        JudgementOutcome.Met => "Met",
        JudgementOutcome.NotMet => "Not met",
        JudgementOutcome.Waived => "Waived",
        _ => outcome.ToString(),
    };
}
