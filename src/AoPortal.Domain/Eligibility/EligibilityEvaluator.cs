using AoPortal.Domain.Applications;
using AoPortal.Domain.Candidates;

namespace AoPortal.Domain.Eligibility;

/// <summary>
/// Works out, from the application and the facts recorded in the review (the safeguarding checks, the school's
/// confirmation), where each entry requirement stands under a policy, with the reason in words. Checks only the
/// provider can judge come out as <see cref="ComputedStatus.NeedsReview"/>.
/// </summary>
public static class EligibilityEvaluator
{
    private const string NoAgeRange = "No age range chosen yet";

    public static IReadOnlyList<RequirementResult> Evaluate(Candidate candidate, EligibilityPolicy policy, DateOnly today) =>
        Enum.GetValues<EligibilityRequirement>().Select(r => Evaluate(r, candidate, policy, today)).ToList();

    public static RequirementResult Evaluate(EligibilityRequirement requirement, Candidate candidate, EligibilityPolicy policy, DateOnly today)
    {
        var application = candidate.Application;
        var (status, reason) = requirement switch
        {
            EligibilityRequirement.Degree => DegreeStatus(application.Degree),
            EligibilityRequirement.GcseEnglish => GcseStatus(application.Gcse(GcseSubject.English), "English"),
            EligibilityRequirement.GcseMaths => GcseStatus(application.Gcse(GcseSubject.Maths), "maths"),
            EligibilityRequirement.GcseScience => candidate.IntendedAgeRange switch
            {
                null => (ComputedStatus.NotMet, NoAgeRange),
                { ReachesPrimary: true } when policy.RequireScienceForPrimary => GcseStatus(application.Gcse(GcseSubject.Science), "science"),
                { } range => (ComputedStatus.NotApplicable, $"Not needed for the age range {range}"),
            },
            EligibilityRequirement.FundamentalSkills => (ComputedStatus.NeedsReview, "The provider confirms fundamental English and maths before recommending QTS"),
            EligibilityRequirement.Suitability => (ComputedStatus.NeedsReview, "The provider records the outcome of the interview or selection"),
            EligibilityRequirement.Safeguarding => candidate.Review.Safeguarding is { } checks
                ? (ComputedStatus.NeedsReview, FormattableString.Invariant(
                    $"Checks recorded: DBS certificate issued {checks.DbsIssueDate:d MMMM yyyy}, prohibition check {checks.ProhibitionCheckDate:d MMMM yyyy}"))
                : (ComputedStatus.NeedsReview, "The provider records the enhanced DBS, barred list and prohibition checks"),
            EligibilityRequirement.FitnessToTeach => FitnessStatus(application.Declarations),
            EligibilityRequirement.TwoSchools => SettingsStatus(application.Experience, policy),
            EligibilityRequirement.Experience => ExperienceStatus(application.Experience, policy, today),
            EligibilityRequirement.AgeRange => candidate.IntendedAgeRange is { } intended
                ? AgeRangeStatus(application.Experience, intended, policy)
                : (ComputedStatus.NotMet, NoAgeRange),
            EligibilityRequirement.ReadyNow => (ComputedStatus.NeedsReview, "An assessor judges from the initial assessment whether the candidate meets the standards now"),
            EligibilityRequirement.SchoolSupport => (candidate.Review.SchoolSupport, application.RequestedSchoolName) switch
            {
                ({ } support, _) => (ComputedStatus.Met, $"Confirmed by {support.ConfirmedByName}; mentor in school: {support.MentorName}"),
                (null, { } requested) => (ComputedStatus.NeedsReview,
                    $"The candidate asked for {requested} to be added to the list of schools; once it is linked, its school lead confirms support"),
                _ => (ComputedStatus.NeedsReview, "The school lead of the employing school confirms the school's support"),
            },
            _ => throw new ArgumentOutOfRangeException(nameof(requirement)),
        };
        return new RequirementResult(requirement, status, reason);
    }

