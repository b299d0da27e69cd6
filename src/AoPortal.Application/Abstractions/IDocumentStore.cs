namespace AoPortal.Application.Abstractions;

/// <summary>Keeps uploaded files under the random names the portal gives them, outside the web root.</summary>
public interface IDocumentStore
{
    Task SaveAsync(string storedName, Stream content, CancellationToken cancellationToken);

    /// <summary>The file's content, or null when there is no such file.</summary>
    Task<Stream?> OpenReadAsync(string storedName, CancellationToken cancellationToken);

    /// <summary>Deletes the file; nothing happens when there is none.</summary>
    Task DeleteAsync(string storedName, CancellationToken cancellationToken);
}
