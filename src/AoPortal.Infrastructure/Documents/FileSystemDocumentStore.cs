using AoPortal.Application.Abstractions;

namespace AoPortal.Infrastructure.Documents;

/// <summary>
/// Keeps uploaded files in one folder outside the web root. Only the portal's own random names (32 hex
/// characters) are accepted, so no name can reach outside the folder.
/// </summary>
public sealed class FileSystemDocumentStore(string folder) : IDocumentStore
{
    public string Folder { get; } = Path.GetFullPath(folder);

    public async Task SaveAsync(string storedName, Stream content, CancellationToken cancellationToken)
    {
        var path = PathOf(storedName);
        Directory.CreateDirectory(Folder);
        await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
        await content.CopyToAsync(file, cancellationToken);
    }

    public Task<Stream?> OpenReadAsync(string storedName, CancellationToken cancellationToken)
    {
        var path = PathOf(storedName);
        Stream? stream = File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true) : null;
        return Task.FromResult(stream);
    }

    public Task DeleteAsync(string storedName, CancellationToken cancellationToken)
    {
        var path = PathOf(storedName);
        if (File.Exists(path)) File.Delete(path);
        return Task.CompletedTask;
    }

    private string PathOf(string storedName)
    {
        if (storedName is not { Length: 32 } || !storedName.All(char.IsAsciiHexDigit))
            throw new ArgumentException("A stored file name is 32 hexadecimal characters.", nameof(storedName));
        return Path.Combine(Folder, storedName);
    }
}
