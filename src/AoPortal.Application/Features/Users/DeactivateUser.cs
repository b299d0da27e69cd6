using AoPortal.Application.Abstractions;
using AoPortal.Application.Common;
using AoPortal.Domain.Common;

namespace AoPortal.Application.Features.Users;

/// <summary>An admin stops someone signing in. Their records and history stay.</summary>
public static class DeactivateUser
{
    public sealed class Handler(IAppDbContext db, IUserAccounts accounts, ICurrentUser currentUser, TimeProvider clock)
    {
        public async Task Handle(Guid userId, CancellationToken cancellationToken)
        {
            var user = await accounts.FindAsync(userId, cancellationToken) ?? throw new NotFoundException("The user");
            if (userId == currentUser.UserId) throw new DomainRuleException("You cannot deactivate your own account");
            if (!user.IsActive) throw new DomainRuleException($"{user.DisplayName}'s account is already deactivated");

            await db.InTransactionAsync(async ct =>
            {
                await accounts.DeactivateAsync(userId, ct);
                db.AuditEntries.Add(AuditEntry.Record(currentUser.Actor, clock.GetUtcNow().UtcDateTime, "User", userId, "User account deactivated"));
                await db.SaveChangesAsync(ct);
            }, cancellationToken);
        }
    }
}
