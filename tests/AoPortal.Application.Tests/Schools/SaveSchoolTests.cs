using AoPortal.Application.Common;
using AoPortal.Application.Features.Schools;
using AoPortal.Application.Tests.Support;
using AoPortal.Domain.Common;
using AoPortal.Domain.Schools;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Application.Tests.Schools;

public sealed class SaveSchoolTests : IDisposable
{
    private readonly SqliteTestDatabase _database = new();
    private readonly FakeTimeProvider _clock = new();
    private readonly Guid _adminId = Guid.NewGuid();
    private readonly SaveSchool.Validator _validator = new();

    public void Dispose() => _database.Dispose();

    private static SaveSchool.Command SchoolInEngland() => new()
    {
        Name = "Oakfield Primary School",
        Urn = "123456",
        Phase = SchoolPhase.Primary,
        LocalAuthority = "Leeds",
        Postcode = "LS1 4AP",
        Country = School.England,
    };

    private static SaveSchool.Command SchoolOverseas() => new()
    {
        Name = "British School of Madrid",
        Phase = SchoolPhase.Secondary,
        Country = "Spain",
    };

    private async Task<Guid> Save(SaveSchool.Command command)
    {
        await using var db = _database.NewContext();
        return await new SaveSchool.Handler(db, TestUsers.Admin(_adminId), _clock).Handle(command, CancellationToken.None);
    }

    private async Task<SaveSchool.Command> LoadForEdit(Guid id)
    {
        await using var db = _database.NewContext();
        return await new GetSchoolForEdit.Handler(db).Handle(id, CancellationToken.None);
    }

    // Validator

    [Fact]
    public void A_complete_school_in_England_is_valid() => ValidationAssert.IsValid(_validator.Validate(SchoolInEngland()));

    [Fact]
    public void A_school_without_a_name_is_refused()
    {
        var command = SchoolInEngland();
        command.Name = "  ";
        ValidationAssert.HasError(_validator.Validate(command), "Name", "Enter the school's name");
    }

    [Fact]
    public void A_school_in_England_without_a_urn_is_refused()
    {
        var command = SchoolInEngland();
        command.Urn = null;
        ValidationAssert.HasError(_validator.Validate(command), "Urn", "Enter the school's URN");
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("1234567")]
    [InlineData("12345A")]
    public void A_urn_that_is_not_6_digits_is_refused(string urn)
    {
        var command = SchoolInEngland();
        command.Urn = urn;
        ValidationAssert.HasError(_validator.Validate(command), "Urn", "URN must be 6 digits, like 123456");
    }

    [Fact]
    public void A_school_in_England_without_a_local_authority_is_refused()
    {
        var command = SchoolInEngland();
        command.LocalAuthority = "";
        ValidationAssert.HasError(_validator.Validate(command), "LocalAuthority", "Enter the local authority");
    }

    [Theory]
    [InlineData("England")]
    [InlineData("Wales")]
    [InlineData("scotland")]
    [InlineData("Northern Ireland")]
    public void A_school_in_the_UK_without_a_postcode_is_refused(string country)
    {
        var command = SchoolInEngland();
        command.Country = country;
        if (!School.IsEngland(country)) (command.Urn, command.LocalAuthority) = (null, null);
        command.Postcode = null;
        ValidationAssert.HasError(_validator.Validate(command), "Postcode", "Enter the school's postcode");
    }

    [Theory]
    [InlineData("NOT A POSTCODE")]
    [InlineData("12345")]
    [InlineData("SW1A")]
    public void A_postcode_that_is_not_real_is_refused(string postcode)
    {
        var command = SchoolInEngland();
        command.Postcode = postcode;
        ValidationAssert.HasError(_validator.Validate(command), "Postcode", "Enter a real postcode, like SW1A 1AA");
    }

    [Theory]
    [InlineData("SW1A 1AA")]
    [InlineData("sw1a1aa")]
    [InlineData("M1 1AE")]
    public void A_real_postcode_is_accepted_with_or_without_its_space(string postcode)
    {
        var command = SchoolInEngland();
        command.Postcode = postcode;
        ValidationAssert.IsValid(_validator.Validate(command));
    }

    [Fact]
    public void A_school_in_Wales_needs_no_urn_or_local_authority()
    {
        var command = SchoolInEngland();
        command.Country = "Wales";
        (command.Urn, command.LocalAuthority) = (null, null);
        ValidationAssert.IsValid(_validator.Validate(command));
    }

    [Fact]
    public void A_school_outside_England_with_a_urn_is_refused()
    {
        var command = SchoolOverseas();
        command.Urn = "123456";
        ValidationAssert.HasError(_validator.Validate(command), "Urn", "Leave the URN blank for a school outside England");
    }

    [Fact]
    public void A_school_outside_the_UK_is_valid_without_a_postcode() => ValidationAssert.IsValid(_validator.Validate(SchoolOverseas()));

    [Fact]
    public void A_school_without_a_phase_is_refused()
    {
        var command = SchoolInEngland();
        command.Phase = null;
        ValidationAssert.HasError(_validator.Validate(command), "Phase", "Select the school's phase");
    }

    // Handler

