using AoPortal.Application.Abstractions;
using AoPortal.Application.Common;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Application.Features.Evidence;

/// <summary>
/// A file of a portfolio item, by candidate, item and file id, only for someone who may see that item
/// (<see cref="PortfolioAccess"/>: never another candidate, nor another school's lead; a school lead only an accepted
/// item), and only once it has passed the malware scan unless it is the candidate's own. Anything else is not found,
/// so guessing ids tells nothing. The caller serves it as an attachment under its sanitised name.
/// </summary>
public static class DownloadEvidenceFile
{
    public sealed record Result(Stream Content, string FileName, string ContentType);

    public sealed class Handler(IAppDbContext db, ICurrentUser currentUser, IDocumentStore store)
    {
        public async Task<Result> Handle(Guid candidateId, Guid itemId, Guid fileId, CancellationToken cancellationToken)
        {
            var item = await PortfolioAccess.Items(db, currentUser, candidateId).AsNoTracking()
                .SingleOrDefaultAsync(i => i.Id == itemId, cancellationToken) ?? throw new NotFoundException("The file");
            var file = item.Versions.SelectMany(v => v.Files).FirstOrDefault(f => f.Id == fileId);
            if (file is null || !PortfolioAccess.MaySee(currentUser, item) || !PortfolioAccess.MayDownload(currentUser, file))
                throw new NotFoundException("The file");
            var content = await store.OpenReadAsync(file.StoredName, cancellationToken) ?? throw new NotFoundException("The file");
            return new Result(content, file.FileName, file.ContentType);
        }
    }
}
