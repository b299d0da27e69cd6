using AoPortal.Application.Abstractions;
using AoPortal.Application.Common;
using AoPortal.Domain.Evidence;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace AoPortal.Application.Features.Evidence;

/// <summary>
/// The candidate answers "more evidence needed" with a new version of their item: new files (or, for a reflective
/// assignment, a new answer) and a note saying what changed. Earlier versions are kept. Files are handled as when
/// adding an item: checked before the save, deleted if anything fails, then scanned.
/// </summary>
public static class AddEvidenceVersion
{
    public sealed class Command
    {
        /// <summary>The item's version when the form was shown.</summary>
        public Guid Version { get; set; }

        /// <summary>For a reflective assignment: the answer, rewritten.</summary>
        public string? Answer { get; set; }

        public string? Note { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Answer).MaximumLength(20000).WithMessage("Your answer must be 20000 characters or fewer");
            RuleFor(c => c.Note).RequiredText("Say what this version changes", "What this version changes", 2000);
        }
    }

    public sealed class Handler(
        IAppDbContext db, ICurrentUser currentUser, IDocumentStore store, EvidenceFileInspector inspector, EvidenceUploadOptions options,
        IMalwareScanner scanner, TimeProvider clock, ILogger<Handler> logger)
    {
        public async Task Handle(Guid candidateId, Guid itemId, Command command, IReadOnlyList<(string? FileName, Stream Content, long Length)> files,
            CancellationToken cancellationToken)
        {
            var candidate = await EvidenceUploads.OwnCandidateInAssessmentAsync(db, currentUser, candidateId, cancellationToken);
            var item = await db.EvidenceItems.SingleOrDefaultAsync(i => i.Id == itemId && i.CandidateId == candidate.Id, cancellationToken)
                ?? throw new NotFoundException("The evidence");
            db.ExpectVersion(item, command.Version);
            var used = await EvidenceUploads.UsedBytesAsync(db, candidate.Id, cancellationToken);
            var stored = await EvidenceUploads.StoreAsync(store, inspector, options, files, used, cancellationToken);

            try
            {
                var answer = item.Kind == EvidenceKind.ReflectiveAssignment ? command.Answer : null;
                db.AuditEntries.Add(item.AddVersion(stored, answer, command.Note, currentUser.Actor, clock.GetUtcNow().UtcDateTime));
                await db.SaveChangesAsync(cancellationToken);
            }
            catch
            {
                await EvidenceUploads.DeleteAsync(store, stored.Select(f => f.StoredName));
                throw;
            }

            await EvidenceUploads.ScanAsync(db, store, scanner, item, logger, cancellationToken);
        }
    }
}
