using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Application.Tests.Support;

/// <summary>
/// Every column of every row of the Candidates table as text, read with plain SQL, so a test can prove that
/// a refused or unrelated change left a record exactly as it was (the application's JSON included).
/// </summary>
public static class StoredCandidates
{
    public static async Task<IReadOnlyDictionary<Guid, string>> SnapshotAsync(SqliteTestDatabase database)
    {
        await using var db = database.NewContext();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT * FROM \"Candidates\" ORDER BY \"Id\"";
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new Dictionary<Guid, string>();
        while (await reader.ReadAsync())
        {
            var columns = Enumerable.Range(0, reader.FieldCount)
                .Select(i => $"{reader.GetName(i)}={Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)}");
            rows.Add(Guid.Parse(reader.GetString(reader.GetOrdinal("Id"))), string.Join(" | ", columns));
        }

        return rows;
    }
}
