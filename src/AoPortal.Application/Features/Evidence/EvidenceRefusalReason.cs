namespace AoPortal.Application.Features.Evidence;

/// <summary>Why an evidence file was refused: safe to log, unlike the message, which names the file.</summary>
public enum EvidenceRefusalReason
{
    /// <summary>The name's extension is not one of an allowed kind.</summary>
    KindNotAllowed,

    /// <summary>The file has no bytes.</summary>
    Empty,

    /// <summary>The file is over the size limit.</summary>
    TooLarge,

    /// <summary>A Word, Excel or PowerPoint file with macros, by its name or its content.</summary>
    MacroEnabled,

    /// <summary>The content is not what the name says (or is not an allowed kind at all).</summary>
    ContentMismatch,

    /// <summary>A Word, Excel or PowerPoint file whose ZIP archive is damaged or over the archive bounds (a ZIP bomb).</summary>
    InvalidArchive,
}
