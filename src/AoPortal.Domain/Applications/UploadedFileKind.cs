namespace AoPortal.Domain.Applications;

/// <summary>The type of an uploaded file, told from its first bytes rather than its name.</summary>
public static class UploadedFileKind
{
    public const string Pdf = "application/pdf";
    public const string Png = "image/png";
    public const string Jpeg = "image/jpeg";

    /// <summary>How many leading bytes <see cref="Detect"/> needs.</summary>
    public const int HeaderLength = 8;

    private static ReadOnlySpan<byte> PdfMagic => "%PDF-"u8;
    private static ReadOnlySpan<byte> PngMagic => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static ReadOnlySpan<byte> JpegMagic => [0xFF, 0xD8, 0xFF];

    /// <summary>"application/pdf", "image/png" or "image/jpeg"; null for anything else.</summary>
    public static string? Detect(ReadOnlySpan<byte> header)
    {
        if (header.StartsWith(PdfMagic)) return Pdf;
        if (header.StartsWith(PngMagic)) return Png;
        if (header.StartsWith(JpegMagic)) return Jpeg;
        return null;
    }

    /// <summary>
    /// Whether a file name's extension agrees with the detected type (".pdf" for a PDF, ".png" for a PNG, ".jpg" or
    /// ".jpeg" for a JPEG), so a file is never kept under a name that says it is something else.
    /// </summary>
    public static bool ExtensionMatches(string contentType, string? fileName)
    {
        var extension = Path.GetExtension(fileName ?? "").ToLowerInvariant();
        return contentType switch
        {
            Pdf => extension == ".pdf",
            Png => extension == ".png",
            Jpeg => extension is ".jpg" or ".jpeg",
            _ => false,
        };
    }
}
