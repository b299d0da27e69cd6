using AoPortal.Application.Abstractions;
using AoPortal.Application.Common;
using AoPortal.Application.Features.Candidates;
using AoPortal.Application.Tests.Support;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Common;
using AoPortal.Domain.Users;
using AoPortal.Infrastructure.Identity;
using AoPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Moq;

namespace AoPortal.Application.Tests.Candidates;

public sealed class NominateStaffTests : IDisposable
{
    private const string LeadName = "Helen Head";
    private static readonly string[] Admins = ["admin.one@provider.example", "admin.two@provider.example"];

    private readonly SqliteTestDatabase _database = new();
    private readonly FakeTimeProvider _clock = new();
    private readonly Mock<IUserAccounts> _accounts = new(MockBehavior.Strict);
    private readonly Mock<IEmailSender> _email = new(MockBehavior.Strict);
    private readonly List<EmailMessage> _sent = [];
    private readonly NominateStaff.Validator _validator = new();
    private readonly Guid _leadId = Guid.NewGuid();
    private NewUserAccount? _created;
    private Guid _createdUserId;

    public NominateStaffTests()
    {
        _accounts.Setup(a => a.EmailInUseAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync(false);
        _accounts.Setup(a => a.SendInvitationAsync(It.IsAny<Guid>(), It.IsAny<CancellationToken>())).Returns(Task.CompletedTask);
        _accounts.Setup(a => a.EmailsInRoleAsync(PortalRole.Admin, It.IsAny<CancellationToken>())).ReturnsAsync(Admins);
        _email.Setup(e => e.SendAsync(It.IsAny<EmailMessage>(), It.IsAny<CancellationToken>()))
            .Callback((EmailMessage message, CancellationToken _) => _sent.Add(message))
            .Returns(Task.CompletedTask);
    }

    public void Dispose() => _database.Dispose();

    private static NominateStaff.Command NewNominee() => new()
    {
        FirstNames = "Ada",
        LastName = "Lovelace",
        Email = "ada.lovelace@example.com",
        AgeRange = "11-16",
        Subjects = "Mathematics",
    };

    private ICurrentUser Lead(Guid? schoolId) => TestUsers.With(_leadId, LeadName, schoolId, PortalRole.SchoolLead);

    /// <summary>The accounts port inserts a real AspNetUsers row through the handler's own context, as Identity does.</summary>
    private void AccountsCreateRealUsers(AoPortalDbContext db, Func<Guid, Guid>? returnedId = null) =>
        _accounts.Setup(a => a.CreateAsync(It.IsAny<NewUserAccount>(), It.IsAny<CancellationToken>()))
            .Returns(async (NewUserAccount account, CancellationToken ct) =>
            {
                _created = account;
                _createdUserId = Guid.NewGuid();
                db.Users.Add(new ApplicationUser
                {
                    Id = _createdUserId,
                    UserName = account.Email,
                    NormalizedUserName = account.Email.ToUpperInvariant(),
                    Email = account.Email,
                    NormalizedEmail = account.Email.ToUpperInvariant(),
                    DisplayName = account.DisplayName,
                    CreatedAt = _clock.Now.UtcDateTime,
                });
                await db.SaveChangesAsync(ct);
                return returnedId?.Invoke(_createdUserId) ?? _createdUserId;
            });

    private async Task<NominateStaff.Result> Nominate(NominateStaff.Command command, ICurrentUser user, Func<Guid, Guid>? returnedUserId = null)
    {
        await using var db = _database.NewContext();
        AccountsCreateRealUsers(db, returnedUserId);
        return await new NominateStaff.Handler(db, _accounts.Object, _email.Object, user, _clock).Handle(command, CancellationToken.None);
    }

    private async Task AssertNothingCreatedAsync()
    {
        _accounts.Verify(a => a.CreateAsync(It.IsAny<NewUserAccount>(), It.IsAny<CancellationToken>()), Times.Never);
        _accounts.Verify(a => a.SendInvitationAsync(It.IsAny<Guid>(), It.IsAny<CancellationToken>()), Times.Never);
        Assert.Empty(_sent);
        await using var db = _database.NewContext();
        Assert.Empty(await db.Candidates.ToListAsync());
        Assert.Empty(await db.Users.ToListAsync());
        Assert.Empty(await db.AuditEntries.ToListAsync());
    }

    // Validator

    [Fact]
    public void A_complete_nomination_needs_no_school() => ValidationAssert.IsValid(_validator.Validate(NewNominee()));

    [Fact]
    public void A_primary_nominee_needs_no_subject()
    {
        var command = NewNominee();
        command.AgeRange = "5-11";
        command.Subjects = null;
        ValidationAssert.IsValid(_validator.Validate(command));
    }

    public static TheoryData<string, string?, string> Refusals => new()
    {
        { nameof(NominateStaff.Command.FirstNames), "", "Enter the candidate's first names" },
        { nameof(NominateStaff.Command.FirstNames), new string('a', 101), "First names must be 100 characters or fewer" },
        { nameof(NominateStaff.Command.LastName), null, "Enter the candidate's last name" },
        { nameof(NominateStaff.Command.Email), " ", "Enter an email address" },
        { nameof(NominateStaff.Command.Email), "ada.lovelace.example.com", "Enter an email address in the correct format, like name@example.com" },
        { nameof(NominateStaff.Command.AgeRange), null, "Select the age range the candidate will be assessed for" },
        { nameof(NominateStaff.Command.AgeRange), "11 to 16", "Select an age range from the list" },
        { nameof(NominateStaff.Command.Subjects), "", "Enter the subject the candidate teaches" },
        { nameof(NominateStaff.Command.Subjects), "Mathematics, Physics, Chemistry, Biology", "Enter no more than 3 subjects" },
        { nameof(NominateStaff.Command.Subjects), new string('s', 101), "Each subject must be 100 characters or fewer" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void A_nomination_is_refused_with_the_same_message_as_an_admin_s_candidate_record(string field, string? value, string message)
    {
        var nomination = NewNominee();
        typeof(NominateStaff.Command).GetProperty(field)!.SetValue(nomination, value);
        var record = new CreateCandidate.Command
        {
            FirstNames = nomination.FirstNames, LastName = nomination.LastName, Email = nomination.Email,
            EmployingSchoolId = Guid.NewGuid(), AgeRange = nomination.AgeRange, Subjects = nomination.Subjects,
        };

        ValidationAssert.HasError(_validator.Validate(nomination), field, message);
        ValidationAssert.HasError(new CreateCandidate.Validator().Validate(record), field, message);
    }

    // Handler

    [Fact]
    public async Task A_school_lead_nominates_a_member_of_staff_at_their_own_school_who_is_then_invited()
    {
        var school = await new SchoolBuilder().Named("Willow Academy").SaveAsync(_database);
        var command = NewNominee();
        command.FirstNames = " Ada Augusta ";
        command.Email = " Ada.Lovelace@Example.com ";
        command.Subjects = " Mathematics, Computing ,";
        var savedBeforeInvitation = false;
        _accounts.Setup(a => a.SendInvitationAsync(It.IsAny<Guid>(), It.IsAny<CancellationToken>()))
            .Returns(async () =>
            {
                await using var other = _database.NewContext();
                savedBeforeInvitation = await other.Candidates.AnyAsync();
            });

        var result = await Nominate(command, Lead(school.Id));

        await using var db = _database.NewContext();
        var candidate = await db.Candidates.SingleAsync();
        Assert.Equal(result.CandidateId, candidate.Id);
        Assert.Equal("Ada Augusta Lovelace", result.FullName);
        Assert.Equal(_createdUserId, candidate.UserId);
        Assert.Equal("ada.lovelace@example.com", candidate.Email);
        Assert.Equal(school.Id, candidate.EmployingSchoolId);
        Assert.Equal(new AgeRange(11, 16), candidate.IntendedAgeRange);
        Assert.Equal(["Mathematics", "Computing"], candidate.Subjects);
        Assert.Equal(CandidateStatus.ApplicationDraft, candidate.Status);
        Assert.Equal(_clock.Now.UtcDateTime, candidate.CreatedAt);
        Assert.Equal(_leadId, candidate.NominatedById);
        Assert.Equal(LeadName, candidate.NominatedByName);

        Assert.NotNull(_created);
        Assert.Equal("Ada Augusta Lovelace", _created.DisplayName);
        Assert.Equal("Ada.Lovelace@Example.com", _created.Email);
        Assert.Equal([PortalRole.Candidate], _created.Roles);
        Assert.Null(_created.SchoolId);

        var audit = await db.AuditEntries.SingleAsync();
        Assert.Equal("Nominated by the school", audit.Action);
        Assert.Equal(LeadName, audit.Detail);
        Assert.Equal(_leadId, audit.ActorId);
        Assert.Equal(candidate.Id, audit.SubjectId);

        _accounts.Verify(a => a.SendInvitationAsync(_createdUserId, It.IsAny<CancellationToken>()), Times.Once);
        Assert.True(savedBeforeInvitation, "The invitation went out before the candidate record was saved.");
    }

    [Fact]
    public async Task Each_admin_is_told_which_school_nominated_whom_after_the_record_is_saved()
    {
        var school = await new SchoolBuilder().Named("Willow Academy").SaveAsync(_database);
        var savedBeforeEmail = new List<bool>();
        _email.Setup(e => e.SendAsync(It.IsAny<EmailMessage>(), It.IsAny<CancellationToken>()))
            .Returns(async (EmailMessage message, CancellationToken _) =>
            {
                _sent.Add(message);
                await using var other = _database.NewContext();
                savedBeforeEmail.Add(await other.Candidates.AnyAsync());
            });

        await Nominate(NewNominee(), Lead(school.Id));

        Assert.Equal(Admins, _sent.Select(m => m.To).Order());
        Assert.All(_sent, m => Assert.Equal("A school has nominated a candidate", m.Subject));
        Assert.All(_sent, m => Assert.Contains("Helen Head of Willow Academy has nominated Ada Lovelace", m.Body));
        Assert.Equal([true, true], savedBeforeEmail);
    }

    [Fact]
    public async Task With_no_admins_the_nomination_is_still_made()
    {
        var school = await new SchoolBuilder().SaveAsync(_database);
        _accounts.Setup(a => a.EmailsInRoleAsync(PortalRole.Admin, It.IsAny<CancellationToken>())).ReturnsAsync([]);

        await Nominate(NewNominee(), Lead(school.Id));

        Assert.Empty(_sent);
        await using var db = _database.NewContext();
        Assert.Equal(LeadName, (await db.Candidates.SingleAsync()).NominatedByName);
    }

    [Fact]
    public async Task An_email_address_already_in_use_is_refused_before_any_account_is_created()
    {
        var school = await new SchoolBuilder().SaveAsync(_database);
        _accounts.Setup(a => a.EmailInUseAsync("ada.lovelace@example.com", It.IsAny<CancellationToken>())).ReturnsAsync(true);

        var refusal = await Assert.ThrowsAsync<DomainRuleException>(() => Nominate(NewNominee(), Lead(school.Id)));

        Assert.Equal("Email", refusal.Field);
        Assert.Equal("An account with this email address already exists", refusal.Message);
        await AssertNothingCreatedAsync();
    }

    [Fact]
    public async Task Someone_who_is_not_a_school_lead_cannot_nominate_even_with_a_school()
    {
        var school = await new SchoolBuilder().SaveAsync(_database);

        await Assert.ThrowsAsync<NotFoundException>(() =>
            Nominate(NewNominee(), TestUsers.With(Guid.NewGuid(), "Test Admin", school.Id, PortalRole.Admin)));

        await AssertNothingCreatedAsync();
    }

    [Fact]
    public async Task A_school_lead_without_a_school_cannot_nominate()
    {
        await new SchoolBuilder().SaveAsync(_database);

        await Assert.ThrowsAsync<NotFoundException>(() => Nominate(NewNominee(), Lead(null)));

        await AssertNothingCreatedAsync();
    }

    [Fact]
    public async Task A_school_lead_whose_school_no_longer_exists_cannot_nominate()
    {
        await Assert.ThrowsAsync<NotFoundException>(() => Nominate(NewNominee(), Lead(Guid.NewGuid())));

        await AssertNothingCreatedAsync();
    }

    [Fact]
    public async Task When_the_candidate_record_cannot_be_saved_the_account_is_rolled_back_and_nobody_is_emailed()
    {
        var school = await new SchoolBuilder().SaveAsync(_database);
        // The port hands back the id of an account that already has a record, so the insert breaks Candidates.UserId's unique index.
        var existing = await new CandidateBuilder(school.Id).WithEmail("existing@example.com").SaveAsync(_database);

        await Assert.ThrowsAsync<DbUpdateException>(() => Nominate(NewNominee(), Lead(school.Id), returnedUserId: _ => existing.UserId));

        await using var db = _database.NewContext();
        Assert.False(await db.Users.AnyAsync(u => u.Id == _createdUserId), "The account saved inside the transaction was kept.");
        Assert.Equal([existing.Id], await db.Candidates.Select(c => c.Id).ToListAsync());
        Assert.DoesNotContain(await db.AuditEntries.Select(a => a.Action).ToListAsync(), a => a == "Nominated by the school");
        _accounts.Verify(a => a.SendInvitationAsync(It.IsAny<Guid>(), It.IsAny<CancellationToken>()), Times.Never);
        Assert.Empty(_sent);
    }
}
