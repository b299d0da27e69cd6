using AoPortal.Application.Common;
using AoPortal.Application.Features.Applications;
using AoPortal.Application.Tests.Support;
using AoPortal.Domain.Common;

namespace AoPortal.Application.Tests.Applications;

public sealed class SavePersonalDetailsTests : IDisposable
{
    private readonly SqliteTestDatabase _database = new();
    private readonly FakeTimeProvider _clock = new();
    private readonly SavePersonalDetails.Validator _validator;

    public SavePersonalDetailsTests() => _validator = new SavePersonalDetails.Validator(_clock);

    public void Dispose() => _database.Dispose();

    private static SavePersonalDetails.Command Valid() => ApplicationCommands.PersonalDetails();

    private static DateParts Date(string? day, string? month, string? year) => new() { Day = day, Month = month, Year = year };

    // Validator

    [Fact]
    public void Complete_personal_details_are_valid() => ValidationAssert.IsValid(_validator.Validate(Valid()));

    [Fact]
    public void Personal_details_without_first_names_are_refused()
    {
        var command = Valid();
        command.LegalFirstNames = " ";
        ValidationAssert.HasError(_validator.Validate(command), "LegalFirstNames", "Enter your first names");
    }

    [Fact]
    public void Personal_details_without_a_last_name_are_refused()
    {
        var command = Valid();
        command.LegalLastName = null;
        ValidationAssert.HasError(_validator.Validate(command), "LegalLastName", "Enter your last name");
    }

    [Fact]
    public void First_names_longer_than_100_characters_are_refused()
    {
        var command = Valid();
        command.LegalFirstNames = new string('a', 101);
        ValidationAssert.HasError(_validator.Validate(command), "LegalFirstNames", "First names must be 100 characters or fewer");
    }

    [Fact]
    public void A_date_of_birth_left_blank_is_asked_for()
    {
        var command = Valid();
        command.DateOfBirth = Date("", " ", null);
        ValidationAssert.HasError(_validator.Validate(command), "DateOfBirth", "Enter your date of birth");
    }

    [Fact]
    public void A_date_of_birth_without_a_year_is_asked_for()
    {
        var command = Valid();
        command.DateOfBirth = Date("10", "12", "");
        ValidationAssert.HasError(_validator.Validate(command), "DateOfBirth", "Enter your date of birth");
    }

    [Theory]
    [InlineData("31", "2", "1990")]
    [InlineData("1", "13", "1990")]
    [InlineData("x", "1", "1990")]
    public void A_date_of_birth_that_is_not_a_real_date_is_refused(string day, string month, string year)
    {
        var command = Valid();
        command.DateOfBirth = Date(day, month, year);
        ValidationAssert.HasError(_validator.Validate(command), "DateOfBirth", "Your date of birth must be a real date");
    }

    [Fact]
    public void A_date_of_birth_in_the_future_is_refused()
    {
        var command = Valid();
        command.DateOfBirth = ApplicationCommands.Date(24, 11, 2026);
        ValidationAssert.HasError(_validator.Validate(command), "DateOfBirth", "Your date of birth must be today or in the past");
    }

    [Fact]
    public void Today_s_date_is_not_in_the_future()
    {
        var command = Valid();
        command.DateOfBirth = ApplicationCommands.Date(23, 11, 2026);
        ValidationAssert.HasNoErrorFor(_validator.Validate(command), "DateOfBirth");
    }

    [Fact]
    public void The_future_is_judged_by_the_clock_not_the_machine_s_date()
    {
        _clock.Now = new DateTimeOffset(2030, 6, 1, 12, 0, 0, TimeSpan.Zero);
        var command = Valid();
        command.DateOfBirth = ApplicationCommands.Date(1, 1, 2029);
        ValidationAssert.HasNoErrorFor(_validator.Validate(command), "DateOfBirth");

        _clock.Now = new DateTimeOffset(2028, 6, 1, 12, 0, 0, TimeSpan.Zero);
        ValidationAssert.HasError(_validator.Validate(command), "DateOfBirth", "Your date of birth must be today or in the past");
    }

    [Fact]
    public void A_date_of_birth_before_1950_is_refused()
    {
        var command = Valid();
        command.DateOfBirth = ApplicationCommands.Date(31, 12, 1949);
        ValidationAssert.HasError(_validator.Validate(command), "DateOfBirth", "Your date of birth must be in 1950 or later");
    }

    [Fact]
    public void The_first_of_January_1950_is_accepted()
    {
        var command = Valid();
        command.DateOfBirth = ApplicationCommands.Date(1, 1, 1950);
        ValidationAssert.HasNoErrorFor(_validator.Validate(command), "DateOfBirth");
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("12345678")]
    [InlineData("123456a")]
    [InlineData("123 4567")]
    public void A_trn_that_is_not_7_digits_is_refused(string trn)
    {
        var command = Valid();
        command.Trn = trn;
        ValidationAssert.HasError(_validator.Validate(command), "Trn", "TRN must be 7 digits, like 1234567");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("1234567")]
    [InlineData(" 1234567 ")]
    public void A_blank_or_7_digit_trn_is_accepted(string? trn)
    {
        var command = Valid();
        command.Trn = trn;
        ValidationAssert.IsValid(_validator.Validate(command));
    }

