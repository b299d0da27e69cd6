using AoPortal.Application.Abstractions;
using AoPortal.Application.Features.Users;
using AoPortal.Application.Tests.Support;
using AoPortal.Domain.Common;
using AoPortal.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Moq;

namespace AoPortal.Application.Tests.Users;

public sealed class CreateUserTests : IDisposable
{
    private readonly SqliteTestDatabase _database = new();
    private readonly FakeTimeProvider _clock = new();
    private readonly Mock<IUserAccounts> _accounts = new(MockBehavior.Strict);
    private readonly Guid _newUserId = Guid.NewGuid();
    private readonly CreateUser.Validator _validator = new();
    private NewUserAccount? _created;

    public CreateUserTests()
    {
        _accounts.Setup(a => a.EmailInUseAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync(false);
        _accounts.Setup(a => a.CreateAsync(It.IsAny<NewUserAccount>(), It.IsAny<CancellationToken>()))
            .Callback((NewUserAccount account, CancellationToken _) => _created = account)
            .ReturnsAsync(_newUserId);
        _accounts.Setup(a => a.SendInvitationAsync(It.IsAny<Guid>(), It.IsAny<CancellationToken>())).Returns(Task.CompletedTask);
    }

    public void Dispose() => _database.Dispose();

    private static CreateUser.Command Assessor() => new()
    {
        DisplayName = "Sam Jones",
        Email = "sam.jones@example.com",
        Roles = [PortalRole.Assessor],
    };

    private async Task<Guid> Create(CreateUser.Command command)
    {
        await using var db = _database.NewContext();
        return await new CreateUser.Handler(db, _accounts.Object, TestUsers.Admin(), _clock).Handle(command, CancellationToken.None);
    }

    private async Task<List<AuditEntry>> AuditEntries()
    {
        await using var db = _database.NewContext();
        return await db.AuditEntries.ToListAsync();
    }

    // Validator

    [Fact]
    public void A_complete_staff_member_is_valid() => ValidationAssert.IsValid(_validator.Validate(Assessor()));

    [Fact]
    public void A_user_without_a_name_is_refused()
    {
        var command = Assessor();
        command.DisplayName = " ";
        ValidationAssert.HasError(_validator.Validate(command), "DisplayName", "Enter the person's full name");
    }

    [Fact]
    public void A_user_without_an_email_address_is_refused()
    {
        var command = Assessor();
        command.Email = null;
        ValidationAssert.HasError(_validator.Validate(command), "Email", "Enter an email address");
    }

    [Theory]
    [InlineData("sam.jones")]
    [InlineData("sam@example")]
    [InlineData("sam jones@example.com")]
    [InlineData("sam@@example.com")]
    public void An_email_address_in_the_wrong_format_is_refused(string email)
    {
        var command = Assessor();
        command.Email = email;
        ValidationAssert.HasError(_validator.Validate(command), "Email", "Enter an email address in the correct format, like name@example.com");
    }

    [Fact]
    public void A_user_without_a_role_is_refused()
    {
        var command = Assessor();
        command.Roles = [];
        ValidationAssert.HasError(_validator.Validate(command), "Roles", "Select at least one role");
    }

    [Fact]
    public void The_candidate_role_cannot_be_given_on_the_users_page()
    {
        var command = Assessor();
        command.Roles = [PortalRole.Candidate];
        ValidationAssert.HasError(_validator.Validate(command), "Roles[0]", "Select a role from the list");
    }

    [Fact]
    public void A_school_lead_without_a_school_is_refused()
    {
        var command = Assessor();
        command.Roles = [PortalRole.SchoolLead];
        ValidationAssert.HasError(_validator.Validate(command), "SchoolId", "Select the school lead's school");
    }

    [Fact]
    public void Someone_who_is_not_a_school_lead_needs_no_school()
    {
        var command = Assessor();
        command.Roles = [PortalRole.Admin];
        ValidationAssert.HasNoErrorFor(_validator.Validate(command), "SchoolId");
    }

    // Handler

    [Fact]
    public async Task Creating_a_user_creates_their_account_records_it_and_then_invites_them()
    {
        var command = Assessor();
        command.DisplayName = "  Sam Jones ";
        command.Email = " sam.jones@example.com  ";
        command.Roles = [PortalRole.Assessor, PortalRole.Moderator];
        var auditedBeforeInvitation = false;
        _accounts.Setup(a => a.SendInvitationAsync(_newUserId, It.IsAny<CancellationToken>()))
            .Returns(async () => auditedBeforeInvitation = (await AuditEntries()).Count == 1);

        var id = await Create(command);

        Assert.Equal(_newUserId, id);
        Assert.NotNull(_created);
        Assert.Equal("Sam Jones", _created.DisplayName);
        Assert.Equal("sam.jones@example.com", _created.Email);
        Assert.Equal([PortalRole.Assessor, PortalRole.Moderator], _created.Roles.Order());
        Assert.Null(_created.SchoolId);
        var audit = Assert.Single(await AuditEntries());
        Assert.Equal("User account created", audit.Action);
        Assert.Equal("User", audit.SubjectType);
        Assert.Equal(_newUserId, audit.SubjectId);
        Assert.Equal(TestUsers.AdminName, audit.ActorName);
        Assert.Equal(_clock.Now.UtcDateTime, audit.OccurredAt);
        Assert.Equal("Roles: Assessor, Moderator", audit.Detail);
        _accounts.Verify(a => a.CreateAsync(It.IsAny<NewUserAccount>(), It.IsAny<CancellationToken>()), Times.Once);
        _accounts.Verify(a => a.SendInvitationAsync(_newUserId, It.IsAny<CancellationToken>()), Times.Once);
        Assert.True(auditedBeforeInvitation, "The invitation went out before the account's creation was saved.");
    }

    [Fact]
    public async Task A_role_ticked_twice_is_given_once()
    {
        var command = Assessor();
        command.Roles = [PortalRole.Admin, PortalRole.Admin];

        await Create(command);

        Assert.Equal([PortalRole.Admin], _created!.Roles);
    }

    [Fact]
    public async Task An_email_address_already_in_use_is_refused_before_any_account_is_created()
    {
        _accounts.Setup(a => a.EmailInUseAsync("sam.jones@example.com", It.IsAny<CancellationToken>())).ReturnsAsync(true);

        var refusal = await Assert.ThrowsAsync<DomainRuleException>(() => Create(Assessor()));

        Assert.Equal("Email", refusal.Field);
        Assert.Equal("An account with this email address already exists", refusal.Message);
        _accounts.Verify(a => a.CreateAsync(It.IsAny<NewUserAccount>(), It.IsAny<CancellationToken>()), Times.Never);
        _accounts.Verify(a => a.SendInvitationAsync(It.IsAny<Guid>(), It.IsAny<CancellationToken>()), Times.Never);
        Assert.Empty(await AuditEntries());
    }

    [Fact]
    public async Task A_moderator_who_is_not_also_an_assessor_is_refused()
    {
        var command = Assessor();
        command.Roles = [PortalRole.Moderator];

        var refusal = await Assert.ThrowsAsync<DomainRuleException>(() => Create(command));

        Assert.Equal("Roles", refusal.Field);
        Assert.Equal("A moderator must also be an assessor", refusal.Message);
        _accounts.Verify(a => a.CreateAsync(It.IsAny<NewUserAccount>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task A_school_lead_who_also_holds_a_provider_role_is_refused()
    {
        var school = await new SchoolBuilder().SaveAsync(_database);
        var command = Assessor();
        command.Roles = [PortalRole.SchoolLead, PortalRole.Assessor];
        command.SchoolId = school.Id;

        var refusal = await Assert.ThrowsAsync<DomainRuleException>(() => Create(command));

        Assert.Equal("Roles", refusal.Field);
        _accounts.Verify(a => a.CreateAsync(It.IsAny<NewUserAccount>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task A_school_chosen_for_someone_who_is_not_a_school_lead_is_dropped()
    {
        var command = Assessor();
        command.Roles = [PortalRole.Admin];
        command.SchoolId = Guid.NewGuid();

        await Create(command);

        Assert.Null(_created!.SchoolId);
    }

    [Fact]
    public async Task A_school_lead_keeps_their_school()
    {
        var school = await new SchoolBuilder().SaveAsync(_database);
        var command = Assessor();
        command.Roles = [PortalRole.SchoolLead];
        command.SchoolId = school.Id;

        await Create(command);

        Assert.Equal(school.Id, _created!.SchoolId);
        Assert.Equal([PortalRole.SchoolLead], _created.Roles);
        Assert.Equal("Roles: School lead", Assert.Single(await AuditEntries()).Detail);
    }

    [Fact]
    public async Task A_school_that_does_not_exist_is_refused()
    {
        var command = Assessor();
        command.Roles = [PortalRole.SchoolLead];
        command.SchoolId = Guid.NewGuid();

        var refusal = await Assert.ThrowsAsync<DomainRuleException>(() => Create(command));

        Assert.Equal("SchoolId", refusal.Field);
        _accounts.Verify(a => a.CreateAsync(It.IsAny<NewUserAccount>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task When_the_account_cannot_be_created_nothing_is_recorded_and_no_invitation_is_sent()
    {
        _accounts.Setup(a => a.CreateAsync(It.IsAny<NewUserAccount>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidOperationException("Identity refused the account"));

        await Assert.ThrowsAsync<InvalidOperationException>(() => Create(Assessor()));

        Assert.Empty(await AuditEntries());
        _accounts.Verify(a => a.SendInvitationAsync(It.IsAny<Guid>(), It.IsAny<CancellationToken>()), Times.Never);
    }
}
