using System.Globalization;
using AoPortal.Domain.Applications;
using AoPortal.Domain.Common;

namespace AoPortal.Domain.Tests.Applications;

public class ExperienceEntryTests
{
    [Fact]
    public void A_valid_post_is_kept_trimmed()
    {
        var id = Guid.NewGuid();

        var entry = new ExperienceEntryBuilder()
            .WithId(id)
            .At("  Riverside Academy ")
            .InCountry(" England ")
            .AsRole(" Class teacher ")
            .Between(new DateOnly(2022, 9, 1), new DateOnly(2024, 8, 31))
            .WithFte(0.8m)
            .Teaching(7, 11)
            .Build();

        Assert.Equal(id, entry.Id);
        Assert.Equal("Riverside Academy", entry.SettingName);
        Assert.Equal("England", entry.Country);
        Assert.Equal("Class teacher", entry.RoleTitle);
        Assert.Equal(new DateOnly(2022, 9, 1), entry.StartDate);
        Assert.Equal(new DateOnly(2024, 8, 31), entry.EndDate);
        Assert.Equal(0.8m, entry.Fte);
        Assert.Equal(new AgesTaught(7, 11), entry.AgesTaught);
        Assert.True(entry.FullResponsibility);
    }

    [Fact]
    public void A_post_with_no_id_gets_a_new_one()
    {
        var first = new ExperienceEntryBuilder().WithId(Guid.Empty).Build();
        var second = new ExperienceEntryBuilder().WithId(Guid.Empty).Build();

        Assert.NotEqual(Guid.Empty, first.Id);
        Assert.NotEqual(first.Id, second.Id);
    }

    [Fact]
    public void An_end_date_before_the_start_date_is_refused()
    {
        var error = Assert.Throws<DomainRuleException>(() =>
            new ExperienceEntryBuilder().Between(new DateOnly(2023, 2, 1), new DateOnly(2023, 1, 31)).Build());

        Assert.Equal("The end date must be the same as or after the start date", error.Message);
        Assert.Equal("EndDate", error.Field);
    }

    [Fact]
    public void A_post_of_one_day_is_allowed()
    {
        var entry = new ExperienceEntryBuilder().Between(new DateOnly(2023, 2, 1), new DateOnly(2023, 2, 1)).Build();

        Assert.Equal(entry.StartDate, entry.EndDate);
    }

    [Fact]
    public void A_start_date_in_the_future_is_refused()
    {
        var error = Assert.Throws<DomainRuleException>(() =>
            new ExperienceEntryBuilder().From(TestClock.Today.AddDays(1)).Current().Build());

        Assert.Equal("The start date must be today or in the past", error.Message);
        Assert.Equal("StartDate", error.Field);
    }

    [Fact]
    public void An_end_date_in_the_future_is_refused()
    {
        var error = Assert.Throws<DomainRuleException>(() =>
            new ExperienceEntryBuilder().To(TestClock.Today.AddDays(1)).Build());

        Assert.Equal("The end date must be today or in the past", error.Message);
        Assert.Equal("EndDate", error.Field);
    }

    [Fact]
    public void A_start_date_before_1950_is_refused()
    {
        var error = Assert.Throws<DomainRuleException>(() =>
            new ExperienceEntryBuilder().From(new DateOnly(1949, 12, 31)).Build());

        Assert.Equal("StartDate", error.Field);
    }

    [Fact]
    public void A_post_starting_today_with_no_end_date_is_current()
    {
        var entry = new ExperienceEntryBuilder().From(TestClock.Today).Current().Build();

        Assert.Null(entry.EndDate);
        Assert.Equal(TestClock.Today, entry.LastDay(TestClock.Today));
    }

    [Fact]
    public void The_last_day_of_a_finished_post_is_its_end_date()
    {
        var entry = new ExperienceEntryBuilder().Build();

        Assert.Equal(new DateOnly(2024, 8, 31), entry.LastDay(TestClock.Today));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-0.5")]
    [InlineData("1.1")]
    [InlineData("1.01")]
    public void A_full_time_equivalent_not_above_0_and_up_to_1_is_refused(string fte)
    {
        var error = Assert.Throws<DomainRuleException>(() => new ExperienceEntryBuilder().WithFte(decimal.Parse(fte, CultureInfo.InvariantCulture)).Build());

        Assert.Equal("Full-time equivalent must be more than 0 and no more than 1, like 0.6", error.Message);
        Assert.Equal("Fte", error.Field);
    }

    [Theory]
    [InlineData("0.5")]
    [InlineData("1")]
    [InlineData("0.01")]
    public void A_full_time_equivalent_above_0_and_up_to_1_is_accepted(string fte)
    {
        var value = decimal.Parse(fte, CultureInfo.InvariantCulture);

        Assert.Equal(value, new ExperienceEntryBuilder().WithFte(value).Build().Fte);
    }

    public static TheoryData<string, Func<ExperienceEntryBuilder, ExperienceEntryBuilder>> MissingFields() => new()
    {
        { "Enter the name of the school or setting", b => b.At(" ") },
        { "Enter the country of the school or setting", b => b.InCountry("") },
        { "Enter your role", b => b.AsRole(" ") },
    };

    [Theory]
    [MemberData(nameof(MissingFields))]
    public void Setting_country_and_role_are_required(string message, Func<ExperienceEntryBuilder, ExperienceEntryBuilder> change)
    {
        var error = Assert.Throws<DomainRuleException>(() => change(new ExperienceEntryBuilder()).Build());

        Assert.Equal(message, error.Message);
    }
}
