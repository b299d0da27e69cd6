using AoPortal.Application.Abstractions;
using AoPortal.Application.Common;
using AoPortal.Application.Features.Candidates;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Evidence;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Application.Features.Evidence;

/// <summary>
/// One portfolio item with all its versions, their files and the reviews, for someone who may see it
/// (<see cref="PortfolioAccess"/>); anything else is not found. Two queries.
/// </summary>
public static class GetEvidenceItem
{
    /// <param name="CanAddVersion">The candidate themself, in assessment, asked for more: they may add a new version.</param>
    public sealed record Result(Guid CandidateId, string CandidateName, bool IsOwn, bool CanAddVersion, EvidenceItem Item)
    {
        /// <summary>Whether the person looking may download this file (the candidate their own unless infected; others once clean).</summary>
        public bool MayDownload(EvidenceFile file) => IsOwn ? file.Scan != ScanResult.Infected : file.Scan == ScanResult.Clean;
    }

    public sealed class Handler(IAppDbContext db, ICurrentUser currentUser)
    {
        public async Task<Result> Handle(Guid candidateId, Guid itemId, CancellationToken cancellationToken)
        {
            var candidate = await db.Candidates.AsNoTracking().Where(c => c.Id == candidateId).VisibleTo(currentUser)
                .Select(c => new { c.Id, c.FirstNames, c.LastName, c.Status })
                .SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("The evidence");
            var item = await PortfolioAccess.Items(db, currentUser, candidateId).AsNoTracking()
                .SingleOrDefaultAsync(i => i.Id == itemId, cancellationToken);
            if (item is null || !PortfolioAccess.MaySee(currentUser, item)) throw new NotFoundException("The evidence");
            var isOwn = PortfolioAccess.IsCandidate(currentUser);
            return new Result(candidate.Id, $"{candidate.FirstNames} {candidate.LastName}", isOwn,
                isOwn && candidate.Status == CandidateStatus.InAssessment && item.Status == EvidenceStatus.MoreRequested, item);
        }
    }
}
