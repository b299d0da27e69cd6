using AoPortal.Domain.Common;

namespace AoPortal.Domain.Evidence;

/// <summary>
/// A stored file of an evidence version: the random name it is stored under, the sanitised name it came with (metadata
/// only), what its content was found to be, its size and SHA-256, and the scan result.
/// </summary>
public sealed class EvidenceFile
{
    private EvidenceFile() { }

    public EvidenceFile(string storedName, string fileName, string contentType, long size, string sha256)
    {
        if (storedName is not { Length: 32 } || !storedName.All(char.IsAsciiHexDigit))
            throw new ArgumentException("A stored file name is 32 hexadecimal characters.", nameof(storedName));
        if (size <= 0) throw new DomainRuleException($"{fileName} is empty");
        if (sha256 is not { Length: 64 } || !sha256.All(char.IsAsciiHexDigit)) throw new ArgumentException("A SHA-256 is 64 hexadecimal characters.", nameof(sha256));
        Id = Guid.NewGuid();
        StoredName = storedName;
        FileName = Guard.Required(fileName, "Enter the file's name", 100);
        ContentType = Guard.Required(contentType, "Enter the file's type", 100);
        Size = size;
        Sha256 = sha256.ToLowerInvariant();
        Scan = ScanResult.Pending;
    }

    public Guid Id { get; private set; }
    public string StoredName { get; private set; } = "";
    public string FileName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public long Size { get; private set; }
    public string Sha256 { get; private set; } = "";
    public ScanResult Scan { get; private set; }

    internal void Scanned(ScanResult result) => Scan = result;
}
