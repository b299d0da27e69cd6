using AoPortal.Domain.Applications;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Eligibility;
using AoPortal.Domain.Tests.Applications;

namespace AoPortal.Domain.Tests.Eligibility;

public class EligibilityEvaluatorTests
{
    private static readonly DateOnly Today = TestClock.Today;
    private static readonly EligibilityPolicy DefaultPolicy = EligibilityPolicy.Default(TestClock.Now);

    private static EligibilityPolicy Policy(decimal years = 2m, int settings = 2, bool consecutiveKeyStages = true, bool scienceForPrimary = true) =>
        new(2, years, settings, consecutiveKeyStages, scienceForPrimary, [], AgeRange.Common, TestClock.Now);

    private static RequirementResult Evaluate(EligibilityRequirement requirement, Candidate candidate, EligibilityPolicy? policy = null)
    {
        var result = EligibilityEvaluator.Evaluate(requirement, candidate, policy ?? DefaultPolicy, Today);
        Assert.Equal(requirement, result.Requirement);
        return result;
    }

    private static ExperienceEntry Post(string school, int fromAge, int toAge, DateOnly start, DateOnly? end) =>
        new ExperienceEntryBuilder().At(school).Teaching(fromAge, toAge).Between(start, end).Build();

    // Degree

    [Fact]
    public void No_degree_is_not_met()
    {
        var result = Evaluate(EligibilityRequirement.Degree, new ApplicationBuilder().Build());

        Assert.Equal(ComputedStatus.NotMet, result.Status);
        Assert.Equal("No degree given", result.Reason);
    }

    [Fact]
    public void A_uk_degree_is_met_and_described()
    {
        var candidate = new ApplicationBuilder().WithDegree(new DegreeBuilder().Build()).Build();

        var result = Evaluate(EligibilityRequirement.Degree, candidate);

        Assert.Equal(ComputedStatus.Met, result.Status);
        Assert.Equal("Mathematics, University of Leeds, 2012", result.Reason);
    }

    [Fact]
    public void An_overseas_degree_needs_review_of_its_enic_statement()
    {
        var candidate = new ApplicationBuilder().WithDegree(new DegreeBuilder().Overseas("India", "ENIC-4000123").Build()).Build();

        var result = Evaluate(EligibilityRequirement.Degree, candidate);

        Assert.Equal(ComputedStatus.NeedsReview, result.Status);
        Assert.Contains("India", result.Reason);
        Assert.Contains("check UK ENIC statement ENIC-4000123", result.Reason);
    }

    // GCSE English and maths

    [Theory]
    [InlineData(EligibilityRequirement.GcseEnglish, "No English qualification given")]
    [InlineData(EligibilityRequirement.GcseMaths, "No maths qualification given")]
    public void No_gcse_is_not_met(EligibilityRequirement requirement, string reason)
    {
        var result = Evaluate(requirement, new ApplicationBuilder().Build());

        Assert.Equal(ComputedStatus.NotMet, result.Status);
        Assert.Equal(reason, result.Reason);
    }

    [Theory]
    [InlineData(EligibilityRequirement.GcseEnglish, GcseSubject.English, "GCSE English grade 6, 2006")]
    [InlineData(EligibilityRequirement.GcseMaths, GcseSubject.Maths, "GCSE maths grade 6, 2006")]
    public void A_gcse_pass_is_met(EligibilityRequirement requirement, GcseSubject subject, string reason)
    {
        var candidate = new ApplicationBuilder().WithGcse(GcseResultBuilder.Pass(subject)).Build();

        var result = Evaluate(requirement, candidate);

        Assert.Equal(ComputedStatus.Met, result.Status);
        Assert.Equal(reason, result.Reason);
    }

    [Theory]
    [InlineData(EligibilityRequirement.GcseEnglish, GcseSubject.English)]
    [InlineData(EligibilityRequirement.GcseMaths, GcseSubject.Maths)]
    public void A_gcse_below_grade_4_is_not_met(EligibilityRequirement requirement, GcseSubject subject)
    {
        var candidate = new ApplicationBuilder().WithGcse(new GcseResultBuilder().In(subject).WithGrade("3").Build()).Build();

        var result = Evaluate(requirement, candidate);

        Assert.Equal(ComputedStatus.NotMet, result.Status);
        Assert.Contains("grade 3", result.Reason);
        Assert.Contains("below grade 4", result.Reason);
    }

