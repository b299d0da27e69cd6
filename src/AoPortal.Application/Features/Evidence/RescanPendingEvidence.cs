using AoPortal.Application.Abstractions;
using AoPortal.Domain.Evidence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace AoPortal.Application.Features.Evidence;

/// <summary>
/// Scans again the files whose scan could not run when they were uploaded (the scanner was down), so their items reach
/// reviewers once they pass. Run on a timer by the web app; only items awaiting review can hold pending files.
/// </summary>
public static class RescanPendingEvidence
{
    public sealed class Handler(IAppDbContext db, IDocumentStore store, IMalwareScanner scanner, ILogger<Handler> logger)
    {
        /// <summary>Returns how many items had files still pending.</summary>
        public async Task<int> Handle(CancellationToken cancellationToken)
        {
            var waiting = await db.EvidenceItems.Where(i => i.Status == EvidenceStatus.AwaitingReview).ToListAsync(cancellationToken);
            var pending = waiting.Where(i => i.Latest.Files.Any(f => f.Scan == ScanResult.Pending)).ToList();
            foreach (var item in pending) await EvidenceUploads.ScanAsync(db, store, scanner, item, logger, cancellationToken);
            return pending.Count;
        }
    }
}
