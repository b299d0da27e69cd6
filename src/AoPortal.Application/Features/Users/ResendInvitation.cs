using AoPortal.Application.Abstractions;
using AoPortal.Application.Common;
using AoPortal.Domain.Common;

namespace AoPortal.Application.Features.Users;

/// <summary>An admin sends a new set-password link to someone who has not used theirs; the old link stops working.</summary>
public static class ResendInvitation
{
    public sealed class Handler(IAppDbContext db, IUserAccounts accounts, ICurrentUser currentUser, TimeProvider clock)
    {
        public async Task Handle(Guid userId, CancellationToken cancellationToken)
        {
            var user = await accounts.FindAsync(userId, cancellationToken) ?? throw new NotFoundException("The user");
            if (!user.IsActive) throw new DomainRuleException("A deactivated account cannot be sent an invitation");
            if (user.HasSetPassword) throw new DomainRuleException($"{user.DisplayName} has already set a password");

            await accounts.SendInvitationAsync(userId, cancellationToken);
            db.AuditEntries.Add(AuditEntry.Record(currentUser.Actor, clock.GetUtcNow().UtcDateTime, "User", userId, "Invitation sent again"));
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
