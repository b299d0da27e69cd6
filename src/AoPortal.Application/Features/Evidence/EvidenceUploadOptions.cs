using System.Globalization;

namespace AoPortal.Application.Features.Evidence;

/// <summary>
/// Settings under "Evidence": which kinds of file candidates may upload as evidence, the limits, and the prompts of the
/// reflective assignments candidates answer in the portal.
/// </summary>
public sealed class EvidenceUploadOptions
{
    public const string Section = "Evidence";
    public const long DefaultMaxFileSizeBytes = 50L * 1024 * 1024;
    public const long DefaultMaxCandidateQuotaBytes = 500L * 1024 * 1024;
    public const int DefaultMaxZipEntries = 2000;
    public const long DefaultMaxZipUncompressedBytes = 500L * 1024 * 1024;
    public const int DefaultMaxCompressionRatio = 100;

    /// <summary>
    /// Names of the allowed kinds (see <see cref="EvidenceFileKind.Name"/>: "Pdf", "Docx", "Xlsx", "Pptx", "Jpeg",
    /// "Png", "Mp4"). Empty, the default, allows all seven. (It is not pre-filled with the seven because the
    /// configuration binder adds configured items to a list's existing ones, so a configured list could never narrow it.)
    /// </summary>
    public List<string> AllowedKinds { get; set; } = [];

    /// <summary>How often, in minutes, files whose malware scan could not run are scanned again.</summary>
    public int RescanMinutes { get; set; } = 10;

    /// <summary>The largest single file, in bytes.</summary>
    public long MaxFileSizeBytes { get; set; } = DefaultMaxFileSizeBytes;

    /// <summary>The most all of one candidate's evidence files may take together, in bytes (checked by the upload handler).</summary>
    public long MaxCandidateQuotaBytes { get; set; } = DefaultMaxCandidateQuotaBytes;

    /// <summary>The most entries a Word, Excel or PowerPoint file (a ZIP archive) may have.</summary>
    public int MaxZipEntries { get; set; } = DefaultMaxZipEntries;

    /// <summary>The most bytes all entries of a Word, Excel or PowerPoint file may expand to, together.</summary>
    public long MaxZipUncompressedBytes { get; set; } = DefaultMaxZipUncompressedBytes;

    /// <summary>
    /// The most an entry of a Word, Excel or PowerPoint file may expand to, as a multiple of its compressed size.
    /// Entries that expand to no more than <see cref="EvidenceFileInspector.CompressionRatioGraceBytes"/> are not held to it.
    /// </summary>
    public int MaxCompressionRatio { get; set; } = DefaultMaxCompressionRatio;

    /// <summary>
    /// The provider's reflective assignments, as prompts a candidate chooses from and answers in the portal. Empty, the
    /// default, offers <see cref="DefaultAssignmentPrompts"/> (not pre-filled, for the same reason as <see cref="AllowedKinds"/>).
    /// </summary>
    public List<string> AssignmentPrompts { get; set; } = [];

    public static IReadOnlyList<string> DefaultAssignmentPrompts { get; } =
    [
        "Behaviour management: how do you create a positive climate for learning?",
        "Adaptive teaching: how do you meet the needs of all pupils?",
        "Curriculum progression: how do your lessons build on what pupils already know?",
    ];

    /// <summary>The prompts offered: the configured ones without blanks, or the defaults when none is configured.</summary>
    public IReadOnlyList<string> GetAssignmentPrompts()
    {
        var configured = (AssignmentPrompts ?? []).Select(p => p.Trim()).Where(p => p.Length > 0).Distinct().ToList();
        return configured.Count > 0 ? configured : DefaultAssignmentPrompts;
    }

    /// <summary>The file size limit as people read it, like "50 MB".</summary>
    public string MaxSizeText => SizeText(MaxFileSizeBytes);

    /// <summary>The candidate's quota as people read it, like "500 MB".</summary>
    public string MaxCandidateQuotaText => SizeText(MaxCandidateQuotaBytes);

    /// <summary>
    /// The allowed kinds, in the order they are listed to people; all seven when <see cref="AllowedKinds"/> is empty.
    /// Throws <see cref="InvalidOperationException"/> for a name that is not a kind, so a typing mistake in the
    /// configuration is found rather than silently refusing a kind.
    /// </summary>
    public IReadOnlyList<EvidenceFileKind> GetAllowedKinds()
    {
        if (AllowedKinds is not { Count: > 0 }) return EvidenceFileKind.All;
        var unknown = AllowedKinds.Where(name => EvidenceFileKind.FromName(name) is null).ToList();
        if (unknown.Count > 0)
            throw new InvalidOperationException(
                $"{Section}:{nameof(AllowedKinds)} has {string.Join(", ", unknown.Select(name => $"\"{name}\""))}, which is not a kind of evidence file. " +
                $"The kinds are {string.Join(", ", EvidenceFileKind.All.Select(kind => kind.Name))}.");
        var named = AllowedKinds.Select(EvidenceFileKind.FromName).ToHashSet();
        return EvidenceFileKind.All.Where(named.Contains).ToList();
    }

    /// <summary>A number of bytes as people read it: "1.5 MB", "200 KB".</summary>
    public static string SizeText(long bytes) => Common.FileSizes.Describe(bytes);
}
