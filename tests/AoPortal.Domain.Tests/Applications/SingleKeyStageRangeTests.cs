using AoPortal.Domain.Applications;
using AoPortal.Domain.Candidates;

namespace AoPortal.Domain.Tests.Applications;

/// <summary>7 to 11 lies wholly in key stage 2, so "two consecutive key stages" means key stage 2 and one next to it.</summary>
public sealed class SingleKeyStageRangeTests
{
    private static readonly IReadOnlyList<KeyStage> SevenToEleven = new AgeRange(7, 11).KeyStages;

    [Fact]
    public void Seven_to_eleven_is_key_stage_2_alone() => Assert.Equal([KeyStage.KeyStage2], SevenToEleven);

    [Theory]
    [InlineData(KeyStage.KeyStage1)]
    [InlineData(KeyStage.KeyStage3)]
    public void Key_stage_2_with_a_neighbouring_key_stage_counts_for_seven_to_eleven(KeyStage neighbour) =>
        Assert.True(KeyStages.IncludesTwoConsecutiveWithin([KeyStage.KeyStage2, neighbour], SevenToEleven));

    [Fact]
    public void Key_stage_2_alone_does_not_count_for_seven_to_eleven() =>
        Assert.False(KeyStages.IncludesTwoConsecutiveWithin([KeyStage.KeyStage2], SevenToEleven));

    [Fact]
    public void Neighbours_without_key_stage_2_do_not_count_for_seven_to_eleven() =>
        Assert.False(KeyStages.IncludesTwoConsecutiveWithin([KeyStage.KeyStage1, KeyStage.KeyStage3], SevenToEleven));

    [Fact]
    public void A_range_across_key_stages_still_needs_both_within_it() =>
        Assert.False(KeyStages.IncludesTwoConsecutiveWithin([KeyStage.KeyStage2, KeyStage.KeyStage3], new AgeRange(11, 16).KeyStages));
}
