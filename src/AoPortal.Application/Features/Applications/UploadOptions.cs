using System.Globalization;

namespace AoPortal.Application.Features.Applications;

/// <summary>Settings under "Uploads": how large an uploaded file may be and where the files are kept.</summary>
public sealed class UploadOptions
{
    public const string Section = "Uploads";
    public const long DefaultMaxFileSizeBytes = 5 * 1024 * 1024;

    public long MaxFileSizeBytes { get; set; } = DefaultMaxFileSizeBytes;

    /// <summary>A folder for the file system store, relative to the content root unless absolute.</summary>
    public string Folder { get; set; } = "App_Data/uploads";

    /// <summary>The limit as people read it, like "5 MB".</summary>
    public string MaxSizeText => Common.FileSizes.Describe(MaxFileSizeBytes);
}
