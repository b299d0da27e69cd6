using AoPortal.Application.Features.Applications;
using AoPortal.Application.Tests.Support;
using AoPortal.Domain.Applications;

namespace AoPortal.Application.Tests.Applications;

public sealed class SaveDeclarationsTests : IDisposable
{
    private readonly SqliteTestDatabase _database = new();
    private readonly SaveDeclarations.Validator _validator = new();

    public void Dispose() => _database.Dispose();

    private static SaveDeclarations.Command Valid() => ApplicationCommands.Declarations();

    // Validator

    [Fact]
    public void Complete_declarations_are_valid() => ValidationAssert.IsValid(_validator.Validate(Valid()));

    [Fact]
    public void Declarations_without_the_health_outcome_are_refused()
    {
        var command = Valid();
        command.Health = null;
        ValidationAssert.HasError(_validator.Validate(command), "Health", "Select the outcome of your health questionnaire");
    }

    [Fact]
    public void A_managed_condition_without_the_adjustments_needed_is_refused()
    {
        var command = Valid();
        command.Health = HealthDeclaration.ConditionManaged;
        command.HealthDetails = " ";
        ValidationAssert.HasError(_validator.Validate(command), "HealthDetails", "Describe any adjustments you need");
    }

    [Fact]
    public void No_conditions_needs_no_adjustments()
    {
        var command = Valid();
        command.Health = HealthDeclaration.NoConditions;
        command.HealthDetails = null;
        ValidationAssert.IsValid(_validator.Validate(command));
    }

    [Fact]
    public void Declarations_that_do_not_say_whether_there_is_a_criminal_record_are_refused()
    {
        var command = Valid();
        command.HasCriminalRecord = null;
        ValidationAssert.HasError(_validator.Validate(command), "HasCriminalRecord", "Select whether you have any cautions or convictions");
    }

    [Fact]
    public void A_criminal_record_without_details_is_refused()
    {
        var command = Valid();
        command.HasCriminalRecord = true;
        command.CriminalRecordDetails = "";
        ValidationAssert.HasError(_validator.Validate(command), "CriminalRecordDetails", "Give details of any cautions or convictions");
    }

    [Fact]
    public void Criminal_record_details_longer_than_2000_characters_are_refused()
    {
        var command = Valid();
        command.HasCriminalRecord = true;
        command.CriminalRecordDetails = new string('x', 2001);
        ValidationAssert.HasError(_validator.Validate(command), "CriminalRecordDetails", "Details must be 2000 characters or fewer");
    }

    [Fact]
    public void Declarations_not_confirmed_as_true_are_refused()
    {
        var command = Valid();
        command.ConfirmedTrue = false;
        ValidationAssert.HasError(_validator.Validate(command), "ConfirmedTrue", "Confirm that the information in your application is true");
    }

    // Handler

    [Fact]
    public async Task Declarations_are_saved_in_the_candidate_s_application()
    {
        var applicant = await Applicant.InvitedAsync(_database);
        var command = Valid();
        command.Health = HealthDeclaration.ConditionManaged;
        command.HealthDetails = " Time for hospital appointments ";
        command.HasCriminalRecord = true;
        command.CriminalRecordDetails = "A caution in 2004 for criminal damage";

        await applicant.SaveDeclarations(command);

        var declarations = (await applicant.ReloadAsync()).Application.Declarations;
        Assert.NotNull(declarations);
        Assert.Equal(HealthDeclaration.ConditionManaged, declarations.Health);
        Assert.Equal("Time for hospital appointments", declarations.HealthDetails);
        Assert.True(declarations.HasCriminalRecord);
        Assert.Equal("A caution in 2004 for criminal damage", declarations.CriminalRecordDetails);
        Assert.True(declarations.ConfirmedTrue);
    }

    [Fact]
    public async Task Details_left_in_the_form_after_answering_no_are_not_kept()
    {
        var applicant = await Applicant.InvitedAsync(_database);
        var command = Valid();
        command.Health = HealthDeclaration.NoConditions;
        command.HealthDetails = "Typed before changing the answer";
        command.HasCriminalRecord = false;
        command.CriminalRecordDetails = "Typed before changing the answer";

        await applicant.SaveDeclarations(command);

        var declarations = (await applicant.ReloadAsync()).Application.Declarations!;
        Assert.Null(declarations.HealthDetails);
        Assert.Null(declarations.CriminalRecordDetails);
    }

    [Fact]
    public async Task Saving_declarations_again_replaces_them()
    {
        var applicant = await Applicant.InvitedAsync(_database);
        var first = Valid();
        first.HasCriminalRecord = true;
        first.CriminalRecordDetails = "A caution";
        await applicant.SaveDeclarations(first);

        await applicant.SaveDeclarations(Valid());

        var form = SaveDeclarations.Command.From((await applicant.ReloadAsync()).Application.Declarations);
        Assert.False(form.HasCriminalRecord);
        Assert.Null(form.CriminalRecordDetails);
        Assert.Equal(HealthDeclaration.NoConditions, form.Health);
        Assert.True(form.ConfirmedTrue);
    }
}
