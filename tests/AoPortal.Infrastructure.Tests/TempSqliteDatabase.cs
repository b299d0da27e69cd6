using AoPortal.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AoPortal.Infrastructure.Tests;

/// <summary>A SQLite database file under <see cref="Path.GetTempPath"/>, deleted (with its journal files) on dispose.</summary>
public sealed class TempSqliteDatabase : IDisposable
{
    public TempSqliteDatabase()
    {
        FilePath = Path.Combine(Path.GetTempPath(), $"aoportal-tests-{Guid.NewGuid():N}.db");
        ConnectionString = new SqliteConnectionStringBuilder { DataSource = FilePath, Pooling = true }.ToString();
    }

    public string FilePath { get; }

    public string ConnectionString { get; }

    public AoPortalDbContext CreateContext(params IInterceptor[] interceptors) => TestDatabases.Create(DatabaseProvider.Sqlite, ConnectionString, interceptors);

    public void Dispose()
    {
        // Pooled connections keep the file open; release them before deleting.
        SqliteConnection.ClearAllPools();
        foreach (var path in new[] { FilePath, FilePath + "-journal", FilePath + "-wal", FilePath + "-shm" })
        {
            if (File.Exists(path)) File.Delete(path);
        }
    }
}
