using AoPortal.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Application.Tests.Support;

/// <summary>
/// A real SQLite database in a temporary file, migrated with the SQLite migrations, deleted afterwards.
/// Each "request" in a test should use its own <see cref="NewContext"/> so tracking cannot hide what was really saved.
/// </summary>
public sealed class SqliteTestDatabase : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"aoportal-application-tests-{Guid.NewGuid():N}.db");

    public SqliteTestDatabase()
    {
        using var db = NewContext();
        db.Database.Migrate();
    }

    public AoPortalDbContext NewContext()
    {
        var builder = new DbContextOptionsBuilder<AoPortalDbContext>();
        builder.UseProvider(DatabaseProvider.Sqlite, $"Data Source={_path}");
        return new AoPortalDbContext(builder.Options);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, $"{_path}-journal", $"{_path}-wal", $"{_path}-shm" })
        {
            if (File.Exists(file)) File.Delete(file);
        }
    }
}
