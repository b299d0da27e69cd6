using AoPortal.Application.Features.Applications;
using AoPortal.Application.Tests.Support;
using AoPortal.Domain.Applications;

namespace AoPortal.Application.Tests.Applications;

public sealed class SaveGcseTests : IDisposable
{
    private readonly SqliteTestDatabase _database = new();
    private readonly FakeTimeProvider _clock = new();
    private readonly SaveGcse.Validator _validator;

    public SaveGcseTests() => _validator = new SaveGcse.Validator(_clock);

    public void Dispose() => _database.Dispose();

    private static SaveGcse.Command Equivalent(GcseSubject subject) => new()
    {
        Subject = subject,
        IsGcse = false,
        Qualification = "O level",
        Grade = "C",
        Year = "1984",
    };

    // Validator

    [Fact]
    public void A_gcse_with_grade_and_year_is_valid() =>
        ValidationAssert.IsValid(_validator.Validate(ApplicationCommands.Gcse(GcseSubject.English)));

    [Fact]
    public void A_named_equivalent_qualification_is_valid() =>
        ValidationAssert.IsValid(_validator.Validate(Equivalent(GcseSubject.Science)));

    [Fact]
    public void An_answer_that_does_not_say_whether_it_is_a_gcse_is_refused()
    {
        var command = ApplicationCommands.Gcse(GcseSubject.English);
        command.IsGcse = null;
        ValidationAssert.HasError(_validator.Validate(command), "IsGcse", "Select whether it is a GCSE or an equivalent qualification");
    }

    [Fact]
    public void An_equivalent_qualification_without_its_name_is_refused()
    {
        var command = Equivalent(GcseSubject.Maths);
        command.Qualification = " ";
        ValidationAssert.HasError(_validator.Validate(command), "Qualification", "Enter the name of the equivalent qualification");
    }

    [Fact]
    public void A_gcse_needs_no_qualification_name()
    {
        var command = ApplicationCommands.Gcse(GcseSubject.Maths);
        command.Qualification = null;
        ValidationAssert.HasNoErrorFor(_validator.Validate(command), "Qualification");
    }

    [Fact]
    public void A_result_without_a_grade_is_refused()
    {
        var command = ApplicationCommands.Gcse(GcseSubject.Maths, grade: "");
        ValidationAssert.HasError(_validator.Validate(command), "Grade", "Enter the grade");
    }

    [Theory]
    [InlineData("", "Enter the year you got the qualification")]
    [InlineData("84", "The year you got the qualification must be a 4-digit year, like 2012")]
    [InlineData("1949", "The year you got the qualification must be 1950 or later")]
    [InlineData("2027", "The year you got the qualification must be this year or earlier")]
    public void A_year_that_is_missing_short_too_early_or_in_the_future_is_refused(string year, string message) =>
        ValidationAssert.HasError(_validator.Validate(ApplicationCommands.Gcse(GcseSubject.English, year: year)), "Year", message);

    // Handler

    [Fact]
    public async Task A_gcse_is_saved_as_a_gcse()
    {
        var applicant = await Applicant.InvitedAsync(_database);

        await applicant.SaveGcse(ApplicationCommands.Gcse(GcseSubject.Maths, "7", "2003"));

        var result = Assert.Single((await applicant.ReloadAsync()).Application.Gcses);
        Assert.Equal(GcseSubject.Maths, result.Subject);
        Assert.True(result.IsGcse);
        Assert.Equal("GCSE", result.Qualification);
        Assert.Equal("7", result.Grade);
        Assert.Equal(2003, result.Year);
        Assert.True(result.IsStandardPass);
    }

    [Fact]
    public async Task An_equivalent_qualification_is_saved_with_its_name()
    {
        var applicant = await Applicant.InvitedAsync(_database);

        await applicant.SaveGcse(Equivalent(GcseSubject.Science));

        var result = (await applicant.ReloadAsync()).Application.Gcse(GcseSubject.Science);
        Assert.NotNull(result);
        Assert.False(result.IsGcse);
        Assert.Equal("O level", result.Qualification);
        Assert.Equal(1984, result.Year);
        Assert.False(result.IsStandardPass);
    }

    [Fact]
    public async Task Saving_a_subject_again_replaces_its_result_and_keeps_the_others()
    {
        var applicant = await Applicant.InvitedAsync(_database);
        await applicant.SaveGcse(ApplicationCommands.Gcse(GcseSubject.English, "B"));
        await applicant.SaveGcse(ApplicationCommands.Gcse(GcseSubject.Maths, "D"));

        await applicant.SaveGcse(Equivalent(GcseSubject.Maths));

        var gcses = (await applicant.ReloadAsync()).Application.Gcses;
        Assert.Equal([GcseSubject.English, GcseSubject.Maths], gcses.Select(g => g.Subject));
        Assert.Equal("B", gcses[0].Grade);
        Assert.Equal("O level", gcses[1].Qualification);
        Assert.Equal("C", gcses[1].Grade);
    }

    [Fact]
    public async Task A_saved_equivalent_loads_back_into_the_form_with_its_name_and_a_gcse_without_one()
    {
        var applicant = await Applicant.InvitedAsync(_database);
        await applicant.SaveGcse(ApplicationCommands.Gcse(GcseSubject.English));
        await applicant.SaveGcse(Equivalent(GcseSubject.Science));
        var application = (await applicant.ReloadAsync()).Application;

        var science = SaveGcse.Command.From(GcseSubject.Science, application.Gcse(GcseSubject.Science));
        var english = SaveGcse.Command.From(GcseSubject.English, application.Gcse(GcseSubject.English));
        var maths = SaveGcse.Command.From(GcseSubject.Maths, application.Gcse(GcseSubject.Maths));

        Assert.False(science.IsGcse);
        Assert.Equal("O level", science.Qualification);
        Assert.Equal("C", science.Grade);
        Assert.Equal("1984", science.Year);
        Assert.True(english.IsGcse);
        Assert.Null(english.Qualification);
        Assert.Equal(GcseSubject.Maths, maths.Subject);
        Assert.Null(maths.IsGcse);
    }
}