    [Fact]
    public async Task Adding_a_school_saves_it_and_records_who_added_it()
    {
        var command = SchoolInEngland();
        command.Name = "  Oakfield Primary School ";
        command.Postcode = "ls1 4ap";

        var id = await Save(command);

        await using var db = _database.NewContext();
        var school = await db.Schools.SingleAsync();
        Assert.Equal(id, school.Id);
        Assert.Equal("Oakfield Primary School", school.Name);
        Assert.Equal("123456", school.Urn);
        Assert.Equal(SchoolPhase.Primary, school.Phase);
        Assert.Equal("Leeds", school.LocalAuthority);
        Assert.Equal("LS1 4AP", school.Postcode);
        Assert.Equal(School.England, school.Country);
        var audit = await db.AuditEntries.SingleAsync();
        Assert.Equal("School added", audit.Action);
        Assert.Equal(nameof(School), audit.SubjectType);
        Assert.Equal(id, audit.SubjectId);
        Assert.Equal(TestUsers.AdminName, audit.ActorName);
        Assert.Equal(_adminId, audit.ActorId);
        Assert.Equal(_clock.Now.UtcDateTime, audit.OccurredAt);
        Assert.Equal(DateTimeKind.Utc, audit.OccurredAt.Kind);
    }

    [Fact]
    public async Task A_urn_already_on_the_list_is_refused_and_nothing_is_saved()
    {
        await new SchoolBuilder().Named("First School").WithUrn("654321").SaveAsync(_database);
        var command = SchoolInEngland();
        command.Urn = " 654321 ";

        var refusal = await Assert.ThrowsAsync<DomainRuleException>(() => Save(command));

        Assert.Equal("Urn", refusal.Field);
        Assert.Equal("A school with URN 654321 is already on the list", refusal.Message);
        await using var db = _database.NewContext();
        Assert.Equal(["First School"], await db.Schools.Select(s => s.Name).ToListAsync());
        Assert.Empty(await db.AuditEntries.ToListAsync());
    }

    [Fact]
    public async Task Changing_a_school_to_another_schools_urn_is_refused()
    {
        await new SchoolBuilder().Named("First School").WithUrn("654321").SaveAsync(_database);
        var second = await new SchoolBuilder().Named("Second School").WithUrn("111111").SaveAsync(_database);
        var command = await LoadForEdit(second.Id);
        command.Urn = "654321";

        var refusal = await Assert.ThrowsAsync<DomainRuleException>(() => Save(command));

        Assert.Equal("Urn", refusal.Field);
        await using var db = _database.NewContext();
        Assert.Equal("111111", (await db.Schools.SingleAsync(s => s.Id == second.Id)).Urn);
    }

    [Fact]
    public async Task Editing_with_the_current_version_changes_the_school_and_records_it()
    {
        var existing = await new SchoolBuilder().Named("Oakfield Primary School").WithUrn("222222").SaveAsync(_database);
        var command = await LoadForEdit(existing.Id);
        Assert.Equal(existing.Version, command.Version);
        command.Name = "Oakfield Primary Academy";
        command.Phase = SchoolPhase.AllThrough;

        var id = await Save(command);

        Assert.Equal(existing.Id, id);
        await using var db = _database.NewContext();
        var school = await db.Schools.SingleAsync();
        Assert.Equal("Oakfield Primary Academy", school.Name);
        Assert.Equal(SchoolPhase.AllThrough, school.Phase);
        Assert.Equal("222222", school.Urn);
        Assert.NotEqual(existing.Version, school.Version);
        var audit = await db.AuditEntries.SingleAsync();
        Assert.Equal("School details changed", audit.Action);
        Assert.Equal(existing.Id, audit.SubjectId);
        Assert.Equal(TestUsers.AdminName, audit.ActorName);
    }

    [Fact]
    public async Task Editing_with_a_stale_version_is_refused_and_keeps_the_other_change()
    {
        var existing = await new SchoolBuilder().Named("Oakfield Primary School").SaveAsync(_database);
        var mine = await LoadForEdit(existing.Id);
        var theirs = await LoadForEdit(existing.Id);
        theirs.Name = "Their Name";
        await Save(theirs);
        mine.Name = "My Name";

        var refusal = await Assert.ThrowsAsync<DomainRuleException>(() => Save(mine));

        Assert.StartsWith("Someone else changed this record", refusal.Message);
        await using var db = _database.NewContext();
        Assert.Equal("Their Name", (await db.Schools.SingleAsync()).Name);
        Assert.Single(await db.AuditEntries.ToListAsync());
    }

    [Fact]
    public async Task Editing_without_a_version_is_refused()
    {
        var existing = await new SchoolBuilder().Named("Oakfield Primary School").SaveAsync(_database);
        var command = await LoadForEdit(existing.Id);
        command.Version = null;
        command.Name = "My Name";

        await Assert.ThrowsAsync<DomainRuleException>(() => Save(command));

        await using var db = _database.NewContext();
        Assert.Equal("Oakfield Primary School", (await db.Schools.SingleAsync()).Name);
    }

    [Fact]
    public async Task Editing_a_school_that_does_not_exist_is_not_found()
    {
        var command = SchoolInEngland();
        command.Id = Guid.NewGuid();
        command.Version = Guid.NewGuid();

        await Assert.ThrowsAsync<NotFoundException>(() => Save(command));

        await using var db = _database.NewContext();
        Assert.Empty(await db.Schools.ToListAsync());
        Assert.Empty(await db.AuditEntries.ToListAsync());
    }
}
