using AoPortal.Domain.Applications;
using AoPortal.Domain.Common;

namespace AoPortal.Domain.Tests.Applications;

public class PersonalDetailsTests
{
    [Fact]
    public void Valid_details_are_kept_trimmed_with_the_postcode_in_capitals()
    {
        var details = new PersonalDetailsBuilder()
            .WithFirstNames("  Mary Jane ")
            .WithLastName(" O'Neill ")
            .WithPreviousNames("  Mary Smith ")
            .WithDateOfBirth(new DateOnly(1985, 6, 30))
            .WithPhone(" 07700 900123 ")
            .WithAddress(" 1 High Street, Leeds ")
            .WithPostcode("  ls1 4ab ")
            .WithTrn(" 1234567 ")
            .WithNationality(" Irish ")
            .Build();

        Assert.Equal("Mary Jane", details.LegalFirstNames);
        Assert.Equal("O'Neill", details.LegalLastName);
        Assert.Equal("Mary Smith", details.PreviousNames);
        Assert.Equal(new DateOnly(1985, 6, 30), details.DateOfBirth);
        Assert.Equal("07700 900123", details.Phone);
        Assert.Equal("1 High Street, Leeds", details.Address);
        Assert.Equal("LS1 4AB", details.Postcode);
        Assert.Equal("1234567", details.Trn);
        Assert.Equal("Irish", details.Nationality);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Empty_previous_names_and_trn_are_kept_as_nothing(string? empty)
    {
        var details = new PersonalDetailsBuilder().WithPreviousNames(empty).WithTrn(empty).Build();

        Assert.Null(details.PreviousNames);
        Assert.Null(details.Trn);
    }

    [Fact]
    public void A_date_of_birth_before_1950_is_refused()
    {
        var error = Assert.Throws<DomainRuleException>(() =>
            new PersonalDetailsBuilder().WithDateOfBirth(new DateOnly(1949, 12, 31)).Build());

        Assert.Equal("Date of birth must be in 1950 or later", error.Message);
        Assert.Equal("DateOfBirth", error.Field);
    }

    [Fact]
    public void A_date_of_birth_on_1_January_1950_is_accepted()
    {
        var details = new PersonalDetailsBuilder().WithDateOfBirth(new DateOnly(1950, 1, 1)).Build();

        Assert.Equal(new DateOnly(1950, 1, 1), details.DateOfBirth);
    }

    [Fact]
    public void A_date_of_birth_in_the_future_is_refused()
    {
        var error = Assert.Throws<DomainRuleException>(() =>
            new PersonalDetailsBuilder().WithDateOfBirth(TestClock.Today.AddDays(1)).Build());

        Assert.Equal("Date of birth must be today or in the past", error.Message);
        Assert.Equal("DateOfBirth", error.Field);
    }

    [Fact]
    public void Someone_under_18_is_refused()
    {
        var error = Assert.Throws<DomainRuleException>(() =>
            new PersonalDetailsBuilder().WithDateOfBirth(new DateOnly(2010, 1, 1)).Build());

        Assert.Equal("You must be at least 18 to apply", error.Message);
        Assert.Equal("DateOfBirth", error.Field);
    }

    [Fact]
    public void Someone_who_turns_18_today_may_apply()
    {
        var eighteenToday = TestClock.Today.AddYears(-18);

        var details = new PersonalDetailsBuilder().WithDateOfBirth(eighteenToday).Build();

        Assert.Equal(new DateOnly(2008, 11, 22), details.DateOfBirth);
    }

    [Fact]
    public void Someone_who_turns_18_tomorrow_is_refused()
    {
        var eighteenTomorrow = TestClock.Today.AddYears(-18).AddDays(1);

        var error = Assert.Throws<DomainRuleException>(() => new PersonalDetailsBuilder().WithDateOfBirth(eighteenTomorrow).Build());

        Assert.Equal("DateOfBirth", error.Field);
    }

    [Theory]
    [InlineData("123456")]
    [InlineData("12345678")]
    [InlineData("12a4567")]
    [InlineData("123 567")]
    public void A_trn_that_is_not_7_digits_is_refused(string trn)
    {
        Assert.Throws<DomainRuleException>(() => new PersonalDetailsBuilder().WithTrn(trn).Build());
    }

    [Theory]
    [InlineData("123456")]
    [InlineData("12a4567")]
    public void A_trn_of_7_characters_that_is_not_7_digits_is_explained_on_the_trn_field(string trn)
    {
        var error = Assert.Throws<DomainRuleException>(() => new PersonalDetailsBuilder().WithTrn(trn).Build());

        Assert.Equal("TRN must be 7 digits, like 1234567", error.Message);
        Assert.Equal("Trn", error.Field);
    }

    [Fact]
    public void A_trn_of_7_digits_is_accepted()
    {
        Assert.Equal("1234567", new PersonalDetailsBuilder().WithTrn("1234567").Build().Trn);
    }

    [Theory]
    [InlineData("1234567", true)]
    [InlineData("0000001", true)]
    [InlineData(null, false)]
    [InlineData("", false)]
    [InlineData("123456", false)]
    [InlineData("12345678", false)]
    [InlineData("１２３４５６７", false)]
    public void IsValidTrn_accepts_exactly_7_ascii_digits(string? trn, bool valid)
    {
        Assert.Equal(valid, PersonalDetails.IsValidTrn(trn));
    }

    public static TheoryData<string, Func<PersonalDetailsBuilder, PersonalDetailsBuilder>> MissingFields() => new()
    {
        { "Enter your first names", b => b.WithFirstNames(" ") },
        { "Enter your last name", b => b.WithLastName("") },
        { "Enter your phone number", b => b.WithPhone("  ") },
        { "Enter your address", b => b.WithAddress("") },
        { "Enter your postcode", b => b.WithPostcode(" ") },
        { "Enter your nationality", b => b.WithNationality("") },
    };

    [Theory]
    [MemberData(nameof(MissingFields))]
    public void Each_required_field_is_refused_when_missing(string message, Func<PersonalDetailsBuilder, PersonalDetailsBuilder> change)
    {
        var error = Assert.Throws<DomainRuleException>(() => change(new PersonalDetailsBuilder()).Build());

        Assert.Equal(message, error.Message);
    }

    public static TheoryData<string, Func<PersonalDetailsBuilder, PersonalDetailsBuilder>> OverlongFields() => new()
    {
        { "100 characters or fewer", b => b.WithFirstNames(new string('a', 101)) },
        { "100 characters or fewer", b => b.WithLastName(new string('a', 101)) },
        { "200 characters or fewer", b => b.WithPreviousNames(new string('a', 201)) },
        { "30 characters or fewer", b => b.WithPhone(new string('1', 31)) },
        { "300 characters or fewer", b => b.WithAddress(new string('a', 301)) },
        { "20 characters or fewer", b => b.WithPostcode(new string('A', 21)) },
        { "100 characters or fewer", b => b.WithNationality(new string('a', 101)) },
    };

    [Theory]
    [MemberData(nameof(OverlongFields))]
    public void Overlong_text_is_refused(string limit, Func<PersonalDetailsBuilder, PersonalDetailsBuilder> change)
    {
        var error = Assert.Throws<DomainRuleException>(() => change(new PersonalDetailsBuilder()).Build());

        Assert.Contains(limit, error.Message);
    }

    [Fact]
    public void Text_at_its_limit_is_accepted()
    {
        var details = new PersonalDetailsBuilder()
            .WithFirstNames(new string('a', 100))
            .WithAddress(new string('a', 300))
            .WithPostcode(new string('A', 20))
            .Build();

        Assert.Equal(100, details.LegalFirstNames.Length);
        Assert.Equal(300, details.Address.Length);
        Assert.Equal(20, details.Postcode.Length);
    }
}