    private static (ComputedStatus, string) DegreeStatus(Degree? degree) => degree switch
    {
        null => (ComputedStatus.NotMet, "No degree given"),
        { IsOverseas: true } => (ComputedStatus.NeedsReview,
            $"{degree.Subject}, {degree.Institution} ({degree.Country}, {degree.AwardYear}): check UK ENIC statement {degree.EnicReference}"),
        _ => (ComputedStatus.Met, $"{degree.Subject}, {degree.Institution}, {degree.AwardYear}"),
    };

    private static (ComputedStatus, string) GcseStatus(GcseResult? result, string subject) => result switch
    {
        null => (ComputedStatus.NotMet, $"No {subject} qualification given"),
        { IsStandardPass: true } => (ComputedStatus.Met, $"GCSE {subject} grade {result.Grade}, {result.Year}"),
        { IsGcse: true } => (ComputedStatus.NotMet, $"GCSE {subject} grade {result.Grade}, {result.Year}: below grade 4 (C)"),
        _ => (ComputedStatus.NeedsReview, $"{result.Qualification} grade {result.Grade}, {result.Year}: check it is equivalent to GCSE grade 4 (C)"),
    };

    private static (ComputedStatus, string) FitnessStatus(Declarations? declarations) => declarations?.Health switch
    {
        null => (ComputedStatus.NotMet, "Health questionnaire not answered"),
        HealthDeclaration.NoConditions => (ComputedStatus.Met, "Health questionnaire: no condition affecting capacity to teach"),
        _ => (ComputedStatus.NeedsReview, "Health questionnaire: a condition is declared; consider occupational health advice"),
    };

    private static (ComputedStatus, string) SettingsStatus(IReadOnlyList<ExperienceEntry> experience, EligibilityPolicy policy)
    {
        var settings = experience.Select(e => e.SettingName.Trim().ToLowerInvariant()).Distinct().Count();
        var taught = $"Taught in {settings} {(settings == 1 ? "school or setting" : "schools or settings")}";
        return settings >= policy.MinimumSettings
            ? (ComputedStatus.Met, taught)
            : (ComputedStatus.NotMet, $"{taught}; the policy asks for {policy.MinimumSettings}");
    }

    private static (ComputedStatus, string) ExperienceStatus(IReadOnlyList<ExperienceEntry> experience, EligibilityPolicy policy, DateOnly today)
    {
        var time = ExperienceCalculator.FullResponsibilityTime(experience, today);
        var said = $"{Capitalised(time.ToString())} of full-responsibility teaching";
        return time.Years >= policy.MinimumYearsOfTeaching
            ? (ComputedStatus.Met, said)
            : (ComputedStatus.NotMet, $"{said}; the policy asks for {TeachingTime.FromYears(policy.MinimumYearsOfTeaching)}");
    }

    private static (ComputedStatus, string) AgeRangeStatus(IReadOnlyList<ExperienceEntry> experience, AgeRange intended, EligibilityPolicy policy)
    {
        var assessed = intended.KeyStages;
        var taught = experience.Where(e => e.FullResponsibility).SelectMany(e => e.AgesTaught.KeyStages).Distinct().Order().ToList();
        var within = taught.Where(assessed.Contains).ToList();
        var taughtWords = within.Count == 0
            ? $"No full-responsibility teaching within {intended}"
            : $"Taught {Joined(within)} within {intended}";
        var met = policy.RequireConsecutiveKeyStages ? KeyStages.IncludesTwoConsecutiveWithin(taught, assessed) : within.Count > 0;
        if (met) return (ComputedStatus.Met, taughtWords);
        var asks = policy.RequireConsecutiveKeyStages ? "two consecutive key stages" : "at least one key stage";
        return (ComputedStatus.NotMet, $"{taughtWords}; the policy asks for {asks} of the age range");
    }

    private static string Joined(IReadOnlyList<KeyStage> stages) =>
        stages.Count == 1 ? stages[0].DisplayName() : $"{string.Join(", ", stages.SkipLast(1).Select(s => s.DisplayName()))} and {stages[^1].DisplayName()}";

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
