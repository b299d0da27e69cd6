using AoPortal.Domain.Candidates;
using AoPortal.Domain.Common;
using AoPortal.Domain.Eligibility;
using AoPortal.Domain.Tests.Applications;

namespace AoPortal.Domain.Tests.Eligibility;

public class EligibilityPolicyTests
{
    private static readonly DateTime Now = TestClock.Now;

    private static EligibilityPolicy Policy(int version = 1, decimal years = 2m, int settings = 2, params EligibilityRequirement[] discretion) =>
        new(version, years, settings, true, true, discretion, AgeRange.Common, Now);

    [Fact]
    public void The_default_policy_follows_the_dfe_criteria()
    {
        var policy = EligibilityPolicy.Default(Now);

        Assert.Equal(1, policy.Version);
        Assert.Equal(2m, policy.MinimumYearsOfTeaching);
        Assert.Equal(2, policy.MinimumSettings);
        Assert.True(policy.RequireConsecutiveKeyStages);
        Assert.True(policy.RequireScienceForPrimary);
        Assert.Equal([EligibilityRequirement.Experience, EligibilityRequirement.AgeRange], policy.DiscretionAllowed);
        Assert.Equal(Now, policy.CreatedAt);
    }

    [Fact]
    public void A_policy_keeps_the_thresholds_it_is_given()
    {
        var policy = new EligibilityPolicy(3, 1.5m, 1, false, false, [], AgeRange.Common, Now);

        Assert.Equal(3, policy.Version);
        Assert.Equal(1.5m, policy.MinimumYearsOfTeaching);
        Assert.Equal(1, policy.MinimumSettings);
        Assert.False(policy.RequireConsecutiveKeyStages);
        Assert.False(policy.RequireScienceForPrimary);
        Assert.Empty(policy.DiscretionAllowed);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_version_below_1_is_refused(int version)
    {
        var error = Assert.Throws<DomainRuleException>(() => Policy(version: version));

        Assert.Equal("A policy version is 1 or more", error.Message);
    }

    [Theory]
    [InlineData("-0.5")]
    [InlineData("-1")]
    [InlineData("10.5")]
    public void Minimum_years_outside_0_to_10_are_refused(string years)
    {
        var error = Assert.Throws<DomainRuleException>(() => Policy(years: decimal.Parse(years, System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal("Minimum years of teaching must be between 0 and 10", error.Message);
        Assert.Equal("MinimumYearsOfTeaching", error.Field);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    public void Minimum_years_of_0_and_10_are_allowed(int years)
    {
        Assert.Equal(years, Policy(years: years).MinimumYearsOfTeaching);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(6)]
    public void Minimum_settings_outside_1_to_5_are_refused(int settings)
    {
        var error = Assert.Throws<DomainRuleException>(() => Policy(settings: settings));

        Assert.Equal("Minimum schools or settings must be between 1 and 5", error.Message);
        Assert.Equal("MinimumSettings", error.Field);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    public void Minimum_settings_of_1_and_5_are_allowed(int settings)
    {
        Assert.Equal(settings, Policy(settings: settings).MinimumSettings);
    }

    [Fact]
    public void The_requirements_open_to_discretion_are_listed_once_each_in_requirement_order()
    {
        var policy = Policy(discretion:
        [
            EligibilityRequirement.AgeRange, EligibilityRequirement.Degree, EligibilityRequirement.AgeRange,
            EligibilityRequirement.Experience, EligibilityRequirement.Degree,
        ]);

        Assert.Equal([EligibilityRequirement.Degree, EligibilityRequirement.Experience, EligibilityRequirement.AgeRange], policy.DiscretionAllowed);
    }

    [Fact]
    public void The_creation_time_must_be_utc()
    {
        Assert.Throws<ArgumentException>(() =>
            new EligibilityPolicy(1, 2m, 2, true, true, [], AgeRange.Common, DateTime.SpecifyKind(Now, DateTimeKind.Local)));
    }
}
