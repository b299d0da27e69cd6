using AoPortal.Application.Abstractions;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Evidence;
using AoPortal.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Application.Features.Evidence;

/// <summary>
/// The evidence waiting for the current user's review: an assessor's own candidates' items, every candidate's for admins
/// and moderators; newest submission first. Items whose files have not all passed the malware scan stay out of it. One
/// query, however long the queue: the status is filtered in SQL, the scan results (inside the versions' JSON) in memory.
/// <see cref="Handler.CountAsync"/> counts the same queue in the database, for pages that show only its length.
/// </summary>
public static class ReviewQueue
{
    public sealed record Item(Guid CandidateId, string CandidateName, Guid ItemId, string Title, EvidenceKind Kind, int VersionNumber, DateTime SubmittedAt);

    public sealed class Handler(IAppDbContext db, ICurrentUser currentUser)
    {
        public async Task<IReadOnlyList<Item>> Handle(CancellationToken cancellationToken)
        {
            if (ReviewersCandidates() is not { } candidates) return [];
            var rows = await AwaitingReview()
                .Join(candidates, i => i.CandidateId, c => c.Id, (i, c) => new { Item = i, c.FirstNames, c.LastName })
                .ToListAsync(cancellationToken);
            return rows
                .Where(r => r.Item.IsVisibleToReviewers)
                .OrderByDescending(r => r.Item.LatestSubmittedAt)
                .Select(r => new Item(r.Item.CandidateId, $"{r.FirstNames} {r.LastName}", r.Item.Id, r.Item.Title, r.Item.Kind,
                    r.Item.Latest.Number, r.Item.LatestSubmittedAt))
                .ToList();
        }

        /// <summary>
        /// How many items <see cref="Handle"/> would list, counted by the database without reading them: the latest version
        /// (the highest number) must have no file that is not clean, <see cref="EvidenceItem.IsVisibleToReviewers"/> in SQL.
        /// </summary>
        public async Task<int> CountAsync(CancellationToken cancellationToken) =>
            ReviewersCandidates() is not { } candidates ? 0
            : await AwaitingReview()
                .Join(candidates, i => i.CandidateId, c => c.Id, (i, _) => i)
                .CountAsync(i => !i.Versions.Any(v => v.Number == i.Versions.Max(x => x.Number) && v.Files.Any(f => f.Scan != ScanResult.Clean)),
                    cancellationToken);

        /// <summary>Whose queue the current user sees, to cache its count under: everyone's, or an assessor's own candidates'.</summary>
        public string Owner => ReviewsEveryone ? "everyone" : $"assessor {currentUser.UserId}";

        private bool ReviewsEveryone => currentUser.IsInRole(PortalRole.Admin) || currentUser.IsInRole(PortalRole.Moderator);

        /// <summary>The candidates whose evidence the current user reviews; null for someone who reviews none.</summary>
        private IQueryable<Candidate>? ReviewersCandidates()
        {
            if (!ReviewsEveryone && !currentUser.IsInRole(PortalRole.Assessor)) return null;
            var assessorId = currentUser.UserId ?? Guid.Empty;
            return ReviewsEveryone ? db.Candidates.AsNoTracking() : db.Candidates.AsNoTracking().Where(c => c.AssessorId == assessorId);
        }

        private IQueryable<EvidenceItem> AwaitingReview() =>
            db.EvidenceItems.AsNoTracking().Where(i => i.Status == EvidenceStatus.AwaitingReview);
    }
}