    [Fact]
    public void An_equivalent_qualification_needs_review()
    {
        var candidate = new ApplicationBuilder()
            .WithGcse(new GcseResultBuilder().In(GcseSubject.Maths).Equivalent("O level").WithGrade("B").WithYear(1985).Build())
            .Build();

        var result = Evaluate(EligibilityRequirement.GcseMaths, candidate);

        Assert.Equal(ComputedStatus.NeedsReview, result.Status);
        Assert.Equal("O level grade B, 1985: check it is equivalent to GCSE grade 4 (C)", result.Reason);
    }

    [Fact]
    public void An_english_result_does_not_answer_for_maths()
    {
        var candidate = new ApplicationBuilder().WithGcse(GcseSubject.English).Build();

        Assert.Equal(ComputedStatus.NotMet, Evaluate(EligibilityRequirement.GcseMaths, candidate).Status);
    }

    // GCSE science

    [Fact]
    public void Science_is_not_applicable_for_11_to_16()
    {
        var result = Evaluate(EligibilityRequirement.GcseScience, new ApplicationBuilder().Build());

        Assert.Equal(ComputedStatus.NotApplicable, result.Status);
        Assert.Equal("Not needed for the age range 11 to 16", result.Reason);
    }

    [Fact]
    public void Science_is_required_for_5_to_11()
    {
        var result = Evaluate(EligibilityRequirement.GcseScience, new ApplicationBuilder().Primary().Build());

        Assert.Equal(ComputedStatus.NotMet, result.Status);
        Assert.Equal("No science qualification given", result.Reason);
    }

    [Fact]
    public void A_science_pass_is_met_for_5_to_11()
    {
        var candidate = new ApplicationBuilder().Primary()
            .WithGcse(new GcseResultBuilder().In(GcseSubject.Science).WithGrade("5-4").Build())
            .Build();

        var result = Evaluate(EligibilityRequirement.GcseScience, candidate);

        Assert.Equal(ComputedStatus.Met, result.Status);
        Assert.Equal("GCSE science grade 5-4, 2006", result.Reason);
    }

    [Fact]
    public void Science_is_required_for_a_middle_range_reaching_primary_ages()
    {
        var candidate = new ApplicationBuilder().ForAgeRange(7, 14, "Mathematics").Build();

        Assert.Equal(ComputedStatus.NotMet, Evaluate(EligibilityRequirement.GcseScience, candidate).Status);
    }

    [Fact]
    public void Science_is_not_applicable_for_5_to_11_when_the_policy_does_not_require_it()
    {
        var result = Evaluate(EligibilityRequirement.GcseScience, new ApplicationBuilder().Primary().Build(), Policy(scienceForPrimary: false));

        Assert.Equal(ComputedStatus.NotApplicable, result.Status);
        Assert.Equal("Not needed for the age range 5 to 11", result.Reason);
    }

    [Fact]
    public void Science_follows_the_age_range_the_candidate_last_saved()
    {
        var candidate = new ApplicationBuilder().WithIntendedAssessment(new AgeRange(3, 7)).Build();

        Assert.Equal(ComputedStatus.NotMet, Evaluate(EligibilityRequirement.GcseScience, candidate).Status);
    }

    // Fitness to teach

    [Fact]
    public void No_health_declaration_is_not_met()
    {
        var result = Evaluate(EligibilityRequirement.FitnessToTeach, new ApplicationBuilder().Build());

        Assert.Equal(ComputedStatus.NotMet, result.Status);
        Assert.Equal("Health questionnaire not answered", result.Reason);
    }

    [Fact]
    public void No_condition_affecting_capacity_to_teach_is_met()
    {
        var result = Evaluate(EligibilityRequirement.FitnessToTeach, new ApplicationBuilder().WithDeclarations(HealthDeclaration.NoConditions).Build());

        Assert.Equal(ComputedStatus.Met, result.Status);
        Assert.Contains("no condition affecting capacity to teach", result.Reason);
    }