    [Fact]
    public void Personal_details_without_a_phone_number_are_refused()
    {
        var command = Valid();
        command.Phone = "";
        ValidationAssert.HasError(_validator.Validate(command), "Phone", "Enter your phone number");
    }

    [Theory]
    [InlineData("call me")]
    [InlineData("012345")]
    [InlineData("0113-496-0000 ext. 5")]
    public void A_phone_number_with_letters_or_too_few_digits_is_refused(string phone)
    {
        var command = Valid();
        command.Phone = phone;
        ValidationAssert.HasError(_validator.Validate(command), "Phone", "Enter a phone number, like 01632 960 001 or +44 808 157 0192");
    }

    [Theory]
    [InlineData("01632 960 001")]
    [InlineData("+44 808 157 0192")]
    [InlineData("(0113) 496-0000")]
    public void Phone_numbers_as_people_write_them_are_accepted(string phone)
    {
        var command = Valid();
        command.Phone = phone;
        ValidationAssert.HasNoErrorFor(_validator.Validate(command), "Phone");
    }

    [Fact]
    public void Personal_details_without_an_address_postcode_or_nationality_are_refused()
    {
        var command = Valid();
        command.Address = null;
        command.Postcode = " ";
        command.Nationality = "";
        var result = _validator.Validate(command);
        ValidationAssert.HasError(result, "Address", "Enter your address");
        ValidationAssert.HasError(result, "Postcode", "Enter your postcode");
        ValidationAssert.HasError(result, "Nationality", "Enter your nationality");
    }

    // Handler

    [Fact]
    public async Task Personal_details_are_saved_in_the_candidate_s_application()
    {
        var applicant = await Applicant.InvitedAsync(_database);
        var command = Valid();
        command.LegalFirstNames = " Ada Augusta ";

        await applicant.SavePersonalDetails(command);

        var details = (await applicant.ReloadAsync()).Application.PersonalDetails;
        Assert.NotNull(details);
        Assert.Equal("Ada Augusta", details.LegalFirstNames);
        Assert.Equal("King", details.LegalLastName);
        Assert.Equal("Ada Byron", details.PreviousNames);
        Assert.Equal(new DateOnly(1985, 12, 10), details.DateOfBirth);
        Assert.Equal("+44 808 157 0192", details.Phone);
        Assert.Equal("12 Ockham Road\nLeeds", details.Address);
        Assert.Equal("LS1 4AP", details.Postcode);
        Assert.Null(details.Trn);
        Assert.Equal("British", details.Nationality);
        Assert.Null((await applicant.ReloadAsync()).Trn);
    }

    [Fact]
    public async Task A_trn_given_in_personal_details_becomes_the_candidate_s_trn()
    {
        var applicant = await Applicant.InvitedAsync(_database);
        var command = Valid();
        command.Trn = " 1234567 ";

        await applicant.SavePersonalDetails(command);

        var candidate = await applicant.ReloadAsync();
        Assert.Equal("1234567", candidate.Trn);
        Assert.Equal("1234567", candidate.Application.PersonalDetails!.Trn);
    }

    [Fact]
    public async Task Saving_personal_details_again_replaces_them()
    {
        var applicant = await Applicant.InvitedAsync(_database);
        await applicant.SavePersonalDetails(Valid());
        var changed = Valid();
        changed.LegalLastName = "Lovelace";
        changed.PreviousNames = null;

        await applicant.SavePersonalDetails(changed);

        var details = (await applicant.ReloadAsync()).Application.PersonalDetails!;
        Assert.Equal("Lovelace", details.LegalLastName);
        Assert.Null(details.PreviousNames);
    }

    [Fact]
    public async Task Saved_personal_details_load_back_into_the_form_as_they_were_typed()
    {
        var applicant = await Applicant.InvitedAsync(_database);
        var command = Valid();
        command.Trn = "1234567";
        await applicant.SavePersonalDetails(command);

        var form = SavePersonalDetails.Command.From((await applicant.ReloadAsync()).Application.PersonalDetails);

        Assert.Equal("Ada Augusta", form.LegalFirstNames);
        Assert.Equal(("10", "12", "1985"), (form.DateOfBirth.Day, form.DateOfBirth.Month, form.DateOfBirth.Year));
        Assert.Equal("1234567", form.Trn);
        ValidationAssert.IsValid(_validator.Validate(form));
    }

    [Fact]
    public async Task A_candidate_younger_than_18_is_refused_and_nothing_is_saved()
    {
        var applicant = await Applicant.InvitedAsync(_database);
        var command = Valid();
        command.DateOfBirth = ApplicationCommands.Date(24, 11, 2008);

        var refusal = await Assert.ThrowsAsync<DomainRuleException>(() => applicant.SavePersonalDetails(command));

        Assert.Equal("DateOfBirth", refusal.Field);
        Assert.Equal("You must be at least 18 to apply", refusal.Message);
        Assert.Null((await applicant.ReloadAsync()).Application.PersonalDetails);
    }

    [Fact]
    public async Task A_candidate_who_turns_18_today_may_apply()
    {
        var applicant = await Applicant.InvitedAsync(_database);
        var command = Valid();
        command.DateOfBirth = ApplicationCommands.Date(23, 11, 2008);

        await applicant.SavePersonalDetails(command);

        Assert.Equal(new DateOnly(2008, 11, 23), (await applicant.ReloadAsync()).Application.PersonalDetails!.DateOfBirth);
    }
}
