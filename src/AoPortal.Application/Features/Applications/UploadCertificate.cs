using AoPortal.Application.Abstractions;
using AoPortal.Application.Common;
using AoPortal.Domain.Applications;
using AoPortal.Domain.Common;

namespace AoPortal.Application.Features.Applications;

/// <summary>
/// The candidate uploads a certificate for their degree or a GCSE. The file must be a PDF, JPEG or PNG by its
/// content (and its name must agree), and no larger than the limit. It is stored under a random name while its SHA-256 is
/// computed; a failed save leaves no file behind, and a replaced certificate's file is deleted.
/// </summary>
public static class UploadCertificate
{
    public const string Field = "File";

    public sealed class Handler(IAppDbContext db, ICurrentUser currentUser, IDocumentStore store, UploadOptions options, TimeProvider clock)
    {
        public async Task<ApplicationDocument> Handle(DocumentKind kind, string? fileName, Stream content, long length, CancellationToken cancellationToken)
        {
            if (!Enum.IsDefined(kind)) throw new DomainRuleException("Choose which certificate this is", Field);
            if (length <= 0) throw new DomainRuleException("The selected file is empty", Field);
            if (length > options.MaxFileSizeBytes) throw TooLarge();

            var candidate = await OwnApplication.LoadAsync(db, currentUser, cancellationToken);
            // Checked before anything is stored, so a refused upload never writes a file.
            candidate.EnsureApplicationCanChange();

            var header = new byte[UploadedFileKind.HeaderLength];
            var headerLength = await content.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, cancellationToken);
            if (headerLength == 0) throw new DomainRuleException("The selected file is empty", Field);
            var contentType = UploadedFileKind.Detect(header.AsSpan(0, headerLength));
            if (contentType is null || !UploadedFileKind.ExtensionMatches(contentType, fileName))
                throw new DomainRuleException("The selected file must be a PDF, JPG or PNG", Field);

            var storedName = Guid.NewGuid().ToString("N");
            using var hashing = new HashingStream(header.AsMemory(0, headerLength), content, options.MaxFileSizeBytes);
            ApplicationDocument document;
            ApplicationDocument? replaced;
            try
            {
                await store.SaveAsync(storedName, hashing, cancellationToken);
                if (hashing.TooLarge) throw TooLarge();
                document = new ApplicationDocument(Guid.NewGuid(), kind, storedName, fileName ?? "", contentType, hashing.Length,
                    hashing.HashHex(), clock.GetUtcNow().UtcDateTime);
                replaced = candidate.AttachDocument(document);
                await db.SaveChangesAsync(cancellationToken);
            }
            catch
            {
                // Not saved: no file may be left without a record.
                await store.DeleteAsync(storedName, CancellationToken.None);
                throw;
            }

            if (replaced is not null) await store.DeleteAsync(replaced.StoredName, CancellationToken.None);
            return document;
        }

        private DomainRuleException TooLarge() => new($"The selected file must be smaller than {options.MaxSizeText}", Field);
    }
}
