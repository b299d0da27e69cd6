using AoPortal.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Infrastructure.Tests.Persistence;

/// <summary>
/// The planner statistics the app gives SQLite at start (<see cref="SqliteStatistics"/>): with them, one candidate's
/// entries of an action in the audit trail (how the reports find when an application was accepted) are found through
/// the subject's index; without, SQLite takes the action's index, which holds every candidate's entries of that action.
/// </summary>
public sealed class SqliteStatisticsTests : IDisposable
{
    private const string CandidatesAcceptance =
        "SELECT OccurredAt FROM AuditEntries WHERE SubjectType = 'Candidate' AND SubjectId IN ('S0001', 'S0002') AND Action = 'Application accepted'";

    private static readonly string[] Actions = ["Application accepted", "Evidence added", "Evidence accepted", "Signed in"];

    private readonly TempSqliteDatabase _database = TestDatabases.CreateSqliteFile();

    [Fact]
    public async Task With_statistics_a_candidates_entries_of_an_action_are_read_through_the_subject_index()
    {
        await using var db = _database.CreateContext();
        await db.Database.MigrateAsync();
        FillAudit(subjects: 200, entriesEach: 20);

        Assert.Contains("IX_AuditEntries_Action_SubjectType_OccurredAt", PlanOf(CandidatesAcceptance));

        await SqliteStatistics.RefreshAsync(db);

        Assert.Contains("IX_AuditEntries_SubjectId_OccurredAt", PlanOf(CandidatesAcceptance));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _database.Dispose();
    }

    /// <summary>Audit entries straight in the table, a few actions over many subjects.</summary>
    private void FillAudit(int subjects, int entriesEach)
    {
        using var connection = Open();
        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.CommandText = """
            INSERT INTO AuditEntries (Id, Action, ActorName, Detail, OccurredAt, SubjectId, SubjectType)
            VALUES ($id, $action, 'Sam Assessor', '', '2026-11-01 10:00:00', $subject, 'Candidate')
            """;
        var id = insert.Parameters.Add("$id", SqliteType.Text);
        var action = insert.Parameters.Add("$action", SqliteType.Text);
        var subject = insert.Parameters.Add("$subject", SqliteType.Text);
        for (var s = 1; s <= subjects; s++)
        for (var e = 0; e < entriesEach; e++)
        {
            id.Value = Guid.NewGuid().ToString();
            action.Value = Actions[e % Actions.Length];
            subject.Value = $"S{s:0000}";
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
