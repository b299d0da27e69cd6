using AoPortal.Application.Abstractions;
using AoPortal.Application.Common;
using AoPortal.Application.Features.Applications;
using AoPortal.Application.Tests.Support;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Common;
using AoPortal.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Moq;

namespace AoPortal.Application.Tests.Applications;

public sealed class SubmitApplicationTests : IDisposable
{
    private readonly SqliteTestDatabase _database = new();
    private readonly Mock<IUserAccounts> _accounts = new(MockBehavior.Strict);
    private readonly Mock<IEmailSender> _email = new(MockBehavior.Strict);
    private readonly List<EmailMessage> _sent = [];

    public SubmitApplicationTests()
    {
        _accounts.Setup(a => a.EmailsInRoleAsync(PortalRole.Admin, It.IsAny<CancellationToken>()))
            .ReturnsAsync(["admin.one@provider.example", "admin.two@provider.example"]);
        _accounts.Setup(a => a.SchoolLeadEmailsAsync(It.IsAny<Guid>(), It.IsAny<CancellationToken>())).ReturnsAsync([]);
        _email.Setup(e => e.SendAsync(It.IsAny<EmailMessage>(), It.IsAny<CancellationToken>()))
            .Callback((EmailMessage message, CancellationToken _) => _sent.Add(message))
            .Returns(Task.CompletedTask);
    }

    public void Dispose() => _database.Dispose();

    public static TheoryData<string> Changes => ApplicationChanges.Names;

    private Task Submit(Applicant applicant) => applicant.Submit(_accounts.Object, _email.Object);

    private async Task<Applicant> CompletedAsync()
    {
        var applicant = await Applicant.InvitedAsync(_database);
        await applicant.CompleteAsync();
        return applicant;
    }

