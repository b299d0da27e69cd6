using AoPortal.Application.Abstractions;
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

public sealed class CreateCandidateTests : IDisposable
{
    private readonly SqliteTestDatabase _database = new();
    private readonly FakeTimeProvider _clock = new();
    private readonly Mock<IUserAccounts> _accounts = new(MockBehavior.Strict);
    private readonly CreateCandidate.Validator _validator = new();
    private NewUserAccount? _created;
    private Guid _createdUserId;

    public CreateCandidateTests()
    {
        _accounts.Setup(a => a.EmailInUseAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync(false);
        _accounts.Setup(a => a.SendInvitationAsync(It.IsAny<Guid>(), It.IsAny<CancellationToken>())).Returns(Task.CompletedTask);
    }

    public void Dispose() => _database.Dispose();

    private static CreateCandidate.Command NewCandidate(Guid? schoolId = null) => new()
    {
        FirstNames = "Ada",
        LastName = "Lovelace",
        Email = "ada.lovelace@example.com",
        EmployingSchoolId = schoolId ?? Guid.NewGuid(),
        AgeRange = "11-16",
        Subjects = "Mathematics",
    };

    /// <summary>
    /// Makes the accounts port insert a real AspNetUsers row through the handler's own context, as Identity does,
    /// so the candidate's foreign key holds and the row shares the handler's transaction.
    /// </summary>
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

    private async Task<Guid> Create(CreateCandidate.Command command, Func<Guid, Guid>? returnedUserId = null)
    {
        await using var db = _database.NewContext();
        AccountsCreateRealUsers(db, returnedUserId);
        return await new CreateCandidate.Handler(db, _accounts.Object, TestUsers.Admin(), _clock).Handle(command, CancellationToken.None);
    }

    // Validator

    [Fact]
    public void A_complete_candidate_is_valid() => ValidationAssert.IsValid(_validator.Validate(NewCandidate()));

    [Fact]
    public void A_candidate_without_first_names_is_refused()
    {
        var command = NewCandidate();
        command.FirstNames = "";
        ValidationAssert.HasError(_validator.Validate(command), "FirstNames", "Enter the candidate's first names");
    }

    [Fact]
    public void A_candidate_without_a_last_name_is_refused()
    {
        var command = NewCandidate();
        command.LastName = null;
        ValidationAssert.HasError(_validator.Validate(command), "LastName", "Enter the candidate's last name");
    }

    [Fact]
    public void A_candidate_without_an_email_address_is_refused()
    {
        var command = NewCandidate();
        command.Email = " ";
        ValidationAssert.HasError(_validator.Validate(command), "Email", "Enter an email address");
    }

    [Fact]
    public void A_candidate_with_an_email_address_in_the_wrong_format_is_refused()
    {
        var command = NewCandidate();
        command.Email = "ada.lovelace.example.com";
        ValidationAssert.HasError(_validator.Validate(command), "Email", "Enter an email address in the correct format, like name@example.com");
    }

    [Fact]
    public void A_candidate_without_an_employing_school_is_refused()
    {
        var command = NewCandidate();
        command.EmployingSchoolId = null;
        ValidationAssert.HasError(_validator.Validate(command), "EmployingSchoolId", "Select the candidate's employing school");
    }

    [Fact]
    public void A_candidate_without_an_age_range_is_refused()
    {
        var command = NewCandidate();
        command.AgeRange = null;
        ValidationAssert.HasError(_validator.Validate(command), "AgeRange", "Select the age range the candidate will be assessed for");
    }

    [Theory]
    [InlineData("11 to 16")]
    [InlineData("1-19")]
    [InlineData("11-13")]
    public void An_age_range_not_from_the_list_is_refused(string ageRange)
    {
        var command = NewCandidate();
        command.AgeRange = ageRange;
        ValidationAssert.HasError(_validator.Validate(command), "AgeRange", "Select an age range from the list");
    }

    [Fact]
    public void A_candidate_assessed_past_age_11_must_name_their_subject()
    {
        var command = NewCandidate();
        command.AgeRange = "11-16";
        command.Subjects = "";
        ValidationAssert.HasError(_validator.Validate(command), "Subjects", "Enter the subject the candidate teaches");
    }

    [Fact]
    public void A_primary_candidate_needs_no_subject()
    {
        var command = NewCandidate();
        command.AgeRange = "5-11";
        command.Subjects = null;
        ValidationAssert.IsValid(_validator.Validate(command));
    }

    [Fact]
    public void More_than_3_subjects_are_refused()
    {
        var command = NewCandidate();
        command.Subjects = "Mathematics, Physics, Chemistry, Biology";
        ValidationAssert.HasError(_validator.Validate(command), "Subjects", "Enter no more than 3 subjects");
    }

    [Fact]
    public void Three_subjects_are_accepted()
    {
        var command = NewCandidate();
        command.Subjects = "Mathematics, Physics, Chemistry,";
        ValidationAssert.IsValid(_validator.Validate(command));
    }

    // Handler

    [Fact]
    public async Task Creating_a_candidate_saves_their_record_and_account_together_then_invites_them()
    {
        var school = await new SchoolBuilder().SaveAsync(_database);
        var command = NewCandidate(school.Id);
        command.FirstNames = " Ada Augusta ";
        command.LastName = " Lovelace ";
        command.Email = " Ada.Lovelace@Example.com ";
        command.Subjects = " Mathematics, Computing ,";
        var savedBeforeInvitation = false;
        _accounts.Setup(a => a.SendInvitationAsync(It.IsAny<Guid>(), It.IsAny<CancellationToken>()))
            .Returns(async () =>
            {
                await using var other = _database.NewContext();
                savedBeforeInvitation = await other.Candidates.AnyAsync();
            });

        var id = await Create(command);

        await using var db = _database.NewContext();
        var candidate = await db.Candidates.SingleAsync();
        Assert.Equal(id, candidate.Id);
        Assert.Equal(_createdUserId, candidate.UserId);
        Assert.Equal("Ada Augusta", candidate.FirstNames);
        Assert.Equal("Lovelace", candidate.LastName);
        Assert.Equal("ada.lovelace@example.com", candidate.Email);
        Assert.Equal(school.Id, candidate.EmployingSchoolId);
        Assert.Equal(new AgeRange(11, 16), candidate.IntendedAgeRange);
        Assert.Equal(["Mathematics", "Computing"], candidate.Subjects);
        Assert.Equal(CandidateStatus.ApplicationDraft, candidate.Status);
        Assert.Equal(_clock.Now.UtcDateTime, candidate.CreatedAt);

        Assert.NotNull(_created);
        Assert.Equal("Ada Augusta Lovelace", _created.DisplayName);
        Assert.Equal("Ada.Lovelace@Example.com", _created.Email);
        Assert.Equal([PortalRole.Candidate], _created.Roles);
        Assert.Null(_created.SchoolId);
        Assert.True(await db.Users.AnyAsync(u => u.Id == _createdUserId));

        var audit = await db.AuditEntries.SingleAsync();
        Assert.Equal("Candidate record created and invited", audit.Action);
        Assert.Equal("Candidate", audit.SubjectType);
        Assert.Equal(id, audit.SubjectId);
        Assert.Equal(TestUsers.AdminName, audit.ActorName);

        _accounts.Verify(a => a.SendInvitationAsync(_createdUserId, It.IsAny<CancellationToken>()), Times.Once);
        Assert.True(savedBeforeInvitation, "The invitation went out before the candidate record was saved.");
    }

    [Fact]
    public async Task A_primary_candidate_is_saved_without_subjects()
    {
        var school = await new SchoolBuilder().SaveAsync(_database);
        var command = NewCandidate(school.Id);
        command.AgeRange = "5-11";
        command.Subjects = null;

        await Create(command);

        await using var db = _database.NewContext();
        var candidate = await db.Candidates.SingleAsync();
        Assert.Equal(new AgeRange(5, 11), candidate.IntendedAgeRange);
        Assert.Empty(candidate.Subjects);
    }

    [Fact]
    public async Task A_school_that_does_not_exist_is_refused()
    {
        var refusal = await Assert.ThrowsAsync<DomainRuleException>(() => Create(NewCandidate(Guid.NewGuid())));

        Assert.Equal("EmployingSchoolId", refusal.Field);
        _accounts.Verify(a => a.CreateAsync(It.IsAny<NewUserAccount>(), It.IsAny<CancellationToken>()), Times.Never);
        await using var db = _database.NewContext();
        Assert.Empty(await db.Candidates.ToListAsync());
    }

    [Fact]
    public async Task An_email_address_already_in_use_is_refused_before_any_account_is_created()
    {
        var school = await new SchoolBuilder().SaveAsync(_database);
        _accounts.Setup(a => a.EmailInUseAsync("ada.lovelace@example.com", It.IsAny<CancellationToken>())).ReturnsAsync(true);

        var refusal = await Assert.ThrowsAsync<DomainRuleException>(() => Create(NewCandidate(school.Id)));

        Assert.Equal("Email", refusal.Field);
        Assert.Equal("An account with this email address already exists", refusal.Message);
        _accounts.Verify(a => a.CreateAsync(It.IsAny<NewUserAccount>(), It.IsAny<CancellationToken>()), Times.Never);
        _accounts.Verify(a => a.SendInvitationAsync(It.IsAny<Guid>(), It.IsAny<CancellationToken>()), Times.Never);
        await using var db = _database.NewContext();
        Assert.Empty(await db.Candidates.ToListAsync());
        Assert.Empty(await db.Users.ToListAsync());
    }

    [Fact]
    public async Task When_the_candidate_record_cannot_be_saved_the_account_created_for_it_is_rolled_back()
    {
        var school = await new SchoolBuilder().SaveAsync(_database);
        // The accounts port saves a new account, then (contrived) hands back the id of an account that already
        // has a candidate record, so the insert breaks the unique index on Candidates.UserId inside the transaction.
        var existing = await new CandidateBuilder(school.Id).WithEmail("existing@example.com").SaveAsync(_database);

        await Assert.ThrowsAsync<DbUpdateException>(() => Create(NewCandidate(school.Id), returnedUserId: _ => existing.UserId));

        await using var db = _database.NewContext();
        Assert.NotEqual(Guid.Empty, _createdUserId);
        Assert.False(await db.Users.AnyAsync(u => u.Id == _createdUserId), "The account saved inside the transaction was kept.");
        Assert.Equal([existing.UserId], await db.Users.Select(u => u.Id).ToListAsync());
        Assert.Equal([existing.Id], await db.Candidates.Select(c => c.Id).ToListAsync());
        Assert.Equal([existing.Id], await db.AuditEntries.Select(a => a.SubjectId).ToListAsync());
        _accounts.Verify(a => a.SendInvitationAsync(It.IsAny<Guid>(), It.IsAny<CancellationToken>()), Times.Never);
    }
}
