using AoPortal.Application.Features.Applications;
using AoPortal.Application.Tests.Support;
using AoPortal.Domain.Common;

namespace AoPortal.Application.Tests.Applications;

public sealed class SaveDegreeTests : IDisposable
{
    private readonly SqliteTestDatabase _database = new();
    private readonly FakeTimeProvider _clock = new();
    private readonly SaveDegree.Validator _validator;

    public SaveDegreeTests() => _validator = new SaveDegree.Validator(_clock);

    public void Dispose() => _database.Dispose();

    private static SaveDegree.Command Valid() => ApplicationCommands.Degree();

    // Validator

    [Fact]
    public void A_complete_degree_is_valid() => ValidationAssert.IsValid(_validator.Validate(Valid()));

    [Fact]
    public void A_degree_without_its_subject_institution_or_country_is_refused()
    {
        var command = Valid();
        command.Subject = "";
        command.Institution = null;
        command.Country = " ";
        var result = _validator.Validate(command);
        ValidationAssert.HasError(result, "Subject", "Enter the subject of your degree");
        ValidationAssert.HasError(result, "Institution", "Enter the university or college that awarded your degree");
        ValidationAssert.HasError(result, "Country", "Enter the country where you studied");
    }

    [Fact]
    public void A_degree_without_its_year_is_refused()
    {
        var command = Valid();
        command.AwardYear = "";
        ValidationAssert.HasError(_validator.Validate(command), "AwardYear", "Enter the year your degree was awarded");
    }

    [Theory]
    [InlineData("12")]
    [InlineData("07")]
    [InlineData("20012")]
    [InlineData("two thousand")]
    public void A_year_that_is_not_4_digits_is_refused(string year)
    {
        var command = Valid();
        command.AwardYear = year;
        ValidationAssert.HasError(_validator.Validate(command), "AwardYear", "The year your degree was awarded must be a 4-digit year, like 2012");
    }

    [Fact]
    public void A_year_before_1950_is_refused()
    {
        var command = Valid();
        command.AwardYear = "1949";
        ValidationAssert.HasError(_validator.Validate(command), "AwardYear", "The year your degree was awarded must be 1950 or later");
    }

    [Fact]
    public void Next_year_is_refused()
    {
        var command = Valid();
        command.AwardYear = "2027";
        ValidationAssert.HasError(_validator.Validate(command), "AwardYear", "The year your degree was awarded must be this year or earlier");
    }

    [Theory]
    [InlineData("1950")]
    [InlineData("2026")]
    public void The_years_from_1950_to_this_year_are_accepted(string year)
    {
        var command = Valid();
        command.AwardYear = year;
        ValidationAssert.IsValid(_validator.Validate(command));
    }

    [Fact]
    public void A_classification_longer_than_100_characters_is_refused()
    {
        var command = Valid();
        command.Classification = new string('x', 101);
        ValidationAssert.HasError(_validator.Validate(command), "Classification", "Classification must be 100 characters or fewer");
    }

    // Handler

    [Fact]
    public async Task A_degree_is_saved_in_the_candidate_s_application()
    {
        var applicant = await Applicant.InvitedAsync(_database);

        await applicant.SaveDegree(Valid());

        var degree = (await applicant.ReloadAsync()).Application.Degree;
        Assert.NotNull(degree);
        Assert.Equal("Mathematics", degree.Subject);
        Assert.Equal("University of Leeds", degree.Institution);
        Assert.Equal("United Kingdom", degree.Country);
        Assert.Equal(2007, degree.AwardYear);
        Assert.Equal("2:1", degree.Classification);
        Assert.Null(degree.EnicReference);
    }

    [Fact]
    public async Task A_degree_from_abroad_is_saved_with_its_enic_reference()
    {
        var applicant = await Applicant.InvitedAsync(_database);
        var command = Valid();
        command.Country = "France";
        command.EnicReference = "ENIC-4000123";

        await applicant.SaveDegree(command);

        var degree = (await applicant.ReloadAsync()).Application.Degree!;
        Assert.Equal("France", degree.Country);
        Assert.Equal("ENIC-4000123", degree.EnicReference);
        Assert.True(degree.IsOverseas);
    }

    [Fact]
    public async Task A_degree_from_abroad_without_an_enic_reference_is_refused_and_nothing_is_saved()
    {
        var applicant = await Applicant.InvitedAsync(_database);
        var command = Valid();
        command.Country = "France";

        var refusal = await Assert.ThrowsAsync<DomainRuleException>(() => applicant.SaveDegree(command));

        Assert.Equal("EnicReference", refusal.Field);
        Assert.Null((await applicant.ReloadAsync()).Application.Degree);
    }

    [Fact]
    public async Task Saving_a_degree_again_replaces_it()
    {
        var applicant = await Applicant.InvitedAsync(_database);
        await applicant.SaveDegree(Valid());
        var changed = Valid();
        changed.Subject = "Physics";
        changed.Classification = null;

        await applicant.SaveDegree(changed);

        var form = SaveDegree.Command.From((await applicant.ReloadAsync()).Application.Degree);
        Assert.Equal("Physics", form.Subject);
        Assert.Equal("2007", form.AwardYear);
        Assert.Null(form.Classification);
    }
}
