using System.Text;
using AoPortal.Domain.Common;

namespace AoPortal.Domain.Applications;

/// <summary>
/// A certificate the candidate uploaded. The file itself is kept by a document store under <see cref="StoredName"/>,
/// a random name; this is what the portal knows about it.
/// </summary>
public sealed class ApplicationDocument
{
    public const int MaxOriginalNameLength = 100;

    private ApplicationDocument() { }

    public ApplicationDocument(Guid id, DocumentKind kind, string storedName, string originalName, string contentType, long size, string sha256, DateTime uploadedAt)
    {
        if (!Enum.IsDefined(kind)) throw new DomainRuleException("Choose which certificate this is");
        if (size <= 0) throw new DomainRuleException("The selected file is empty", "File");
        Id = id == Guid.Empty ? Guid.NewGuid() : id;
        Kind = kind;
        StoredName = Guard.Required(storedName, "The stored file needs a name", 100);
        OriginalName = SanitiseName(originalName);
        ContentType = contentType;
        Size = size;
        Sha256 = sha256;
        UploadedAt = DateTime.SpecifyKind(uploadedAt, DateTimeKind.Utc);
    }

    public Guid Id { get; private set; }
    public DocumentKind Kind { get; private set; }
    public string StoredName { get; private set; } = "";

    /// <summary>The name the candidate's file had: the file name only, without control characters, at most 100 characters.</summary>
    public string OriginalName { get; private set; } = "";

    /// <summary>The type detected from the file's content.</summary>
    public string ContentType { get; private set; } = "";

    public long Size { get; private set; }

    /// <summary>SHA-256 of the content, lower-case hex.</summary>
    public string Sha256 { get; private set; } = "";

    public DateTime UploadedAt { get; private set; }

    /// <summary>The file name only (no folders, either slash), without control characters, trimmed, at most 100 characters.</summary>
    public static string SanitiseName(string? name)
    {
        var text = name ?? "";
        var slash = text.LastIndexOfAny(['/', '\\']);
        if (slash >= 0) text = text[(slash + 1)..];
        var clean = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsControl(c)) clean.Append(c);
        }

        text = clean.ToString().Trim();
        if (text.Length > MaxOriginalNameLength) text = text[..MaxOriginalNameLength].TrimEnd();
        return text.Length == 0 ? "certificate" : text;
    }
}