    [Fact]
    public async Task An_application_with_no_sections_complete_is_refused_naming_every_section()
    {
        var applicant = await Applicant.InvitedAsync(_database);

        var refusal = await Assert.ThrowsAsync<DomainRuleException>(() => Submit(applicant));

        Assert.StartsWith("Complete these sections before you submit: ", refusal.Message);
        foreach (var section in new[] { "personal details", "teaching experience", "age range and subjects", "declarations", "your school" })
            Assert.Contains(section, refusal.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("degree and gcses", refusal.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_incomplete_application_is_refused_naming_only_the_sections_left_and_stays_a_draft_without_emails()
    {
        var applicant = await Applicant.InvitedAsync(_database);
        await applicant.SavePersonalDetails(ApplicationCommands.PersonalDetails());
        await applicant.SaveExperience(ApplicationCommands.CurrentPost());
        await applicant.SaveDeclarations(ApplicationCommands.Declarations());
        await applicant.SaveSchoolSupport(ApplicationCommands.SchoolSupport(applicant.Candidate.EmployingSchoolId!.Value));
        var before = await StoredCandidates.SnapshotAsync(_database);

        var refusal = await Assert.ThrowsAsync<DomainRuleException>(() => Submit(applicant));

        Assert.Contains("teaching experience", refusal.Message);
        Assert.Contains("age range and subjects", refusal.Message);
        Assert.Contains("degree and", refusal.Message);
        Assert.DoesNotContain("personal details", refusal.Message);
        Assert.DoesNotContain("declarations", refusal.Message);
        Assert.DoesNotContain("your school", refusal.Message);
        Assert.Equal(before, await StoredCandidates.SnapshotAsync(_database));
        var candidate = await applicant.ReloadAsync();
        Assert.Equal(CandidateStatus.ApplicationDraft, candidate.Status);
        Assert.Null(candidate.Application.SubmittedAt);
        await using var db = _database.NewContext();
        Assert.DoesNotContain(await db.AuditEntries.ToListAsync(), a => a.Action == "Application submitted");
        _email.Verify(e => e.SendAsync(It.IsAny<EmailMessage>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task A_complete_application_is_submitted_with_an_audit_entry_and_the_time()
    {
        var applicant = await CompletedAsync();

        await Submit(applicant);

        var candidate = await applicant.ReloadAsync();
        Assert.Equal(CandidateStatus.Submitted, candidate.Status);
        Assert.Equal(FakeTimeProvider.DefaultNow.UtcDateTime, candidate.Application.SubmittedAt);
        await using var db = _database.NewContext();
        var audit = await db.AuditEntries.SingleAsync(a => a.Action == "Application submitted");
        Assert.Equal("Candidate", audit.SubjectType);
        Assert.Equal(candidate.Id, audit.SubjectId);
        Assert.Equal(applicant.Candidate.UserId, audit.ActorId);
        Assert.Equal("Test Candidate", audit.ActorName);
        Assert.Equal(FakeTimeProvider.DefaultNow.UtcDateTime, audit.OccurredAt);
        Assert.Equal("Application in progress to Application submitted", audit.Detail);
    }

    [Fact]
    public async Task The_submission_time_comes_back_from_the_database_as_utc()
    {
        var applicant = await CompletedAsync();

        await Submit(applicant);

        var submittedAt = (await applicant.ReloadAsync()).Application.SubmittedAt;
        Assert.NotNull(submittedAt);
        Assert.Equal(DateTimeKind.Utc, submittedAt.Value.Kind);
    }

    [Fact]
    public async Task Each_admin_is_emailed_once_after_the_submission_is_saved()
    {
        var applicant = await CompletedAsync();
        var savedBeforeEmail = new List<bool>();
        _email.Setup(e => e.SendAsync(It.IsAny<EmailMessage>(), It.IsAny<CancellationToken>()))
            .Returns(async (EmailMessage message, CancellationToken _) =>
            {
                _sent.Add(message);
                await using var db = _database.NewContext();
                savedBeforeEmail.Add(await db.Candidates.AnyAsync(c => c.Id == applicant.Candidate.Id && c.Status == CandidateStatus.Submitted));
            });

        await Submit(applicant);

        Assert.Equal(["admin.one@provider.example", "admin.two@provider.example"], _sent.Select(m => m.To).Order());
        Assert.All(_sent, m => Assert.Equal("An application has been submitted", m.Subject));
        Assert.All(_sent, m => Assert.Contains("Ada Lovelace", m.Body));
        Assert.Equal([true, true], savedBeforeEmail);
        _accounts.Verify(a => a.EmailsInRoleAsync(PortalRole.Admin, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task The_employing_school_s_leads_are_asked_to_confirm_its_support()
    {
        var applicant = await CompletedAsync();
        _accounts.Setup(a => a.SchoolLeadEmailsAsync(applicant.Candidate.EmployingSchoolId!.Value, It.IsAny<CancellationToken>()))
            .ReturnsAsync(["lead@school.example"]);

        await Submit(applicant);

        var toLead = Assert.Single(_sent, m => m.To == "lead@school.example");
        Assert.Equal("Please confirm your school's support for an Assessment Only candidate", toLead.Subject);
        Assert.Contains("Ada Lovelace", toLead.Body);
        Assert.Equal(2, _sent.Count(m => m.Subject == "An application has been submitted"));
    }

    [Fact]
    public async Task With_no_admins_the_application_is_still_submitted()
    {
        var applicant = await CompletedAsync();
        _accounts.Setup(a => a.EmailsInRoleAsync(PortalRole.Admin, It.IsAny<CancellationToken>())).ReturnsAsync([]);

        await Submit(applicant);

        Assert.Equal(CandidateStatus.Submitted, (await applicant.ReloadAsync()).Status);
        Assert.Empty(_sent);
    }

    [Fact]
    public async Task An_application_cannot_be_submitted_twice()
    {
        var applicant = await CompletedAsync();
        await Submit(applicant);
        _sent.Clear();

        await Assert.ThrowsAsync<DomainRuleException>(() => Submit(applicant));

        Assert.Empty(_sent);
        await using var db = _database.NewContext();
        Assert.Single(await db.AuditEntries.Where(a => a.Action == "Application submitted").ToListAsync());
    }

    [Fact]
    public async Task A_user_without_a_candidate_record_cannot_submit()
    {
        var someoneElse = await CompletedAsync();

        await Assert.ThrowsAsync<NotFoundException>(async () =>
        {
            await using var db = _database.NewContext();
            await new SubmitApplication.Handler(db, TestUsers.Candidate(Guid.NewGuid()), _accounts.Object, _email.Object, new FakeTimeProvider())
                .Handle(CancellationToken.None);
        });

        Assert.Equal(CandidateStatus.ApplicationDraft, (await someoneElse.ReloadAsync()).Status);
        _email.Verify(e => e.SendAsync(It.IsAny<EmailMessage>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Theory]
    [MemberData(nameof(Changes))]
    public async Task A_submitted_application_cannot_be_changed(string change)
    {
        var applicant = await CompletedAsync();
        await Submit(applicant);
        var before = await StoredCandidates.SnapshotAsync(_database);

        var refusal = await Assert.ThrowsAsync<DomainRuleException>(async () =>
        {
            await using var db = _database.NewContext();
            await ApplicationChanges.RunAsync(change, db, applicant.User, applicant.Clock, applicant.Candidate.EmployingSchoolId!.Value);
        });

        Assert.Contains("cannot be changed", refusal.Message);
        Assert.Equal(before, await StoredCandidates.SnapshotAsync(_database));
    }
}
