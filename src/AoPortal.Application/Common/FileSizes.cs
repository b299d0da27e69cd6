using System.Globalization;

namespace AoPortal.Application.Common;

/// <summary>File sizes and limits as people read them, the same on every page and message: "613 bytes", "2.9 KB", "50 MB".</summary>
public static class FileSizes
{
    public static string Describe(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} bytes",
        < 1024 * 1024 => $"{(bytes / 1024d).ToString("0.#", CultureInfo.InvariantCulture)} KB",
        _ => $"{(bytes / (1024d * 1024)).ToString("0.#", CultureInfo.InvariantCulture)} MB",
    };
}
