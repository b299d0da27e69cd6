using AoPortal.Application.Common;

namespace AoPortal.Application.Tests.Applications;

public sealed class DatePartsTests
{
    private static DateParts Parts(string? day, string? month, string? year) => new() { Day = day, Month = month, Year = year };

    [Fact]
    public void Three_parts_that_make_a_real_date_give_that_date() =>
        Assert.Equal(new DateOnly(2020, 3, 5), Parts("5", "3", "2020").AsDate);

    [Fact]
    public void Parts_with_leading_zeros_and_spaces_around_them_still_give_the_date() =>
        Assert.Equal(new DateOnly(2020, 3, 5), Parts(" 05 ", "03", " 2020").AsDate);

    [Fact]
    public void The_29th_of_February_is_a_real_date_in_a_leap_year_only()
    {
        Assert.Equal(new DateOnly(2020, 2, 29), Parts("29", "2", "2020").AsDate);
        Assert.Null(Parts("29", "2", "2021").AsDate);
    }

    [Theory]
    [InlineData("31", "2", "2020")]
    [InlineData("31", "4", "2020")]
    [InlineData("1", "13", "2020")]
    [InlineData("1", "0", "2020")]
    [InlineData("0", "1", "2020")]
    [InlineData("32", "1", "2020")]
    [InlineData("1", "1", "0")]
    [InlineData("1", "1", "10000")]
    [InlineData("-1", "1", "2020")]
    public void Parts_that_make_no_real_date_give_no_date(string day, string month, string year) =>
        Assert.Null(Parts(day, month, year).AsDate);

    [Theory]
    [InlineData(null, null, null)]
    [InlineData("", "", "")]
    [InlineData("1", "", "2020")]
    [InlineData("1", "1", null)]
    public void Missing_parts_give_no_date(string? day, string? month, string? year) =>
        Assert.Null(Parts(day, month, year).AsDate);

    [Theory]
    [InlineData("first", "1", "2020")]
    [InlineData("1", "March", "2020")]
    [InlineData("1", "1", "twenty")]
    [InlineData("1.5", "1", "2020")]
    public void Parts_that_are_not_whole_numbers_give_no_date(string day, string month, string year) =>
        Assert.Null(Parts(day, month, year).AsDate);

    [Theory]
    [InlineData(null, null, null)]
    [InlineData("", " ", "")]
    public void Parts_left_blank_are_empty_and_not_complete(string? day, string? month, string? year)
    {
        var parts = Parts(day, month, year);
        Assert.True(parts.IsEmpty);
        Assert.False(parts.IsComplete);
    }

    [Theory]
    [InlineData("1", null, null)]
    [InlineData(null, "1", null)]
    [InlineData(null, null, "2020")]
    [InlineData("1", "1", " ")]
    public void Parts_partly_filled_in_are_neither_empty_nor_complete(string? day, string? month, string? year)
    {
        var parts = Parts(day, month, year);
        Assert.False(parts.IsEmpty);
        Assert.False(parts.IsComplete);
    }

    [Fact]
    public void Three_parts_filled_in_are_complete_even_when_they_make_no_real_date()
    {
        var parts = Parts("31", "2", "2020");
        Assert.True(parts.IsComplete);
        Assert.False(parts.IsEmpty);
    }

    [Fact]
    public void A_date_splits_into_its_parts_and_back()
    {
        var date = new DateOnly(1990, 2, 3);

        var parts = DateParts.From(date);

        Assert.Equal("3", parts.Day);
        Assert.Equal("2", parts.Month);
        Assert.Equal("1990", parts.Year);
        Assert.Equal(date, parts.AsDate);
    }

    [Fact]
    public void No_date_gives_empty_parts()
    {
        var parts = DateParts.From(null);

        Assert.True(parts.IsEmpty);
        Assert.Null(parts.AsDate);
    }
}
