using AoPortal.Application.Abstractions;
using AoPortal.Application.Common;
using AoPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Application.Features.Users;

/// <summary>One account and what has happened to it.</summary>
public static class GetUser
{
    public sealed record Result(UserAccountSummary User, IReadOnlyList<AuditEntry> History);

    public sealed class Handler(IAppDbContext db, IUserAccounts accounts)
    {
        public async Task<Result> Handle(Guid userId, CancellationToken cancellationToken)
        {
            var user = await accounts.FindAsync(userId, cancellationToken) ?? throw new NotFoundException("The user");
            var history = await db.AuditEntries.AsNoTracking()
                .Where(a => a.SubjectId == userId)
                .OrderByDescending(a => a.OccurredAt)
                .ToListAsync(cancellationToken);
            return new Result(user, history);
        }
    }
}
