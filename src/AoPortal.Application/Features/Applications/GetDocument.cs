using AoPortal.Application.Abstractions;
using AoPortal.Application.Common;
using AoPortal.Application.Features.Candidates;
using AoPortal.Domain.Candidates;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Application.Features.Applications;

/// <summary>An uploaded certificate, for the candidate themself or someone allowed to see the candidate.</summary>
public static class GetDocument
{
    public sealed record Result(Stream Content, string FileName, string ContentType);

    public sealed class Handler(IAppDbContext db, ICurrentUser currentUser, IDocumentStore store)
    {
        /// <summary>One of the signed-in candidate's own documents.</summary>
        public Task<Result> Mine(Guid documentId, CancellationToken cancellationToken) =>
            Load(db.Candidates.Where(c => c.UserId == (currentUser.UserId ?? Guid.Empty)), documentId, cancellationToken);

        /// <summary>A candidate's document, when the current user may see that candidate.</summary>
        public Task<Result> ById(Guid candidateId, Guid documentId, CancellationToken cancellationToken) =>
            Load(db.Candidates.Where(c => c.Id == candidateId).VisibleTo(currentUser), documentId, cancellationToken);

        private async Task<Result> Load(IQueryable<Candidate> which, Guid documentId, CancellationToken cancellationToken)
        {
            var candidate = await which.AsNoTracking().SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("The document");
            var document = candidate.Application.Document(documentId) ?? throw new NotFoundException("The document");
            var content = await store.OpenReadAsync(document.StoredName, cancellationToken) ?? throw new NotFoundException("The document");
            return new Result(content, document.OriginalName, document.ContentType);
        }
    }
}
