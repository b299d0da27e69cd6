using AoPortal.Domain.Applications;
using AoPortal.Domain.Common;

namespace AoPortal.Domain.Tests.Applications;

public class DegreeTests
{
    [Fact]
    public void A_uk_degree_is_kept_trimmed()
    {
        var degree = new DegreeBuilder()
            .WithSubject(" History ")
            .WithInstitution(" University of York ")
            .WithCountry(" England ")
            .WithAwardYear(2010)
            .WithClassification(" 2:1 ")
            .Build();

        Assert.Equal("History", degree.Subject);
        Assert.Equal("University of York", degree.Institution);
        Assert.Equal("England", degree.Country);
        Assert.Equal(2010, degree.AwardYear);
        Assert.Equal("2:1", degree.Classification);
        Assert.Null(degree.EnicReference);
        Assert.False(degree.IsOverseas);
    }

    [Theory]
    [InlineData("England")]
    [InlineData("United Kingdom")]
    [InlineData("united kingdom")]
    [InlineData("Wales")]
    [InlineData("Scotland")]
    [InlineData("Northern Ireland")]
    public void A_degree_from_the_uk_is_not_overseas_and_needs_no_enic_reference(string country)
    {
        var degree = new DegreeBuilder().WithCountry(country).WithEnicReference(null).Build();

        Assert.False(degree.IsOverseas);
    }

    [Fact]
    public void An_overseas_degree_with_an_enic_reference_is_accepted()
    {
        var degree = new DegreeBuilder().Overseas("India", " ENIC-4000123 ").Build();

        Assert.True(degree.IsOverseas);
        Assert.Equal("ENIC-4000123", degree.EnicReference);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void An_overseas_degree_without_an_enic_reference_is_refused(string? enicReference)
    {
        var error = Assert.Throws<DomainRuleException>(() => new DegreeBuilder().Overseas("India", enicReference).Build());

        Assert.Equal("Enter the UK ENIC reference for a degree from outside the UK", error.Message);
        Assert.Equal("EnicReference", error.Field);
    }

    [Fact]
    public void An_award_year_before_1950_is_refused()
    {
        var error = Assert.Throws<DomainRuleException>(() => new DegreeBuilder().WithAwardYear(1949).Build());

        Assert.Equal("The year your degree was awarded must be 1950 or later", error.Message);
        Assert.Equal("AwardYear", error.Field);
    }

    [Fact]
    public void An_award_year_after_this_year_is_refused()
    {
        var error = Assert.Throws<DomainRuleException>(() => new DegreeBuilder().WithAwardYear(TestClock.Today.Year + 1).Build());

        Assert.Equal("The year your degree was awarded must be this year or earlier", error.Message);
        Assert.Equal("AwardYear", error.Field);
    }

    [Theory]
    [InlineData(1950)]
    [InlineData(2026)]
    public void An_award_year_from_1950_to_this_year_is_accepted(int year)
    {
        Assert.Equal(year, new DegreeBuilder().WithAwardYear(year).Build().AwardYear);
    }

    [Fact]
    public void The_classification_is_optional()
    {
        Assert.Null(new DegreeBuilder().WithClassification(" ").Build().Classification);
    }

    public static TheoryData<string, Func<DegreeBuilder, DegreeBuilder>> MissingFields() => new()
    {
        { "Enter the subject of your degree", b => b.WithSubject(" ") },
        { "Enter the university or college that awarded your degree", b => b.WithInstitution("") },
        { "Enter the country where you studied", b => b.WithCountry(" ") },
    };

    [Theory]
    [MemberData(nameof(MissingFields))]
    public void Subject_institution_and_country_are_required(string message, Func<DegreeBuilder, DegreeBuilder> change)
    {
        var error = Assert.Throws<DomainRuleException>(() => change(new DegreeBuilder()).Build());

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void An_overlong_subject_is_refused()
    {
        var error = Assert.Throws<DomainRuleException>(() => new DegreeBuilder().WithSubject(new string('a', 201)).Build());

        Assert.Contains("200 characters or fewer", error.Message);
    }
}
