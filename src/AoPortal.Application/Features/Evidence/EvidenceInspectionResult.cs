using System.Diagnostics.CodeAnalysis;

namespace AoPortal.Application.Features.Evidence;

/// <summary>
/// What <see cref="EvidenceFileInspector"/> made of a file: the kind its content shows, or why it was refused.
/// Either way <see cref="FileName"/> is the sanitised name, to keep as metadata and to show to people.
/// </summary>
public sealed class EvidenceInspectionResult
{
    private EvidenceInspectionResult(string fileName, EvidenceFileKind? kind, EvidenceRefusalReason? refusalReason, string? refusalMessage)
    {
        FileName = fileName;
        Kind = kind;
        RefusalReason = refusalReason;
        RefusalMessage = refusalMessage;
    }

    /// <summary>The original name made safe: no folders, no control or format characters, at most 100 characters.</summary>
    public string FileName { get; }

    /// <summary>The kind the content shows, when accepted.</summary>
    public EvidenceFileKind? Kind { get; }

    /// <summary>Why the file was refused, when refused: for logs and metrics.</summary>
    public EvidenceRefusalReason? RefusalReason { get; }

    /// <summary>A GOV.UK-style sentence naming the file, when refused, like "report.exe must be a PDF or Word file".</summary>
    public string? RefusalMessage { get; }

    [MemberNotNullWhen(true, nameof(Kind))]
    [MemberNotNullWhen(false, nameof(RefusalMessage))]
    public bool IsAccepted => Kind is not null;

    public static EvidenceInspectionResult Accept(EvidenceFileKind kind, string fileName) =>
        new(fileName, kind ?? throw new ArgumentNullException(nameof(kind)), null, null);

    public static EvidenceInspectionResult Refuse(EvidenceRefusalReason reason, string fileName, string message) =>
        new(fileName, null, reason, message);

    public override string ToString() => IsAccepted ? $"{FileName}: {Kind}" : $"{RefusalReason}: {RefusalMessage}";
}
