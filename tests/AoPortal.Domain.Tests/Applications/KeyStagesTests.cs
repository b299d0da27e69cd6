using AoPortal.Domain.Applications;

namespace AoPortal.Domain.Tests.Applications;

public class KeyStagesTests
{
    public static TheoryData<int, int, KeyStage[]> RangesAndTheirKeyStages() => new()
    {
        { 3, 5, [KeyStage.EarlyYears] },
        { 3, 7, [KeyStage.EarlyYears, KeyStage.KeyStage1] },
        { 5, 11, [KeyStage.KeyStage1, KeyStage.KeyStage2] },
        { 11, 16, [KeyStage.KeyStage3, KeyStage.KeyStage4] },
        { 11, 18, [KeyStage.KeyStage3, KeyStage.KeyStage4, KeyStage.Post16] },
        { 7, 14, [KeyStage.KeyStage2, KeyStage.KeyStage3] },
        { 14, 19, [KeyStage.KeyStage4, KeyStage.Post16] },
        { 3, 19, [KeyStage.EarlyYears, KeyStage.KeyStage1, KeyStage.KeyStage2, KeyStage.KeyStage3, KeyStage.KeyStage4, KeyStage.Post16] },
    };

    [Theory]
    [MemberData(nameof(RangesAndTheirKeyStages))]
    public void Covering_lists_the_key_stages_the_ages_fall_in_in_order(int fromAge, int toAge, KeyStage[] expected)
    {
        Assert.Equal(expected, KeyStages.Covering(fromAge, toAge));
    }

    [Fact]
    public void Ages_7_to_11_are_key_stage_2_only_not_key_stage_1()
    {
        Assert.Equal([KeyStage.KeyStage2], KeyStages.Covering(7, 11));
    }

    [Fact]
    public void Ages_11_to_14_are_key_stage_3_only()
    {
        Assert.Equal([KeyStage.KeyStage3], KeyStages.Covering(11, 14));
    }

    [Fact]
    public void Ages_that_cross_a_boundary_by_one_year_reach_into_the_next_key_stage()
    {
        Assert.Equal([KeyStage.KeyStage2, KeyStage.KeyStage3], KeyStages.Covering(10, 12));
    }

    [Fact]
    public void Key_stage_3_and_4_within_11_to_16_are_two_consecutive_key_stages()
    {
        Assert.True(KeyStages.IncludesTwoConsecutiveWithin([KeyStage.KeyStage3, KeyStage.KeyStage4], KeyStages.Covering(11, 16)));
    }

    [Fact]
    public void Key_stage_2_and_4_are_not_consecutive()
    {
        Assert.False(KeyStages.IncludesTwoConsecutiveWithin(
            [KeyStage.KeyStage2, KeyStage.KeyStage4], KeyStages.Covering(7, 16)));
    }

    [Fact]
    public void Key_stage_2_and_3_do_not_count_for_11_to_16_because_key_stage_2_lies_outside_it()
    {
        Assert.False(KeyStages.IncludesTwoConsecutiveWithin(
            [KeyStage.KeyStage2, KeyStage.KeyStage3], [KeyStage.KeyStage3, KeyStage.KeyStage4]));
    }

    [Fact]
    public void Early_years_and_key_stage_1_within_3_to_7_are_two_consecutive_key_stages()
    {
        Assert.True(KeyStages.IncludesTwoConsecutiveWithin([KeyStage.EarlyYears, KeyStage.KeyStage1], KeyStages.Covering(3, 7)));
    }

    [Fact]
    public void One_key_stage_alone_is_not_two_consecutive_key_stages()
    {
        Assert.False(KeyStages.IncludesTwoConsecutiveWithin([KeyStage.KeyStage3, KeyStage.KeyStage3], KeyStages.Covering(11, 16)));
    }

    [Fact]
    public void The_order_in_which_key_stages_were_taught_does_not_matter()
    {
        Assert.True(KeyStages.IncludesTwoConsecutiveWithin([KeyStage.KeyStage4, KeyStage.KeyStage3], KeyStages.Covering(11, 16)));
    }

    [Fact]
    public void Within_7_to_11_which_is_all_key_stage_2_key_stage_2_and_a_key_stage_next_to_it_count()
    {
        IReadOnlyList<KeyStage> assessed = KeyStages.Covering(7, 11);

        Assert.True(KeyStages.IncludesTwoConsecutiveWithin([KeyStage.KeyStage1, KeyStage.KeyStage2], assessed));
        Assert.True(KeyStages.IncludesTwoConsecutiveWithin([KeyStage.KeyStage2, KeyStage.KeyStage3], assessed));
    }

    [Fact]
    public void Within_7_to_11_key_stage_2_alone_does_not_count()
    {
        Assert.False(KeyStages.IncludesTwoConsecutiveWithin([KeyStage.KeyStage2], KeyStages.Covering(7, 11)));
    }

    [Fact]
    public void Within_7_to_11_two_consecutive_key_stages_without_key_stage_2_do_not_count()
    {
        Assert.False(KeyStages.IncludesTwoConsecutiveWithin([KeyStage.KeyStage3, KeyStage.KeyStage4], KeyStages.Covering(7, 11)));
        Assert.False(KeyStages.IncludesTwoConsecutiveWithin([KeyStage.KeyStage1, KeyStage.KeyStage3], KeyStages.Covering(7, 11)));
    }

    [Theory]
    [InlineData(KeyStage.EarlyYears, "early years (EYFS)")]
    [InlineData(KeyStage.KeyStage1, "key stage 1")]
    [InlineData(KeyStage.KeyStage4, "key stage 4")]
    [InlineData(KeyStage.Post16, "post-16")]
    public void Each_key_stage_has_a_name_to_show(KeyStage stage, string name)
    {
        Assert.Equal(name, stage.DisplayName());
    }
}
