using AoPortal.Domain.Applications;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Common;

namespace AoPortal.Domain.Tests.Candidates;

public class AgeRangeTests
{
    public static TheoryData<int, int> CommonRanges()
    {
        var data = new TheoryData<int, int>();
        foreach (var range in AgeRange.Common) data.Add(range.FromAge, range.ToAge);
        return data;
    }

    [Theory]
    [MemberData(nameof(CommonRanges))]
    public void Every_common_range_round_trips_through_its_code(int fromAge, int toAge)
    {
        var range = new AgeRange(fromAge, toAge);

        Assert.Equal($"{fromAge}-{toAge}", range.Code);
        Assert.Equal(range, AgeRange.Parse(range.Code));
        Assert.True(AgeRange.TryParse(range.Code, out var parsed));
        Assert.Equal(range, parsed);
    }

    [Fact]
    public void The_common_ranges_are_those_providers_recommend()
    {
        Assert.Equal(
            new[] { "3-7", "3-11", "5-11", "7-11", "7-14", "11-16", "11-18", "14-19" },
            AgeRange.Common.Select(r => r.Code));
    }

    [Fact]
    public void The_code_and_the_text_read_as_expected()
    {
        var range = new AgeRange(11, 16);

        Assert.Equal("11-16", range.Code);
        Assert.Equal("11 to 16", range.ToString());
        Assert.Equal(11, range.FromAge);
        Assert.Equal(16, range.ToAge);
    }

    [Fact]
    public void Parse_allows_spaces_around_the_ages()
    {
        Assert.Equal(new AgeRange(7, 11), AgeRange.Parse(" 7 - 11 "));
    }

    [Theory]
    [InlineData(2, 7)]
    [InlineData(11, 20)]
    [InlineData(7, 10)]
    [InlineData(11, 11)]
    [InlineData(16, 11)]
    public void A_range_outside_3_to_19_or_spanning_fewer_than_four_years_is_refused(int fromAge, int toAge)
    {
        var error = Assert.Throws<DomainRuleException>(() => new AgeRange(fromAge, toAge));

        Assert.Equal("An age range must lie between 3 and 19 and span at least 4 years", error.Message);
    }

    [Theory]
    [InlineData(3, 19)]
    [InlineData(15, 19)]
    [InlineData(3, 7)]
    public void The_limits_themselves_are_allowed(int fromAge, int toAge)
    {
        var range = new AgeRange(fromAge, toAge);

        Assert.Equal(fromAge, range.FromAge);
        Assert.Equal(toAge, range.ToAge);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("11")]
    [InlineData("a-b")]
    [InlineData("11-12")]
    [InlineData("11-16-18")]
    [InlineData("2-7")]
    [InlineData("11 to 16")]
    public void TryParse_refuses_anything_that_is_not_a_valid_range(string? code)
    {
        Assert.False(AgeRange.TryParse(code, out var range));
        Assert.Equal(default, range);
    }

    [Fact]
    public void Parse_names_the_text_it_could_not_read()
    {
        var error = Assert.Throws<DomainRuleException>(() => AgeRange.Parse("11-12"));

        Assert.Equal("'11-12' is not an age range", error.Message);
    }

    [Theory]
    [InlineData(3, 7)]
    [InlineData(3, 11)]
    [InlineData(5, 11)]
    [InlineData(7, 11)]
    public void A_primary_range_needs_no_subject(int fromAge, int toAge)
    {
        Assert.False(new AgeRange(fromAge, toAge).NeedsSubject);
    }

    [Theory]
    [InlineData(7, 14)]
    [InlineData(11, 16)]
    [InlineData(11, 18)]
    [InlineData(14, 19)]
    public void A_range_reaching_past_eleven_needs_a_subject(int fromAge, int toAge)
    {
        Assert.True(new AgeRange(fromAge, toAge).NeedsSubject);
    }

    public static TheoryData<int, int, bool, AssessmentPhase, KeyStage[]> CommonRangesDescribed() => new()
    {
        { 3, 7, true, AssessmentPhase.Primary, [KeyStage.EarlyYears, KeyStage.KeyStage1] },
        { 3, 11, true, AssessmentPhase.Primary, [KeyStage.EarlyYears, KeyStage.KeyStage1, KeyStage.KeyStage2] },
        { 5, 11, true, AssessmentPhase.Primary, [KeyStage.KeyStage1, KeyStage.KeyStage2] },
        { 7, 11, true, AssessmentPhase.Primary, [KeyStage.KeyStage2] },
        { 7, 14, true, AssessmentPhase.Middle, [KeyStage.KeyStage2, KeyStage.KeyStage3] },
        { 11, 16, false, AssessmentPhase.Secondary, [KeyStage.KeyStage3, KeyStage.KeyStage4] },
        { 11, 18, false, AssessmentPhase.Secondary, [KeyStage.KeyStage3, KeyStage.KeyStage4, KeyStage.Post16] },
        { 14, 19, false, AssessmentPhase.Secondary, [KeyStage.KeyStage4, KeyStage.Post16] },
    };

    [Theory]
    [MemberData(nameof(CommonRangesDescribed))]
    public void Each_common_range_has_its_phase_key_stages_and_whether_it_reaches_primary_ages(
        int fromAge, int toAge, bool reachesPrimary, AssessmentPhase phase, KeyStage[] keyStages)
    {
        var range = new AgeRange(fromAge, toAge);

        Assert.Equal(reachesPrimary, range.ReachesPrimary);
        Assert.Equal(phase, range.Phase);
        Assert.Equal(keyStages, range.KeyStages);
    }

    [Fact]
    public void Every_common_range_is_described_by_the_test_above()
    {
        var described = CommonRangesDescribed().Select(row => $"{row[0]}-{row[1]}");

        Assert.Equal(AgeRange.Common.Select(r => r.Code), described);
    }
}
