using AoPortal.Application.Abstractions;
using AoPortal.Application.Common;
using AoPortal.Application.Features.Candidates;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Evidence;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Application.Features.Evidence;

/// <summary>
/// A candidate's portfolio, newest submission first, with each item's status and the latest feedback, for everyone who
/// may see the candidate: the candidate and provider staff see every item (staff once its files have passed the
/// malware scan), a school lead only accepted items (see <see cref="PortfolioAccess"/>). Two queries.
/// </summary>
public static class GetPortfolio
{
    public sealed record Item(
        Guid Id, EvidenceKind Kind, string Title, DateOnly Date, IReadOnlyList<string> Standards, EvidenceStatus Status, int VersionCount,
        string? Feedback, DateOnly? DueBy, ScanResult Scan, DateTime LatestSubmittedAt);

    /// <param name="IsOwn">The candidate themself is looking: they may add evidence while in assessment.</param>
    public sealed record Result(Guid CandidateId, string CandidateName, bool IsOwn, bool CanAdd, IReadOnlyList<Item> Items)
    {
        public int FeedbackWaiting => Items.Count(i => i.Status == EvidenceStatus.MoreRequested);
    }

    public sealed class Handler(IAppDbContext db, ICurrentUser currentUser)
    {
        public async Task<Result> Handle(Guid candidateId, CancellationToken cancellationToken)
        {
            var candidate = await db.Candidates.AsNoTracking().Where(c => c.Id == candidateId).VisibleTo(currentUser)
                .Select(c => new { c.Id, c.FirstNames, c.LastName, c.Status })
                .SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("The candidate");
            var items = await PortfolioAccess.Items(db, currentUser, candidateId).AsNoTracking()
                .OrderByDescending(i => i.LatestSubmittedAt).ToListAsync(cancellationToken);
            var isOwn = PortfolioAccess.IsCandidate(currentUser);
            return new Result(candidate.Id, $"{candidate.FirstNames} {candidate.LastName}", isOwn, isOwn && candidate.Status == CandidateStatus.InAssessment,
                items.Where(i => PortfolioAccess.MaySee(currentUser, i)).Select(Summary).ToList());
        }

        private static Item Summary(EvidenceItem item)
        {
            var review = item.Reviews.LastOrDefault();
            var waiting = item.Status == EvidenceStatus.MoreRequested ? review : null;
            var files = item.Latest.Files;
            var scan = files.Any(f => f.Scan == ScanResult.Infected) ? ScanResult.Infected
                : files.Any(f => f.Scan == ScanResult.Pending) ? ScanResult.Pending
                : ScanResult.Clean;
            return new Item(item.Id, item.Kind, item.Title, item.Date, item.StandardList, item.Status, item.Versions.Count,
                waiting?.Feedback, waiting?.DueBy, scan, item.LatestSubmittedAt);
        }
    }
}
