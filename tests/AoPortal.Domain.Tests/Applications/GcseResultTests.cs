using AoPortal.Domain.Applications;
using AoPortal.Domain.Common;

namespace AoPortal.Domain.Tests.Applications;

public class GcseResultTests
{
    [Theory]
    [InlineData("4")]
    [InlineData("5")]
    [InlineData("6")]
    [InlineData("7")]
    [InlineData("8")]
    [InlineData("9")]
    [InlineData("C")]
    [InlineData("B")]
    [InlineData("A")]
    [InlineData("A*")]
    [InlineData("a*")]
    [InlineData(" 4 ")]
    public void A_gcse_at_grade_4_or_c_and_above_is_a_standard_pass(string grade)
    {
        Assert.True(new GcseResultBuilder().WithGrade(grade).Build().IsStandardPass);
    }

    [Theory]
    [InlineData("5-4")]
    [InlineData("4-4")]
    [InlineData("9-9")]
    [InlineData("5 - 4")]
    public void A_combined_science_double_grade_of_4_4_and_above_is_a_standard_pass(string grade)
    {
        Assert.True(new GcseResultBuilder().In(GcseSubject.Science).WithGrade(grade).Build().IsStandardPass);
    }

    [Theory]
    [InlineData("3")]
    [InlineData("1")]
    [InlineData("D")]
    [InlineData("E")]
    [InlineData("3-3")]
    [InlineData("4-3")]
    [InlineData("U")]
    public void A_gcse_below_grade_4_or_c_is_not_a_standard_pass(string grade)
    {
        Assert.False(new GcseResultBuilder().WithGrade(grade).Build().IsStandardPass);
    }

    [Fact]
    public void A_gcse_is_recorded_as_a_gcse_whatever_qualification_name_is_given()
    {
        var result = new GcseResult(GcseSubject.Maths, true, "ignored", "7", 2008, TestClock.Today);

        Assert.Equal(GcseSubject.Maths, result.Subject);
        Assert.True(result.IsGcse);
        Assert.Equal("GCSE", result.Qualification);
        Assert.Equal("7", result.Grade);
        Assert.Equal(2008, result.Year);
    }

    [Fact]
    public void An_equivalent_keeps_its_qualification_name_and_is_never_a_standard_pass()
    {
        var result = new GcseResultBuilder().Equivalent(" O level ").WithGrade("A").WithYear(1985).Build();

        Assert.False(result.IsGcse);
        Assert.Equal("O level", result.Qualification);
        Assert.False(result.IsStandardPass);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    public void An_equivalent_needs_the_name_of_the_qualification(string? qualification)
    {
        var error = Assert.Throws<DomainRuleException>(() => new GcseResultBuilder().Equivalent(qualification).Build());

        Assert.Equal("Enter the name of the equivalent qualification", error.Message);
    }

    [Fact]
    public void A_grade_is_required()
    {
        var error = Assert.Throws<DomainRuleException>(() => new GcseResultBuilder().WithGrade(" ").Build());

        Assert.Equal("Enter the grade", error.Message);
    }

    [Fact]
    public void A_year_before_1950_is_refused()
    {
        var error = Assert.Throws<DomainRuleException>(() => new GcseResultBuilder().WithYear(1949).Build());

        Assert.Equal("The year of the qualification must be 1950 or later", error.Message);
        Assert.Equal("Year", error.Field);
    }

    [Fact]
    public void A_year_after_this_year_is_refused()
    {
        var error = Assert.Throws<DomainRuleException>(() => new GcseResultBuilder().WithYear(2027).Build());

        Assert.Equal("The year of the qualification must be this year or earlier", error.Message);
        Assert.Equal("Year", error.Field);
    }

    [Fact]
    public void A_qualification_from_this_year_is_accepted()
    {
        Assert.Equal(2026, new GcseResultBuilder().WithYear(2026).Build().Year);
    }

    [Fact]
    public void An_unknown_subject_is_refused()
    {
        var error = Assert.Throws<DomainRuleException>(() => new GcseResultBuilder().In((GcseSubject)99).Build());

        Assert.Equal("Subject", error.Field);
    }
}
