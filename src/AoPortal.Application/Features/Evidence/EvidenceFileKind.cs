namespace AoPortal.Application.Features.Evidence;

/// <summary>
/// A kind of file a candidate may upload as portfolio evidence. The kind is always told from the file's content
/// (see <see cref="EvidenceFileInspector"/>); the name's extension must merely agree with it.
/// </summary>
public sealed class EvidenceFileKind
{
    public static readonly EvidenceFileKind Pdf = new("Pdf", "application/pdf", [".pdf"], "PDF", "PDF", "a");

    public static readonly EvidenceFileKind Docx = new("Docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", [".docx"], "Word document", "Word", "a");

    public static readonly EvidenceFileKind Xlsx = new("Xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", [".xlsx"], "Excel spreadsheet", "Excel", "an");

    public static readonly EvidenceFileKind Pptx = new("Pptx",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation", [".pptx"], "PowerPoint presentation", "PowerPoint", "a");

    public static readonly EvidenceFileKind Jpeg = new("Jpeg", "image/jpeg", [".jpg", ".jpeg"], "JPEG image", "JPEG", "a");

    public static readonly EvidenceFileKind Png = new("Png", "image/png", [".png"], "PNG image", "PNG", "a");

    public static readonly EvidenceFileKind Mp4 = new("Mp4", "video/mp4", [".mp4"], "MP4 video", "MP4", "an");

    /// <summary>Every kind, in the order they are listed to people.</summary>
    public static IReadOnlyList<EvidenceFileKind> All { get; } = [Pdf, Docx, Xlsx, Pptx, Jpeg, Png, Mp4];

    private readonly string _article;

    private EvidenceFileKind(string name, string contentType, string[] extensions, string displayName, string shortName, string article)
    {
        Name = name;
        ContentType = contentType;
        Extensions = extensions;
        DisplayName = displayName;
        ShortName = shortName;
        _article = article;
    }

    /// <summary>The name used in configuration ("Pdf", "Docx", "Xlsx", "Pptx", "Jpeg", "Png", "Mp4").</summary>
    public string Name { get; }

    /// <summary>The media type to store and to serve the file with, like "application/pdf".</summary>
    public string ContentType { get; }

    /// <summary>The extensions a file of this kind may have, lower case with the dot; the first is the usual one.</summary>
    public IReadOnlyList<string> Extensions { get; }

    /// <summary>As people read it: "PDF", "Word document", "Excel spreadsheet", "JPEG image"...</summary>
    public string DisplayName { get; }

    /// <summary>As in a list of kinds: "PDF", "Word", "Excel", "PowerPoint", "JPEG", "PNG", "MP4".</summary>
    public string ShortName { get; }

    /// <summary>"a PDF", "a Word document", "an Excel spreadsheet", "an MP4 video"...</summary>
    public string DisplayNameWithArticle => $"{_article} {DisplayName}";

    /// <summary>"a PDF", "a Word", "an Excel", "an MP4"... for the first of a list of kinds.</summary>
    internal string ShortNameWithArticle => $"{_article} {ShortName}";

    /// <summary>Whether this is a Word, Excel or PowerPoint file (Office Open XML, a ZIP archive).</summary>
    public bool IsOfficeDocument => this == Docx || this == Xlsx || this == Pptx;

    /// <summary>The kind with this configuration name (case-insensitive), or null.</summary>
    public static EvidenceFileKind? FromName(string? name) =>
        All.FirstOrDefault(kind => string.Equals(kind.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The kind whose extensions include this one (".pdf", case-insensitive), or null.</summary>
    public static EvidenceFileKind? FromExtension(string? extension) =>
        All.FirstOrDefault(kind => kind.Extensions.Contains(extension ?? "", StringComparer.OrdinalIgnoreCase));

    public override string ToString() => Name;
}
