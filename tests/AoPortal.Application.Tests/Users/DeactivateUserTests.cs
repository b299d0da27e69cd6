using AoPortal.Application.Abstractions;
using AoPortal.Application.Common;
using AoPortal.Application.Features.Users;
using AoPortal.Application.Tests.Support;
using AoPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Moq;

namespace AoPortal.Application.Tests.Users;

public sealed class DeactivateUserTests : IDisposable
{
    private readonly SqliteTestDatabase _database = new();
    private readonly FakeTimeProvider _clock = new();
    private readonly Mock<IUserAccounts> _accounts = new(MockBehavior.Strict);
    private readonly Guid _adminId = Guid.NewGuid();
    private readonly Guid _userId = Guid.NewGuid();

    public DeactivateUserTests()
    {
        _accounts.Setup(a => a.FindAsync(It.IsAny<Guid>(), It.IsAny<CancellationToken>())).ReturnsAsync((UserAccountSummary?)null);
        _accounts.Setup(a => a.DeactivateAsync(It.IsAny<Guid>(), It.IsAny<CancellationToken>())).Returns(Task.CompletedTask);
    }

    public void Dispose() => _database.Dispose();

    private void Exists(UserAccountSummary user) =>
        _accounts.Setup(a => a.FindAsync(user.Id, It.IsAny<CancellationToken>())).ReturnsAsync(user);

    private async Task Deactivate(Guid userId)
    {
        await using var db = _database.NewContext();
        await new DeactivateUser.Handler(db, _accounts.Object, TestUsers.Admin(_adminId), _clock).Handle(userId, CancellationToken.None);
    }

    private async Task<List<AuditEntry>> AuditEntries()
    {
        await using var db = _database.NewContext();
        return await db.AuditEntries.ToListAsync();
    }

    [Fact]
    public async Task Deactivating_someone_stops_their_account_and_records_it()
    {
        Exists(UserAccountSummaries.Active(_userId));

        await Deactivate(_userId);

        _accounts.Verify(a => a.DeactivateAsync(_userId, It.IsAny<CancellationToken>()), Times.Once);
        var audit = Assert.Single(await AuditEntries());
        Assert.Equal("User account deactivated", audit.Action);
        Assert.Equal("User", audit.SubjectType);
        Assert.Equal(_userId, audit.SubjectId);
        Assert.Equal(_adminId, audit.ActorId);
        Assert.Equal(TestUsers.AdminName, audit.ActorName);
        Assert.Equal(_clock.Now.UtcDateTime, audit.OccurredAt);
    }

    [Fact]
    public async Task Deactivating_your_own_account_is_refused()
    {
        Exists(UserAccountSummaries.Active(_adminId));

        var refusal = await Assert.ThrowsAsync<DomainRuleException>(() => Deactivate(_adminId));

        Assert.Equal("You cannot deactivate your own account", refusal.Message);
        _accounts.Verify(a => a.DeactivateAsync(It.IsAny<Guid>(), It.IsAny<CancellationToken>()), Times.Never);
        Assert.Empty(await AuditEntries());
    }

    [Fact]
    public async Task Deactivating_an_account_already_deactivated_is_refused()
    {
        Exists(UserAccountSummaries.Deactivated(_userId));

        var refusal = await Assert.ThrowsAsync<DomainRuleException>(() => Deactivate(_userId));

        Assert.Equal("Sam Jones's account is already deactivated", refusal.Message);
        _accounts.Verify(a => a.DeactivateAsync(It.IsAny<Guid>(), It.IsAny<CancellationToken>()), Times.Never);
        Assert.Empty(await AuditEntries());
    }

    [Fact]
    public async Task Deactivating_someone_who_does_not_exist_is_not_found()
    {
        await Assert.ThrowsAsync<NotFoundException>(() => Deactivate(_userId));

        _accounts.Verify(a => a.DeactivateAsync(It.IsAny<Guid>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task When_the_account_cannot_be_deactivated_nothing_is_recorded()
    {
        Exists(UserAccountSummaries.Active(_userId));
        _accounts.Setup(a => a.DeactivateAsync(_userId, It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidOperationException("Identity refused the change"));

        await Assert.ThrowsAsync<InvalidOperationException>(() => Deactivate(_userId));

        Assert.Empty(await AuditEntries());
    }
}
