using AoPortal.Application.Abstractions;
using AoPortal.Application.Common;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Common;
using AoPortal.Domain.Evidence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace AoPortal.Application.Features.Evidence;

/// <summary>
/// What adding an item and adding a version share: storing the uploaded files safely, checking them and the candidate's
/// quota, deleting every file of the request when anything is refused or the save fails, and the malware scan.
/// </summary>
internal static class EvidenceUploads
{
    /// <summary>The form field the files come in, and that refusals are shown on.</summary>
    public const string Field = "Files";

    /// <summary>
    /// The signed-in candidate's own record, which must be in assessment to take evidence. Anyone else's id, or someone
    /// who is not this candidate, finds nothing.
    /// </summary>
    public static async Task<Candidate> OwnCandidateInAssessmentAsync(IAppDbContext db, ICurrentUser currentUser, Guid candidateId, CancellationToken cancellationToken)
    {
        var userId = currentUser.UserId ?? Guid.Empty;
        var candidate = await db.Candidates.AsNoTracking()
            .SingleOrDefaultAsync(c => c.Id == candidateId && c.UserId == userId && userId != Guid.Empty, cancellationToken)
            ?? throw new NotFoundException("The candidate");
        if (candidate.Status != CandidateStatus.InAssessment)
            throw new DomainRuleException("You can add evidence to your portfolio while your assessment is in progress");
        return candidate;
    }

    /// <summary>
    /// What all the candidate's stored evidence files take, every version of every item, summed by the database from the
    /// sizes in each item's versions (JSON) rather than by loading every item whole: a candidate's portfolio only grows.
    /// </summary>
    public static async Task<long> UsedBytesAsync(IAppDbContext db, Guid candidateId, CancellationToken cancellationToken) =>
        await db.EvidenceItems.AsNoTracking().Where(i => i.CandidateId == candidateId)
            .SumAsync(i => i.Versions.Sum(v => v.Files.Sum(f => f.Size)), cancellationToken);

    /// <summary>
    /// Streams each file to the store under a random name while hashing it, then inspects the stored copy by its content.
    /// Sizes and the quota are checked on the declared lengths before anything is stored, and again on what was really
    /// read. On any refusal (or failure) every file stored by this request is deleted and the refusal is thrown, on "Files".
    /// </summary>
    public static async Task<List<EvidenceFile>> StoreAsync(
        IDocumentStore store, EvidenceFileInspector inspector, EvidenceUploadOptions options,
        IReadOnlyList<(string? FileName, Stream Content, long Length)> files, long usedBytes, CancellationToken cancellationToken)
    {
        if (files.Count > EvidenceItem.MaxFilesPerVersion)
            throw new DomainRuleException($"Upload no more than {EvidenceItem.MaxFilesPerVersion} files at a time", Field);
        if (files.FirstOrDefault(f => f.Length > options.MaxFileSizeBytes) is { Content: not null } large) throw TooLarge(options, large.FileName);
        if (usedBytes + files.Sum(f => f.Length) > options.MaxCandidateQuotaBytes) throw OverQuota(options, usedBytes);

        var storedNames = new List<string>();
        var stored = new List<EvidenceFile>();
        try
        {
            foreach (var (fileName, content, _) in files)
            {
                var storedName = Guid.NewGuid().ToString("N");
                storedNames.Add(storedName);
                using var hashing = new HashingStream(content, options.MaxFileSizeBytes);
                await store.SaveAsync(storedName, hashing, cancellationToken);
                if (hashing.TooLarge) throw TooLarge(options, fileName);

                var result = await InspectAsync(store, inspector, options, storedName, fileName, cancellationToken);
                if (!result.IsAccepted) throw new DomainRuleException(result.RefusalMessage, Field);
                stored.Add(new EvidenceFile(storedName, result.FileName, result.Kind.ContentType, hashing.Length, hashing.HashHex()));
            }

            if (usedBytes + stored.Sum(f => f.Size) > options.MaxCandidateQuotaBytes) throw OverQuota(options, usedBytes);
            return stored;
        }
        catch
        {
            await DeleteAsync(store, storedNames);
            throw;
        }
    }

    /// <summary>Deletes stored files whatever happened to the request (the cleanup must not be cancelled with it).</summary>
    public static async Task DeleteAsync(IDocumentStore store, IEnumerable<string> storedNames)
    {
        foreach (var name in storedNames) await store.DeleteAsync(name, CancellationToken.None);
    }

    /// <summary>
    /// Runs the malware scanner on each file of the item's latest version still pending, read back from the store, and
    /// saves the verdicts. When the scanner fails, the files stay pending (the item stays hidden from reviewers), it is
    /// logged, and <see cref="RescanPendingEvidence"/> tries again later.
    /// </summary>
    public static async Task ScanAsync(IAppDbContext db, IDocumentStore store, IMalwareScanner scanner, EvidenceItem item, ILogger logger,
        CancellationToken cancellationToken)
    {
        if (item.Latest.Files.Count == 0) return;
        try
        {
            foreach (var file in item.Latest.Files.Where(f => f.Scan == ScanResult.Pending))
            {
                await using var content = await store.OpenReadAsync(file.StoredName, cancellationToken)
                    ?? throw new InvalidOperationException($"Stored file {file.StoredName} is missing.");
                var clean = await scanner.IsCleanAsync(content, file.FileName, cancellationToken);
                item.RecordScan(file.Id, clean ? ScanResult.Clean : ScanResult.Infected);
                if (!clean) logger.LogWarning("The malware scanner found evidence file {FileId} of item {ItemId} infected", file.Id, item.Id);
            }

            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "The malware scan of evidence item {ItemId} failed; its files stay pending, hidden from reviewers", item.Id);
        }
    }

    private static async Task<EvidenceInspectionResult> InspectAsync(IDocumentStore store, EvidenceFileInspector inspector, EvidenceUploadOptions options,
        string storedName, string? fileName, CancellationToken cancellationToken)
    {
        await using var content = await store.OpenReadAsync(storedName, cancellationToken)
            ?? throw new InvalidOperationException($"Stored file {storedName} is missing just after it was saved.");
        if (content.CanSeek) return inspector.Inspect(content, fileName, options);

        // A store that cannot seek (a remote one, say): inspect a temporary local copy, still without holding it in memory.
        await using var copy = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        await content.CopyToAsync(copy, cancellationToken);
        return inspector.Inspect(copy, fileName, options);
    }

    private static DomainRuleException TooLarge(EvidenceUploadOptions options, string? fileName) =>
        new($"{EvidenceFileInspector.SanitiseFileName(fileName)} must be {options.MaxSizeText} or smaller", Field);

    private static DomainRuleException OverQuota(EvidenceUploadOptions options, long usedBytes) =>
        new($"You have used {EvidenceUploadOptions.SizeText(usedBytes)} of your {options.MaxCandidateQuotaText} of evidence. " +
            "This upload would take you over: remove some of its files or make them smaller, or ask your provider for more space", Field);
}
