using AoPortal.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Benchmarks.Generation;

/// <summary>
/// The generated SQLite file, made with the app's own context, provider set-up and migrations (as the application tests'
/// SqliteTestDatabase does), and the row counts of every table in it.
/// </summary>
public sealed class ScaleDatabase(string path)
{
    public string Path { get; } = System.IO.Path.GetFullPath(path);

    public string ConnectionString => new SqliteConnectionStringBuilder { DataSource = Path, Pooling = true }.ToString();

    /// <summary>Deletes any earlier file (and its journal) and the uploads folder, then creates and migrates the database.</summary>
    public async Task CreateAsync(string uploadsFolder)
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { Path, $"{Path}-journal", $"{Path}-wal", $"{Path}-shm" })
            if (File.Exists(file)) File.Delete(file);
        if (Directory.Exists(uploadsFolder)) Directory.Delete(uploadsFolder, recursive: true);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        await using var db = NewContext();
        await db.Database.MigrateAsync();
        // As the app's start does (ADR-014): the generated file is measured in the journal mode the app runs it in.
        await SqliteJournalMode.UseWriteAheadLogAsync(db);
    }

    /// <summary>A context for one batch of work: change tracking is left to the caller, who adds whole graphs at the end.</summary>
    public AoPortalDbContext NewContext(bool detectChanges = true)
    {
        var builder = new DbContextOptionsBuilder<AoPortalDbContext>();
        builder.UseProvider(DatabaseProvider.Sqlite, ConnectionString);
        var db = new AoPortalDbContext(builder.Options);
        db.ChangeTracker.AutoDetectChangesEnabled = detectChanges;
        return db;
    }

    /// <summary>Rows in each table the model maps (Identity's included), by table name.</summary>
    public async Task<SortedDictionary<string, long>> RowCountsAsync()
    {
        await using var db = NewContext();
        var tables = db.Model.GetEntityTypes().Select(t => t.GetTableName()).OfType<string>().Distinct().ToList();
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        foreach (var table in tables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
            counts[table] = (long)(await command.ExecuteScalarAsync())!;
        }

        return counts;
    }
}