    [Fact]
    public void A_managed_condition_needs_review()
    {
        var result = Evaluate(EligibilityRequirement.FitnessToTeach, new ApplicationBuilder().WithDeclarations(HealthDeclaration.ConditionManaged).Build());

        Assert.Equal(ComputedStatus.NeedsReview, result.Status);
        Assert.Contains("occupational health", result.Reason);
    }

    // Two schools

    [Fact]
    public void Teaching_in_one_school_is_not_met_under_a_policy_asking_for_two()
    {
        var candidate = new ApplicationBuilder().WithExperience(new ExperienceEntryBuilder().At("Riverside Academy").Build()).Build();

        var result = Evaluate(EligibilityRequirement.TwoSchools, candidate);

        Assert.Equal(ComputedStatus.NotMet, result.Status);
        Assert.Equal("Taught in 1 school or setting; the policy asks for 2", result.Reason);
    }

    [Fact]
    public void Teaching_in_no_school_is_not_met()
    {
        var result = Evaluate(EligibilityRequirement.TwoSchools, new ApplicationBuilder().Build());

        Assert.Equal(ComputedStatus.NotMet, result.Status);
        Assert.Equal("Taught in 0 schools or settings; the policy asks for 2", result.Reason);
    }

    [Fact]
    public void Teaching_in_three_schools_is_met()
    {
        var candidate = new ApplicationBuilder().WithExperience(
            Post("Riverside Academy", 11, 16, new DateOnly(2018, 9, 1), new DateOnly(2020, 8, 31)),
            Post("Hillside School", 11, 16, new DateOnly(2020, 9, 1), new DateOnly(2022, 8, 31)),
            Post("Brook College", 14, 19, new DateOnly(2022, 9, 1), null)).Build();

        var result = Evaluate(EligibilityRequirement.TwoSchools, candidate);

        Assert.Equal(ComputedStatus.Met, result.Status);
        Assert.Equal("Taught in 3 schools or settings", result.Reason);
    }

    [Fact]
    public void The_same_school_named_twice_in_different_case_counts_once()
    {
        var candidate = new ApplicationBuilder().WithExperience(
            Post("Riverside Academy", 11, 16, new DateOnly(2018, 9, 1), new DateOnly(2020, 8, 31)),
            Post("RIVERSIDE academy ", 11, 16, new DateOnly(2021, 9, 1), null)).Build();

        var result = Evaluate(EligibilityRequirement.TwoSchools, candidate);

        Assert.Equal(ComputedStatus.NotMet, result.Status);
        Assert.Equal("Taught in 1 school or setting; the policy asks for 2", result.Reason);
    }

    [Fact]
    public void One_school_is_met_under_a_policy_asking_for_one()
    {
        var candidate = new ApplicationBuilder().WithExperience(new ExperienceEntryBuilder().Build()).Build();

        var result = Evaluate(EligibilityRequirement.TwoSchools, candidate, Policy(settings: 1));

        Assert.Equal(ComputedStatus.Met, result.Status);
        Assert.Equal("Taught in 1 school or setting", result.Reason);
    }

    // Experience

    private static Candidate WithOneYearEightMonths() =>
        new ApplicationBuilder().WithExperience(
            Post("Riverside Academy", 11, 16, new DateOnly(2025, 3, 1), new DateOnly(2026, 10, 31))).Build();

    [Fact]
    public void Less_teaching_than_the_policy_asks_for_is_not_met()
    {
        var result = Evaluate(EligibilityRequirement.Experience, WithOneYearEightMonths());

        Assert.Equal(ComputedStatus.NotMet, result.Status);
        Assert.Equal("1 year 8 months of full-responsibility teaching; the policy asks for 2 years", result.Reason);
    }

    [Fact]
    public void The_same_teaching_is_met_under_a_policy_asking_for_one_year()
    {
        var result = Evaluate(EligibilityRequirement.Experience, WithOneYearEightMonths(), Policy(years: 1m));

        Assert.Equal(ComputedStatus.Met, result.Status);
        Assert.Equal("1 year 8 months of full-responsibility teaching", result.Reason);
    }

