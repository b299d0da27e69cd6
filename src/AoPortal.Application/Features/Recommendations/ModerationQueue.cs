using AoPortal.Application.Abstractions;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Recommendations;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Application.Features.Recommendations;

/// <summary>
/// Proposals waiting for a moderator, oldest first, each saying whether the current user may moderate it (never their own
/// candidate or their own proposal). One query, however long the queue.
/// </summary>
public static class ModerationQueue
{
    public sealed record Item(
        Guid CandidateId, string CandidateName, string? AssessorName, RecommendationOutcome Outcome, string ProposedByName, DateTime ProposedAt, bool CanModerate);

    public sealed class Handler(IAppDbContext db, ICurrentUser currentUser)
    {
        public async Task<IReadOnlyList<Item>> Handle(CancellationToken cancellationToken)
        {
            var rows = await db.Recommendations.AsNoTracking()
                .Where(r => r.Status == RecommendationStatus.Proposed)
                .Join(db.Candidates.AsNoTracking().Where(c => c.Status == CandidateStatus.RecommendationPending), r => r.CandidateId, c => c.Id,
                    (r, c) => new { c.Id, c.FirstNames, c.LastName, c.AssessorId, c.AssessorName, r.Outcome, r.ProposedById, r.ProposedByName, r.ProposedAt })
                .ToListAsync(cancellationToken);
            return rows
                .OrderBy(r => r.ProposedAt)
                .Select(r => new Item(r.Id, $"{r.FirstNames} {r.LastName}", r.AssessorName, r.Outcome!.Value, r.ProposedByName ?? "", r.ProposedAt!.Value,
                    Recommendation.FourEyesAllow(currentUser.UserId, r.AssessorId, r.ProposedById)))
                .ToList();
        }
    }
}
