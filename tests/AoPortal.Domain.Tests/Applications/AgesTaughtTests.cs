using AoPortal.Domain.Applications;
using AoPortal.Domain.Common;

namespace AoPortal.Domain.Tests.Applications;

public class AgesTaughtTests
{
    [Fact]
    public void Ages_7_to_11_are_valid_and_are_key_stage_2()
    {
        var ages = new AgesTaught(7, 11);

        Assert.Equal(7, ages.FromAge);
        Assert.Equal(11, ages.ToAge);
        Assert.Equal([KeyStage.KeyStage2], ages.KeyStages);
        Assert.Equal("7 to 11", ages.ToString());
    }

    [Theory]
    [InlineData(2, 3)]
    [InlineData(18, 19)]
    [InlineData(2, 19)]
    public void The_limits_2_and_19_and_a_one_year_span_are_allowed(int fromAge, int toAge)
    {
        var ages = new AgesTaught(fromAge, toAge);

        Assert.Equal(fromAge, ages.FromAge);
        Assert.Equal(toAge, ages.ToAge);
    }

    [Theory]
    [InlineData(1, 5)]
    [InlineData(5, 20)]
    [InlineData(7, 7)]
    [InlineData(9, 7)]
    public void Ages_outside_2_to_19_or_not_in_order_are_refused(int fromAge, int toAge)
    {
        var error = Assert.Throws<DomainRuleException>(() => new AgesTaught(fromAge, toAge));

        Assert.Equal("Ages taught must lie between 2 and 19, the first younger than the second", error.Message);
        Assert.Equal("AgesFrom", error.Field);
    }
}