    [Fact]
    public void More_than_two_years_of_teaching_is_met()
    {
        var candidate = new ApplicationBuilder().WithTwoSchoolsOfExperience().Build();

        var result = Evaluate(EligibilityRequirement.Experience, candidate);

        Assert.Equal(ComputedStatus.Met, result.Status);
        Assert.Equal("4 years 2 months of full-responsibility teaching", result.Reason);
    }

    [Fact]
    public void Exactly_the_years_the_policy_asks_for_is_met()
    {
        // Half time for four years, 1 September 2019 to 31 August 2023 (1461 days), is 730.5 full-time days: two years.
        var candidate = new ApplicationBuilder().WithExperience(
            new ExperienceEntryBuilder().Between(new DateOnly(2019, 9, 1), new DateOnly(2023, 8, 31)).WithFte(0.5m).Build()).Build();

        var result = Evaluate(EligibilityRequirement.Experience, candidate);

        Assert.Equal(ComputedStatus.Met, result.Status);
        Assert.Equal("2 years of full-responsibility teaching", result.Reason);
    }

    [Fact]
    public void Teaching_without_full_responsibility_does_not_count_towards_experience()
    {
        var candidate = new ApplicationBuilder().WithExperience(
            new ExperienceEntryBuilder().AsRole("Cover supervisor").Between(new DateOnly(2018, 9, 1), new DateOnly(2024, 8, 31))
                .WithoutFullResponsibility().Build()).Build();

        var result = Evaluate(EligibilityRequirement.Experience, candidate);

        Assert.Equal(ComputedStatus.NotMet, result.Status);
        Assert.Equal("Less than a month of full-responsibility teaching; the policy asks for 2 years", result.Reason);
    }

    [Fact]
    public void Under_a_policy_asking_for_one_year_the_shortfall_names_one_year()
    {
        var candidate = new ApplicationBuilder().WithExperience(
            Post("Riverside Academy", 11, 16, new DateOnly(2026, 5, 1), new DateOnly(2026, 8, 31))).Build();

        var result = Evaluate(EligibilityRequirement.Experience, candidate, Policy(years: 1m));

        Assert.Equal(ComputedStatus.NotMet, result.Status);
        Assert.Equal("4 months of full-responsibility teaching; the policy asks for 1 year", result.Reason);
    }

    // Age range

    [Fact]
    public void Key_stages_3_and_4_within_11_to_16_are_met()
    {
        var candidate = new ApplicationBuilder().WithExperience(
            Post("Riverside Academy", 11, 16, new DateOnly(2022, 9, 1), null)).Build();

        var result = Evaluate(EligibilityRequirement.AgeRange, candidate);

        Assert.Equal(ComputedStatus.Met, result.Status);
        Assert.Equal("Taught key stage 3 and key stage 4 within 11 to 16", result.Reason);
    }

    [Fact]
    public void Consecutive_key_stages_may_come_from_different_posts()
    {
        var candidate = new ApplicationBuilder().WithExperience(
            Post("Riverside Academy", 11, 14, new DateOnly(2020, 9, 1), new DateOnly(2022, 8, 31)),
            Post("Hillside School", 14, 16, new DateOnly(2022, 9, 1), null)).Build();

        var result = Evaluate(EligibilityRequirement.AgeRange, candidate);

        Assert.Equal(ComputedStatus.Met, result.Status);
        Assert.Equal("Taught key stage 3 and key stage 4 within 11 to 16", result.Reason);
    }

    [Fact]
    public void Only_key_stage_3_is_not_met()
    {
        var candidate = new ApplicationBuilder().WithExperience(
            Post("Riverside Academy", 11, 14, new DateOnly(2020, 9, 1), null)).Build();

        var result = Evaluate(EligibilityRequirement.AgeRange, candidate);

        Assert.Equal(ComputedStatus.NotMet, result.Status);
        Assert.Equal("Taught key stage 3 within 11 to 16; the policy asks for two consecutive key stages of the age range", result.Reason);
    }

