using AoPortal.Application.Abstractions;
using AoPortal.Application.Features.Candidates;
using AoPortal.Domain.Evidence;
using AoPortal.Domain.Users;

namespace AoPortal.Application.Features.Evidence;

/// <summary>
/// Who sees which items of a portfolio, for everyone who may see the candidate (<see cref="CandidateVisibility"/>):
/// the candidate every item of their own; provider staff every item whose latest files have passed the malware scan
/// (an item still being scanned, or found infected, stays out of their sight); a school lead only accepted items,
/// as the coverage map counts them. Files: the candidate's own unless infected; anyone else's only once clean.
/// </summary>
internal static class PortfolioAccess
{
    /// <summary>The candidate's items the current user may see, when they may see the candidate at all; the scan filter is applied in memory.</summary>
    public static IQueryable<EvidenceItem> Items(IAppDbContext db, ICurrentUser currentUser, Guid candidateId)
    {
        var candidates = db.Candidates.Where(c => c.Id == candidateId).VisibleTo(currentUser).Select(c => c.Id);
        var items = db.EvidenceItems.Where(i => candidates.Contains(i.CandidateId));
        return IsSchoolLead(currentUser) ? items.Where(i => i.Status == EvidenceStatus.Accepted) : items;
    }

    /// <summary>Whether the current user sees this item, of a candidate they may see (the scan, for provider staff).</summary>
    public static bool MaySee(ICurrentUser currentUser, EvidenceItem item) => !currentUser.IsProviderStaff() || item.IsVisibleToReviewers;

    /// <summary>Whether the current user may download this file of an item they may see.</summary>
    public static bool MayDownload(ICurrentUser currentUser, EvidenceFile file) =>
        IsCandidate(currentUser) ? file.Scan != ScanResult.Infected : file.Scan == ScanResult.Clean;

    public static bool IsCandidate(ICurrentUser currentUser) => !currentUser.IsProviderStaff() && currentUser.IsInRole(PortalRole.Candidate);

    private static bool IsSchoolLead(ICurrentUser currentUser) => !currentUser.IsProviderStaff() && currentUser.IsInRole(PortalRole.SchoolLead);
}
