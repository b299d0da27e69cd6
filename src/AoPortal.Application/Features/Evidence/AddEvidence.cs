using AoPortal.Application.Abstractions;
using AoPortal.Application.Common;
using AoPortal.Domain.Evidence;
using FluentValidation;
using Microsoft.Extensions.Logging;

namespace AoPortal.Application.Features.Evidence;

/// <summary>
/// The candidate adds an item to their own portfolio: what it is, its date, the standards it evidences, the confirmation
/// that pupils' personal data is removed, and its files (or, for a reflective assignment, the written answer, files
/// optional). The files are streamed to the store and checked by content before the item is saved; a refusal or a
/// failed save leaves neither a row nor a file. The files are then scanned for malware; until they pass, reviewers
/// do not see the item.
/// </summary>
public static class AddEvidence
{
    public const string FilesField = EvidenceUploads.Field;

    public sealed class Command
    {
        /// <summary>The form's one-time id (<see cref="OncePerSubmission"/>): new each time the form is made.</summary>
        public Guid? SubmissionId { get; set; } = Guid.NewGuid();

        public EvidenceKind? Kind { get; set; }
        public string? Title { get; set; }
        public DateParts Date { get; set; } = new();
        public string? Description { get; set; }

        /// <summary>For a reflective assignment: the provider's prompt it answers.</summary>
        public string? Prompt { get; set; }

        /// <summary>Standards and points, by code ("TS1", "TS5b"), from the checkboxes.</summary>
        public List<string> Standards { get; set; } = [];

        public bool PupilDataRemoved { get; set; }

        /// <summary>For a reflective assignment: the answer, written in the portal.</summary>
        public string? Answer { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider clock, EvidenceUploadOptions options)
        {
            RuleFor(c => c.Kind).NotNull().WithMessage("Select what kind of evidence this is")
                .IsInEnum().WithMessage("Select what kind of evidence this is");
            RuleFor(c => c.Title).RequiredText("Enter a title", "Title", 200);
            RuleFor(c => c.Date).PastDate("The date of the evidence", clock);
            RuleFor(c => c.Description).MaximumLength(4000).WithMessage("Description must be 4000 characters or fewer");
            When(c => c.Kind == EvidenceKind.ReflectiveAssignment, () =>
            {
                RuleFor(c => c.Prompt).Cascade(CascadeMode.Stop)
                    .NotEmpty().WithMessage("Select the assignment you are answering")
                    .Must(p => options.GetAssignmentPrompts().Contains(p!)).WithMessage("Select one of the assignments listed");
                RuleFor(c => c.Answer).RequiredText("Write your answer to the assignment", "Your answer", 20000);
            });
            RuleFor(c => c.Standards).Must(s => s.Any(code => !string.IsNullOrWhiteSpace(code)))
                .WithMessage("Select at least one standard or point this evidences");
            RuleFor(c => c.PupilDataRemoved).Equal(true).WithMessage("Confirm that you have removed pupils' personal data");
        }
    }

    public sealed class Handler(
        IAppDbContext db, ICurrentUser currentUser, IDocumentStore store, EvidenceFileInspector inspector, EvidenceUploadOptions options,
        IMalwareScanner scanner, TimeProvider clock, ILogger<Handler> logger)
    {
        /// <summary>Adds the item with the uploaded files (name as sent, content, declared length); returns its id.</summary>
        public async Task<Guid> Handle(Guid candidateId, Command command, IReadOnlyList<(string? FileName, Stream Content, long Length)> files,
            CancellationToken cancellationToken)
        {
            var candidate = await EvidenceUploads.OwnCandidateInAssessmentAsync(db, currentUser, candidateId, cancellationToken);
            if (await db.EarlierResultAsync(command.SubmissionId, currentUser, cancellationToken) is { } earlier) return earlier;
            var used = await EvidenceUploads.UsedBytesAsync(db, candidate.Id, cancellationToken);
            var stored = await EvidenceUploads.StoreAsync(store, inspector, options, files, used, cancellationToken);

            EvidenceItem item;
            try
            {
                var kind = command.Kind ?? throw new Domain.Common.DomainRuleException("Select what kind of evidence this is", nameof(Command.Kind));
                var date = command.Date.AsDate ?? throw new Domain.Common.DomainRuleException("Enter the date of the evidence", nameof(Command.Date));
                var isAssignment = kind == EvidenceKind.ReflectiveAssignment;
                (item, var audit) = EvidenceItem.Add(candidate.Id, kind, command.Title ?? "", date, command.Description,
                    isAssignment ? command.Prompt : null, command.Standards, command.PupilDataRemoved, stored, isAssignment ? command.Answer : null,
                    currentUser.Actor, clock.GetUtcNow().UtcDateTime, UkDate.Today(clock));
                db.EvidenceItems.Add(item);
                db.AuditEntries.Add(audit);
                if (await db.SaveOnceAsync(command.SubmissionId, item.Id, currentUser, clock.GetUtcNow().UtcDateTime, cancellationToken) is { } racedAhead)
                {
                    // The same form, sent twice at once, was saved by the other sending: these copies of its files go.
                    await EvidenceUploads.DeleteAsync(store, stored.Select(f => f.StoredName));
                    return racedAhead;
                }
            }
            catch
            {
                // Not saved: no file may be left without its row.
                await EvidenceUploads.DeleteAsync(store, stored.Select(f => f.StoredName));
                throw;
            }

            await EvidenceUploads.ScanAsync(db, store, scanner, item, logger, cancellationToken);
            return item.Id;
        }
    }
}
