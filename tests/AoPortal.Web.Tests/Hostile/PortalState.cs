using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using AoPortal.Web.Tests.Support;
using Microsoft.Data.Sqlite;

namespace AoPortal.Web.Tests.Hostile;

/// <summary>
/// A fingerprint of everything a request could change: each table's row count and a SHA-256 of its rows, and the
/// document store's files (name, size and time written). Two equal states mean the request changed nothing.
/// Tables the portal's background services write on their own (the email outbox's delivery state, scheduled jobs)
/// are compared by row count only, so a refused request still may not queue an email.
/// </summary>
public sealed record PortalState(IReadOnlyDictionary<string, (long Rows, string Hash)> Tables, IReadOnlyDictionary<string, string> Files)
{
    private static readonly HashSet<string> CountOnly = new(StringComparer.OrdinalIgnoreCase) { "OutboxMessages", "ScheduledJobs" };
    private static readonly HashSet<string> Ignored = new(StringComparer.OrdinalIgnoreCase) { "__EFMigrationsHistory", "sqlite_sequence" };

    public static async Task<PortalState> TakeAsync(PortalFactory portal)
    {
        var tables = new SortedDictionary<string, (long, string)>(StringComparer.Ordinal);
        await using (var connection = new SqliteConnection($"Data Source={portal.DatabasePath};Mode=ReadOnly;Pooling=False"))
        {
            await connection.OpenAsync();
            var names = new List<string>();
            await using (var list = connection.CreateCommand())
            {
                list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name";
                await using var reader = await list.ExecuteReaderAsync();
                while (await reader.ReadAsync()) names.Add(reader.GetString(0));
            }

            foreach (var name in names.Where(n => !Ignored.Contains(n)))
            {
                await using var select = connection.CreateCommand();
                select.CommandText = $"SELECT * FROM \"{name}\" ORDER BY rowid";
                using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                long rows = 0;
                await using var reader = await select.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    rows++;
                    if (CountOnly.Contains(name)) continue;
                    for (var i = 0; i < reader.FieldCount; i++)
                    {
                        var value = reader.IsDBNull(i) ? "\u2400" : reader.GetValue(i) switch
                        {
                            byte[] bytes => Convert.ToBase64String(bytes),
                            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                            var other => other.ToString() ?? "",
                        };
                        hash.AppendData(Encoding.UTF8.GetBytes(value));
                        hash.AppendData([0x1F]);
                    }

                    hash.AppendData([0x1E]);
                }

                tables[name] = (rows, Convert.ToHexStringLower(hash.GetHashAndReset()));
            }
        }

        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (Directory.Exists(portal.UploadsFolder))
        {
            foreach (var file in new DirectoryInfo(portal.UploadsFolder).EnumerateFiles("*", SearchOption.AllDirectories))
                files[Path.GetRelativePath(portal.UploadsFolder, file.FullName)] = $"{file.Length} bytes, written {file.LastWriteTimeUtc.Ticks}";
        }

        return new PortalState(tables, files);
    }

    /// <summary>
    /// How many cells of the database hold the value: an id anywhere in a cell (ids are stored as text, and inside the JSON
    /// documents), anything else as the whole cell or as a JSON string inside one.
    /// </summary>
    public static async Task<Dictionary<string, int>> OccurrencesAsync(PortalFactory portal, IReadOnlyCollection<string> values)
    {
        var counts = values.Distinct().ToDictionary(v => v, _ => 0);
        var probes = counts.Keys.Select(v => (Value: v, IsId: Guid.TryParse(v, out _), Quoted: System.Text.Json.JsonSerializer.Serialize(v))).ToList();
        await using var connection = new SqliteConnection($"Data Source={portal.DatabasePath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        var names = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync()) names.Add(reader.GetString(0));
        }

        foreach (var name in names.Where(n => !Ignored.Contains(n)))
        {
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{name}\"";
            await using var reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    if (reader.IsDBNull(i) || reader.GetValue(i) is not string cell) continue;
                    foreach (var (value, isId, quoted) in probes)
                        if (isId ? cell.Contains(value, StringComparison.OrdinalIgnoreCase) : cell == value || cell.Contains(quoted, StringComparison.Ordinal))
                            counts[value]++;
                }
            }
        }

        return counts;
    }

    public long Rows(string table) => Tables.TryGetValue(table, out var t) ? t.Rows : 0;

    /// <summary>What differs from an earlier state, in words ("" when nothing does).</summary>
    public string DifferencesFrom(PortalState before)
    {
        var lines = new List<string>();
        foreach (var name in before.Tables.Keys.Union(Tables.Keys).Order(StringComparer.Ordinal))
        {
            before.Tables.TryGetValue(name, out var was);
            Tables.TryGetValue(name, out var now);
            if (was != now) lines.Add($"table {name}: {was.Rows} rows -> {now.Rows} rows{(was.Rows == now.Rows ? " (content changed)" : "")}");
        }

        foreach (var name in before.Files.Keys.Union(Files.Keys).Order(StringComparer.Ordinal))
        {
            before.Files.TryGetValue(name, out var was);
            Files.TryGetValue(name, out var now);
            if (was != now) lines.Add($"file {name}: {was ?? "absent"} -> {now ?? "absent"}");
        }

        return string.Join("; ", lines);
    }
}
