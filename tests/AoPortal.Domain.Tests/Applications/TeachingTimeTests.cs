using AoPortal.Domain.Applications;

namespace AoPortal.Domain.Tests.Applications;

public class TeachingTimeTests
{
    [Theory]
    [InlineData("1", "1 year")]
    [InlineData("2", "2 years")]
    [InlineData("2.25", "2 years 3 months")]
    [InlineData("1.5", "1 year 6 months")]
    public void Whole_and_part_years_read_in_years_and_months(string years, string expected)
    {
        var time = TeachingTime.FromYears(decimal.Parse(years, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, time.ToString());
    }

    [Theory]
    [InlineData(31, "1 month")]
    [InlineData(61, "2 months")]
    [InlineData(335, "11 months")]
    [InlineData(30, "less than a month")]
    [InlineData(0, "less than a month")]
    public void Less_than_a_year_reads_in_months(int days, string expected)
    {
        Assert.Equal(expected, new TeachingTime(days).ToString());
    }

    [Fact]
    public void Part_months_are_rounded_down()
    {
        // A month is a twelfth of 365.25 days: 30.4375.
        Assert.Equal("less than a month", new TeachingTime(30.4m).ToString());
        Assert.Equal("1 month", new TeachingTime(30.4375m).ToString());
    }

    [Fact]
    public void A_year_is_365_full_time_days()
    {
        Assert.Equal(1m, new TeachingTime(365m).Years);
        Assert.Equal(730m, TeachingTime.FromYears(2).FullTimeDays);
    }

    [Fact]
    public void Two_school_years_without_a_leap_day_are_two_years()
    {
        var time = new TeachingTime(new DateOnly(2023, 9, 1).DayNumber - new DateOnly(2021, 9, 1).DayNumber);

        Assert.Equal(2m, time.Years);
        Assert.Equal("2 years", time.ToString());
    }
}
