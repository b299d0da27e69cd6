using AoPortal.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Infrastructure.Tests.Persistence;

/// <summary>
/// The planner statistics the app gives SQLite at start (<see cref="SqliteStatistics"/>): with them, a candidate's
/// accepted evidence is found through the CandidateId index rather than by walking every accepted item.
/// </summary>
public sealed class SqliteStatisticsTests : IDisposable
{
    private const string CandidatesAcceptedEvidence =
        "SELECT CandidateId, Standards FROM EvidenceItems WHERE CandidateId IN ('C0001', 'C0002') AND Status = 'Accepted'";

    private readonly TempSqliteDatabase _database = TestDatabases.CreateSqliteFile();

    [Fact]
    public async Task With_statistics_a_candidates_accepted_evidence_is_read_through_the_candidate_index()
    {
        await using var db = _database.CreateContext();
        await db.Database.MigrateAsync();
        FillEvidence(candidates: 200, itemsEach: 20);

        Assert.Contains("IX_EvidenceItems_Status_LatestSubmittedAt", PlanOf(CandidatesAcceptedEvidence));

        await SqliteStatistics.RefreshAsync(db);

        Assert.Contains("IX_EvidenceItems_CandidateId", PlanOf(CandidatesAcceptedEvidence));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _database.Dispose();
    }

    /// <summary>Evidence rows straight in the table, all accepted; no candidates, so foreign keys are switched off for it.</summary>
    private void FillEvidence(int candidates, int itemsEach)
    {
        using var connection = Open();
        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.CommandText = """
            INSERT INTO EvidenceItems (Id, CandidateId, Date, Kind, LatestSubmittedAt, Standards, Status, Title, Version)
            VALUES ($id, $candidate, '2026-11-01', 'LessonPlan', '2026-11-01 10:00:00', 'TS1', 'Accepted', 'Plan', $id)
            """;
        var id = insert.Parameters.Add("$id", SqliteType.Text);
        var candidate = insert.Parameters.Add("$candidate", SqliteType.Text);
        for (var c = 1; c <= candidates; c++)
        for (var i = 0; i < itemsEach; i++)
        {
            id.Value = Guid.NewGuid().ToString();
            candidate.Value = $"C{c:0000}";
            insert.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    private string PlanOf(string sql)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        using var reader = command.ExecuteReader();
        var plan = new List<string>();
        while (reader.Read()) plan.Add(reader.GetString(3));
        return string.Join("\n", plan);
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection($"Data Source={_database.FilePath};Pooling=False;Foreign Keys=False");
        connection.Open();
        return connection;
    }
}
