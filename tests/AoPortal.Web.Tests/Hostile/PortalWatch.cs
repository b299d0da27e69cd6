using AoPortal.Web.Tests.Support;
using Microsoft.Data.Sqlite;

namespace AoPortal.Web.Tests.Hostile;

/// <summary>
/// A cheap first look at whether a request changed anything: SQLite's data_version, which changes on a connection
/// whenever another connection commits, and the document store's file names, sizes and times. Only when it says
/// something changed does the harness take and compare a full <see cref="PortalState"/>.
/// </summary>
public sealed class PortalWatch(PortalFactory portal) : IAsyncDisposable
{
    private SqliteConnection? _connection;
    private long _version = -1;
    private string _files = "";

    /// <summary>True when something was committed or a file changed since the last call (the first call primes it).</summary>
    public async Task<bool> ChangedAsync()
    {
        if (_connection is null)
        {
            _connection = new SqliteConnection($"Data Source={portal.DatabasePath};Mode=ReadOnly;Pooling=False");
            await _connection.OpenAsync();
        }

        await using var command = _connection.CreateCommand();
        command.CommandText = "PRAGMA data_version";
        var version = (long)(await command.ExecuteScalarAsync())!;
        var files = Directory.Exists(portal.UploadsFolder)
            ? string.Join("|", new DirectoryInfo(portal.UploadsFolder).EnumerateFiles("*", SearchOption.AllDirectories)
                .Select(f => $"{f.Name}:{f.Length}:{f.LastWriteTimeUtc.Ticks}").Order(StringComparer.Ordinal))
            : "";
        var changed = version != _version || files != _files;
        (_version, _files) = (version, files);
        return changed;
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null) await _connection.DisposeAsync();
    }
}
