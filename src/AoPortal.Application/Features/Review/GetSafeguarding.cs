using AoPortal.Application.Abstractions;
using AoPortal.Application.Common;
using AoPortal.Application.Features.Candidates;
using AoPortal.Domain.Applications;
using AoPortal.Domain.Common;
using AoPortal.Domain.Eligibility;
using AoPortal.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Application.Features.Review;

/// <summary>
/// A candidate's safeguarding details (DBS, prohibition check, declarations), for admins and moderators only.
/// Every reading is written to the audit trail.
/// </summary>
public static class GetSafeguarding
{
    public sealed record Result(Guid CandidateId, string CandidateName, SafeguardingChecks? Checks, Declarations? Declarations);

    public sealed class Handler(IAppDbContext db, ICurrentUser currentUser, TimeProvider clock)
    {
        public async Task<Result> Handle(Guid candidateId, CancellationToken cancellationToken)
        {
            if (!currentUser.IsInRole(PortalRole.Admin) && !currentUser.IsInRole(PortalRole.Moderator))
                throw new NotFoundException("The candidate's safeguarding details");
            var candidate = await db.Candidates.AsNoTracking().Where(c => c.Id == candidateId).VisibleTo(currentUser)
                .SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("The candidate");

            db.AuditEntries.Add(AuditEntry.Record(currentUser.Actor, clock.GetUtcNow().UtcDateTime, "Candidate", candidate.Id, "Safeguarding details viewed"));
            await db.SaveChangesAsync(cancellationToken);
            return new Result(candidate.Id, candidate.FullName, candidate.Review.Safeguarding, candidate.Application.Declarations);
        }
    }
}
