using AoPortal.Application.Abstractions;
using AoPortal.Application.Common;
using AoPortal.Application.Features.Users;
using AoPortal.Application.Tests.Support;
using AoPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Moq;

namespace AoPortal.Application.Tests.Users;

public sealed class ResendInvitationTests : IDisposable
{
    private readonly SqliteTestDatabase _database = new();
    private readonly FakeTimeProvider _clock = new();
    private readonly Mock<IUserAccounts> _accounts = new(MockBehavior.Strict);
    private readonly Guid _userId = Guid.NewGuid();

    public ResendInvitationTests()
    {
        _accounts.Setup(a => a.FindAsync(It.IsAny<Guid>(), It.IsAny<CancellationToken>())).ReturnsAsync((UserAccountSummary?)null);
        _accounts.Setup(a => a.SendInvitationAsync(It.IsAny<Guid>(), It.IsAny<CancellationToken>())).Returns(Task.CompletedTask);
    }

    public void Dispose() => _database.Dispose();

    private void Exists(UserAccountSummary user) =>
        _accounts.Setup(a => a.FindAsync(user.Id, It.IsAny<CancellationToken>())).ReturnsAsync(user);

    private async Task Resend(Guid userId)
    {
        await using var db = _database.NewContext();
        await new ResendInvitation.Handler(db, _accounts.Object, TestUsers.Admin(), _clock).Handle(userId, CancellationToken.None);
    }

    private async Task<List<AuditEntry>> AuditEntries()
    {
        await using var db = _database.NewContext();
        return await db.AuditEntries.ToListAsync();
    }

    [Fact]
    public async Task Someone_who_has_not_set_a_password_is_sent_a_new_invitation_and_it_is_recorded()
    {
        Exists(UserAccountSummaries.Active(_userId, hasSetPassword: false));

        await Resend(_userId);

        _accounts.Verify(a => a.SendInvitationAsync(_userId, It.IsAny<CancellationToken>()), Times.Once);
        var audit = Assert.Single(await AuditEntries());
        Assert.Equal("Invitation sent again", audit.Action);
        Assert.Equal("User", audit.SubjectType);
        Assert.Equal(_userId, audit.SubjectId);
        Assert.Equal(TestUsers.AdminName, audit.ActorName);
        Assert.Equal(_clock.Now.UtcDateTime, audit.OccurredAt);
    }

    [Fact]
    public async Task Someone_who_has_already_set_a_password_is_not_sent_an_invitation()
    {
        Exists(UserAccountSummaries.Active(_userId, hasSetPassword: true));

        var refusal = await Assert.ThrowsAsync<DomainRuleException>(() => Resend(_userId));

        Assert.Equal("Sam Jones has already set a password", refusal.Message);
        _accounts.Verify(a => a.SendInvitationAsync(It.IsAny<Guid>(), It.IsAny<CancellationToken>()), Times.Never);
        Assert.Empty(await AuditEntries());
    }

    [Fact]
    public async Task A_deactivated_account_is_not_sent_an_invitation()
    {
        Exists(UserAccountSummaries.Deactivated(_userId));

        var refusal = await Assert.ThrowsAsync<DomainRuleException>(() => Resend(_userId));

        Assert.Equal("A deactivated account cannot be sent an invitation", refusal.Message);
        _accounts.Verify(a => a.SendInvitationAsync(It.IsAny<Guid>(), It.IsAny<CancellationToken>()), Times.Never);
        Assert.Empty(await AuditEntries());
    }

    [Fact]
    public async Task Someone_who_does_not_exist_is_not_found()
    {
        await Assert.ThrowsAsync<NotFoundException>(() => Resend(_userId));

        _accounts.Verify(a => a.SendInvitationAsync(It.IsAny<Guid>(), It.IsAny<CancellationToken>()), Times.Never);
    }
}
