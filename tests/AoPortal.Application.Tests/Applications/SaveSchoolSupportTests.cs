using AoPortal.Application.Features.Applications;
using AoPortal.Application.Tests.Support;
using AoPortal.Domain.Applications;
using AoPortal.Domain.Common;

namespace AoPortal.Application.Tests.Applications;

public sealed class SaveSchoolSupportTests : IDisposable
{
    private readonly SqliteTestDatabase _database = new();
    private readonly SaveSchoolSupport.Validator _validator = new();

    public void Dispose() => _database.Dispose();

    // Validator

    [Fact]
    public void A_school_from_the_list_is_valid() =>
        ValidationAssert.IsValid(_validator.Validate(ApplicationCommands.SchoolSupport(Guid.NewGuid())));

    [Fact]
    public void A_school_not_listed_with_its_name_is_valid() =>
        ValidationAssert.IsValid(_validator.Validate(ApplicationCommands.SchoolNotListed("Elm Tree School, York")));

    [Fact]
    public void An_answer_with_neither_a_school_nor_a_name_is_refused() =>
        ValidationAssert.HasError(_validator.Validate(new SaveSchoolSupport.Command()), "EmployingSchoolId", "Select your school");

    [Fact]
    public void A_school_not_listed_without_its_name_is_refused() =>
        ValidationAssert.HasError(_validator.Validate(ApplicationCommands.SchoolNotListed(" ")), "RequestedSchoolName", "Enter the name and town of your school");

    [Fact]
    public void A_school_not_listed_needs_no_school_from_the_list() =>
        ValidationAssert.HasNoErrorFor(_validator.Validate(ApplicationCommands.SchoolNotListed("Elm Tree School, York")), "EmployingSchoolId");

    // Handler

    [Fact]
    public async Task Confirming_the_employing_school_completes_the_section()
    {
        var applicant = await Applicant.InvitedAsync(_database);

        await applicant.SaveSchoolSupport(ApplicationCommands.SchoolSupport(applicant.Candidate.EmployingSchoolId!.Value));

        var candidate = await applicant.ReloadAsync();
        Assert.Equal(applicant.Candidate.EmployingSchoolId!.Value, candidate.EmployingSchoolId!.Value);
        Assert.True(candidate.Application.SchoolConfirmed);
        Assert.Null(candidate.Application.RequestedSchoolName);
        Assert.Equal(SectionStatus.Completed, ApplicationProgress.StatusOf(candidate, ApplicationSection.SchoolSupport));
    }

    [Fact]
    public async Task Choosing_another_listed_school_makes_it_the_employing_school()
    {
        var applicant = await Applicant.InvitedAsync(_database);
        var other = await new SchoolBuilder().Named("Willow Academy").SaveAsync(_database);

        await applicant.SaveSchoolSupport(ApplicationCommands.SchoolSupport(other.Id));

        Assert.Equal(other.Id, (await applicant.ReloadAsync()).EmployingSchoolId!.Value);
    }

    [Fact]
    public async Task A_school_id_that_is_not_on_the_list_is_refused_and_nothing_changes()
    {
        var applicant = await Applicant.InvitedAsync(_database);
        var before = await StoredCandidates.SnapshotAsync(_database);

        var refusal = await Assert.ThrowsAsync<DomainRuleException>(() =>
            applicant.SaveSchoolSupport(ApplicationCommands.SchoolSupport(Guid.NewGuid())));

        Assert.Equal("EmployingSchoolId", refusal.Field);
        Assert.Equal("Select a school from the list", refusal.Message);
        Assert.Equal(before, await StoredCandidates.SnapshotAsync(_database));
    }

    [Fact]
    public async Task A_school_not_listed_leaves_the_candidate_without_a_listed_school_and_records_the_name_given()
    {
        var applicant = await Applicant.InvitedAsync(_database);

        await applicant.SaveSchoolSupport(ApplicationCommands.SchoolNotListed(" Elm Tree School, York "));

        var candidate = await applicant.ReloadAsync();
        Assert.Null(candidate.EmployingSchoolId);
        Assert.Equal("Elm Tree School, York", candidate.Application.RequestedSchoolName);
        Assert.True(candidate.Application.SchoolConfirmed);
    }

    [Fact]
    public async Task A_school_not_listed_ignores_a_school_id_left_in_the_form()
    {
        var applicant = await Applicant.InvitedAsync(_database);
        var other = await new SchoolBuilder().SaveAsync(_database);
        var command = ApplicationCommands.SchoolNotListed("Elm Tree School, York");
        command.EmployingSchoolId = other.Id;

        await applicant.SaveSchoolSupport(command);

        Assert.Null((await applicant.ReloadAsync()).EmployingSchoolId);
    }

    [Fact]
    public async Task Choosing_a_listed_school_after_naming_one_clears_the_name()
    {
        var applicant = await Applicant.InvitedAsync(_database);
        await applicant.SaveSchoolSupport(ApplicationCommands.SchoolNotListed("Elm Tree School, York"));

        await applicant.SaveSchoolSupport(ApplicationCommands.SchoolSupport(applicant.Candidate.EmployingSchoolId!.Value));

        Assert.Null((await applicant.ReloadAsync()).Application.RequestedSchoolName);
    }
}
