using AoPortal.Domain.Applications;
using AoPortal.Domain.Assessments;
using AoPortal.Domain.Candidates;
using static AoPortal.Domain.Tests.Assessments.AssessedCandidate;
using static AoPortal.Domain.Tests.Assessments.AssessmentRecordTests;

namespace AoPortal.Domain.Tests.Assessments;

public class ObservationCoverageTests
{
    private static readonly DateOnly Today = new(2026, 10, 5);
    private static readonly DateTime Later = new(2026, 10, 5, 15, 0, 0, DateTimeKind.Utc);
    private static readonly string[] Schools = ["Riverside Academy", "Hillside School"];

    private static ObservationCoverage CoverageOf(AgeRange range, params (string School, YearGroup Year)[] lessons)
    {
        var (_, plan) = Started();
        var records = lessons.Select(l => AssessmentRecord.Draft(plan, Observed(Today, l.School, l.Year), Schools, Assessor, Later, Today).Record);
        return ObservationCoverage.Of(range, records);
    }

    [Fact]
    public void Nothing_observed_says_what_is_needed()
    {
        var coverage = CoverageOf(new AgeRange(11, 16));

        Assert.False(coverage.IsMet);
        Assert.Equal("No lessons observed yet. The assessment needs lessons in two consecutive key stages of 11 to 16, in at least two schools.", coverage.Summary);
    }

    [Fact]
    public void Two_consecutive_key_stages_in_two_schools_is_met()
    {
        var coverage = CoverageOf(new AgeRange(11, 16), ("Riverside Academy", YearGroup.Year8), ("Hillside School", YearGroup.Year10));

        Assert.True(coverage.IsMet);
        Assert.Equal([KeyStage.KeyStage3, KeyStage.KeyStage4], coverage.KeyStages);
        Assert.Equal("Observed in key stage 3 and key stage 4 at Hillside School and Riverside Academy. That covers two consecutive key stages of 11 to 16 in two schools.", coverage.Summary);
    }

    [Fact]
    public void One_school_is_not_enough()
    {
        var coverage = CoverageOf(new AgeRange(11, 16), ("Riverside Academy", YearGroup.Year8), ("riverside academy", YearGroup.Year10));

        Assert.True(coverage.CoversTwoConsecutiveKeyStages);
        Assert.False(coverage.CoversTwoSchools);
        Assert.Equal("Observed in key stage 3 and key stage 4 at Riverside Academy. Still needed: an observation at a second school.", coverage.Summary);
    }

    [Fact]
    public void One_key_stage_is_not_enough()
    {
        var coverage = CoverageOf(new AgeRange(11, 16), ("Riverside Academy", YearGroup.Year7), ("Hillside School", YearGroup.Year9));

        Assert.False(coverage.CoversTwoConsecutiveKeyStages);
        Assert.Equal("Observed in key stage 3 at Hillside School and Riverside Academy. Still needed: lessons in two consecutive key stages of 11 to 16.", coverage.Summary);
    }

    [Fact]
    public void Key_stages_outside_the_age_range_do_not_count()
    {
        var coverage = CoverageOf(new AgeRange(11, 16), ("Riverside Academy", YearGroup.Year10), ("Hillside School", YearGroup.Year12));

        Assert.False(coverage.CoversTwoConsecutiveKeyStages);
    }

    [Fact]
    public void A_range_inside_one_key_stage_takes_that_stage_and_a_neighbour()
    {
        Assert.True(CoverageOf(new AgeRange(7, 11), ("Riverside Academy", YearGroup.Year4), ("Hillside School", YearGroup.Year2)).IsMet);
        Assert.False(CoverageOf(new AgeRange(7, 11), ("Riverside Academy", YearGroup.Year4), ("Hillside School", YearGroup.Year6)).IsMet);
    }

    [Fact]
    public void Discussions_do_not_count_as_lessons()
    {
        var (_, plan) = Started();
        var discussion = AssessmentRecord.Draft(plan, RecordContent.Discussion(Today, ["SEND"], null, [Met("TS5")]), Schools, Assessor, Later, Today).Record;

        Assert.Empty(ObservationCoverage.Of(new AgeRange(11, 16), [discussion]).KeyStages);
    }

    [Theory]
    [InlineData(YearGroup.Nursery, KeyStage.EarlyYears)]
    [InlineData(YearGroup.Reception, KeyStage.EarlyYears)]
    [InlineData(YearGroup.Year2, KeyStage.KeyStage1)]
    [InlineData(YearGroup.Year3, KeyStage.KeyStage2)]
    [InlineData(YearGroup.Year6, KeyStage.KeyStage2)]
    [InlineData(YearGroup.Year7, KeyStage.KeyStage3)]
    [InlineData(YearGroup.Year11, KeyStage.KeyStage4)]
    [InlineData(YearGroup.Year12, KeyStage.Post16)]
    public void Each_year_group_falls_in_its_key_stage(YearGroup year, KeyStage stage) =>
        Assert.Equal(stage, year.KeyStageOf());
}