    [Fact]
    public void Key_stages_outside_the_intended_range_do_not_count()
    {
        var candidate = new ApplicationBuilder().WithExperience(
            Post("Brook Primary", 7, 11, new DateOnly(2018, 9, 1), new DateOnly(2020, 8, 31)),
            Post("Riverside Academy", 11, 14, new DateOnly(2020, 9, 1), null)).Build();

        var result = Evaluate(EligibilityRequirement.AgeRange, candidate);

        Assert.Equal(ComputedStatus.NotMet, result.Status);
        Assert.StartsWith("Taught key stage 3 within 11 to 16;", result.Reason);
    }

    [Fact]
    public void Posts_without_full_responsibility_are_ignored_for_the_age_range()
    {
        var candidate = new ApplicationBuilder().WithExperience(
            Post("Riverside Academy", 11, 14, new DateOnly(2020, 9, 1), null),
            new ExperienceEntryBuilder().At("Hillside School").AsRole("Cover supervisor").Teaching(14, 16)
                .Between(new DateOnly(2018, 9, 1), new DateOnly(2020, 8, 31)).WithoutFullResponsibility().Build()).Build();

        var result = Evaluate(EligibilityRequirement.AgeRange, candidate);

        Assert.Equal(ComputedStatus.NotMet, result.Status);
        Assert.StartsWith("Taught key stage 3 within 11 to 16;", result.Reason);
    }

    [Fact]
    public void No_teaching_within_the_range_is_not_met_and_said_so()
    {
        var candidate = new ApplicationBuilder().WithExperience(
            Post("Brook Primary", 5, 11, new DateOnly(2018, 9, 1), null)).Build();

        var result = Evaluate(EligibilityRequirement.AgeRange, candidate);

        Assert.Equal(ComputedStatus.NotMet, result.Status);
        Assert.Equal("No full-responsibility teaching within 11 to 16; the policy asks for two consecutive key stages of the age range", result.Reason);
    }

    [Fact]
    public void Three_key_stages_are_listed_in_order()
    {
        var candidate = new ApplicationBuilder().ForAgeRange(11, 18, "Physics").WithExperience(
            Post("Brook College", 16, 18, new DateOnly(2022, 9, 1), null),
            Post("Riverside Academy", 11, 16, new DateOnly(2019, 9, 1), new DateOnly(2022, 8, 31))).Build();

        var result = Evaluate(EligibilityRequirement.AgeRange, candidate);

        Assert.Equal(ComputedStatus.Met, result.Status);
        Assert.Equal("Taught key stage 3, key stage 4 and post-16 within 11 to 18", result.Reason);
    }

    [Fact]
    public void Early_years_and_key_stage_1_within_3_to_7_are_met()
    {
        var candidate = new ApplicationBuilder().ForAgeRange(3, 7).WithExperience(
            Post("Little Acorns Nursery", 3, 5, new DateOnly(2019, 9, 1), new DateOnly(2021, 8, 31)),
            Post("Brook Primary", 5, 7, new DateOnly(2021, 9, 1), null)).Build();

        var result = Evaluate(EligibilityRequirement.AgeRange, candidate);

        Assert.Equal(ComputedStatus.Met, result.Status);
        Assert.Equal("Taught early years (EYFS) and key stage 1 within 3 to 7", result.Reason);
    }

    [Fact]
    public void For_7_to_11_key_stage_2_with_key_stage_1_taught_as_well_is_met()
    {
        var candidate = new ApplicationBuilder().ForAgeRange(7, 11).WithExperience(
            Post("Brook Primary", 5, 11, new DateOnly(2019, 9, 1), null)).Build();

        var result = Evaluate(EligibilityRequirement.AgeRange, candidate);

        Assert.Equal(ComputedStatus.Met, result.Status);
        Assert.Equal("Taught key stage 2 within 7 to 11", result.Reason);
    }

    [Fact]
    public void For_7_to_11_key_stage_2_alone_is_not_met()
    {
        var candidate = new ApplicationBuilder().ForAgeRange(7, 11).WithExperience(
            Post("Brook Primary", 7, 11, new DateOnly(2019, 9, 1), null)).Build();

        var result = Evaluate(EligibilityRequirement.AgeRange, candidate);

        Assert.Equal(ComputedStatus.NotMet, result.Status);
        Assert.Equal("Taught key stage 2 within 7 to 11; the policy asks for two consecutive key stages of the age range", result.Reason);
    }

    [Fact]
    public void One_key_stage_is_enough_when_the_policy_does_not_ask_for_consecutive_ones()
    {
        var candidate = new ApplicationBuilder().WithExperience(
            Post("Riverside Academy", 11, 14, new DateOnly(2020, 9, 1), null)).Build();

        var result = Evaluate(EligibilityRequirement.AgeRange, candidate, Policy(consecutiveKeyStages: false));

        Assert.Equal(ComputedStatus.Met, result.Status);
        Assert.Equal("Taught key stage 3 within 11 to 16", result.Reason);
    }

    [Fact]
    public void No_key_stage_within_the_range_is_not_met_even_when_consecutive_ones_are_not_asked_for()
    {
        var candidate = new ApplicationBuilder().WithExperience(
            Post("Brook Primary", 5, 11, new DateOnly(2018, 9, 1), null)).Build();

        var result = Evaluate(EligibilityRequirement.AgeRange, candidate, Policy(consecutiveKeyStages: false));

        Assert.Equal(ComputedStatus.NotMet, result.Status);
        Assert.Equal("No full-responsibility teaching within 11 to 16; the policy asks for at least one key stage of the age range", result.Reason);
    }

    // Checks only the provider can make

    [Theory]
    [InlineData(EligibilityRequirement.FundamentalSkills, "fundamental English and maths")]
    [InlineData(EligibilityRequirement.Suitability, "interview")]
    [InlineData(EligibilityRequirement.Safeguarding, "DBS")]
    [InlineData(EligibilityRequirement.ReadyNow, "initial assessment")]
    [InlineData(EligibilityRequirement.SchoolSupport, "school lead")]
    public void Checks_only_the_provider_or_school_can_make_need_review_even_for_a_complete_application(EligibilityRequirement requirement, string phrase)
    {
        var candidate = new ApplicationBuilder().Complete().Build();

        var result = Evaluate(requirement, candidate);

        Assert.Equal(ComputedStatus.NeedsReview, result.Status);
        Assert.Contains(phrase, result.Reason);
    }

    // All requirements

    [Fact]
    public void Evaluate_gives_one_result_per_requirement_in_requirement_order()
    {
        var results = EligibilityEvaluator.Evaluate(new ApplicationBuilder().Build(), DefaultPolicy, Today);

        Assert.Equal(Enum.GetValues<EligibilityRequirement>(), results.Select(r => r.Requirement));
        Assert.All(results, r => Assert.False(string.IsNullOrWhiteSpace(r.Reason)));
    }

    [Fact]
    public void A_complete_secondary_application_meets_everything_the_application_can_show()
    {
        var candidate = new ApplicationBuilder().Complete().Build();

        var results = EligibilityEvaluator.Evaluate(candidate, DefaultPolicy, Today).ToDictionary(r => r.Requirement, r => r.Status);

        Assert.Equal(ComputedStatus.Met, results[EligibilityRequirement.Degree]);
        Assert.Equal(ComputedStatus.Met, results[EligibilityRequirement.GcseEnglish]);
        Assert.Equal(ComputedStatus.Met, results[EligibilityRequirement.GcseMaths]);
        Assert.Equal(ComputedStatus.NotApplicable, results[EligibilityRequirement.GcseScience]);
        Assert.Equal(ComputedStatus.Met, results[EligibilityRequirement.FitnessToTeach]);
        Assert.Equal(ComputedStatus.Met, results[EligibilityRequirement.TwoSchools]);
        Assert.Equal(ComputedStatus.Met, results[EligibilityRequirement.Experience]);
        Assert.Equal(ComputedStatus.Met, results[EligibilityRequirement.AgeRange]);
    }

    [Fact]
    public void A_complete_primary_application_meets_science_too()
    {
        var candidate = new ApplicationBuilder().Primary().Complete().Build();

        var results = EligibilityEvaluator.Evaluate(candidate, DefaultPolicy, Today).ToDictionary(r => r.Requirement, r => r.Status);

        Assert.Equal(ComputedStatus.Met, results[EligibilityRequirement.GcseScience]);
        Assert.Equal(ComputedStatus.Met, results[EligibilityRequirement.AgeRange]);
    }
}
