using Microsoft.Data.Sqlite;

namespace AoPortal.Benchmarks.Bench;

/// <summary>A generated account and the candidates it works with (an assessor's caseload, a lead's staff, a candidate's own record).</summary>
public sealed record Player(string Email, string Id, IReadOnlyList<string> CandidateIds)
{
    /// <summary>One of the player's candidates, taking each in turn.</summary>
    public string CandidateFor(int iteration) => CandidateIds[iteration % CandidateIds.Count];
}

/// <summary>
/// Who the benchmark signs in as, read from the generated database: admins, assessors and school leads with candidates in
/// assessment, candidates in assessment (with the shared observations they can reflect on), and surnames to search for.
/// </summary>
public sealed record Cast(
    IReadOnlyList<Player> Admins, IReadOnlyList<Player> Assessors, IReadOnlyList<Player> Leads, IReadOnlyList<Player> Candidates,
    IReadOnlyDictionary<string, IReadOnlyList<string>> SharedObservations, IReadOnlyList<string> Surnames)
{
    public static Cast Read(string database, DateOnly today)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Mode = SqliteOpenMode.ReadOnly }.ToString());
        connection.Open();
        var inAssessment = $"c.Status = 'InAssessment' AND p.StartDate <= '{today:yyyy-MM-dd}'";
        return new Cast(
            Players(connection, """
                SELECT u.Email, u.Id, NULL FROM AspNetUsers u JOIN AspNetUserRoles ur ON ur.UserId = u.Id
                WHERE ur.RoleId = (SELECT Id FROM AspNetRoles WHERE Name = 'Admin') ORDER BY u.Email
                """),
            Players(connection, $"""
                SELECT u.Email, u.Id, c.Id FROM Candidates c JOIN AssessmentPlans p ON p.CandidateId = c.Id JOIN AspNetUsers u ON u.Id = c.AssessorId
                WHERE {inAssessment} ORDER BY u.Email, c.Id
                """),
            Players(connection, $"""
                SELECT u.Email, u.SchoolId, c.Id FROM Candidates c JOIN AssessmentPlans p ON p.CandidateId = c.Id JOIN AspNetUsers u ON u.SchoolId = c.EmployingSchoolId
                WHERE {inAssessment} ORDER BY u.Email, c.Id
                """),
            Players(connection, $"""
                SELECT u.Email, u.Id, c.Id FROM Candidates c JOIN AssessmentPlans p ON p.CandidateId = c.Id JOIN AspNetUsers u ON u.Id = c.UserId
                WHERE {inAssessment} ORDER BY c.Id
                """),
            Rows(connection, "SELECT r.CandidateId, r.Id FROM AssessmentRecords r WHERE r.Status = 'Shared' AND r.Kind = 'Observation' ORDER BY r.CandidateId, r.Id")
                .GroupBy(r => r[0], r => r[1]).ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.ToList()),
            Rows(connection, "SELECT DISTINCT lower(LastName) FROM Candidates ORDER BY 1 LIMIT 50").Select(r => r[0]).ToList());
    }

    private static List<Player> Players(SqliteConnection connection, string sql) =>
        Rows(connection, sql)
            .GroupBy(r => (Email: r[0], Id: r[1]))
            .Select(g => new Player(g.Key.Email, g.Key.Id, g.Select(r => r[2]).Where(id => id != "").ToList()))
            .ToList();

    private static List<string[]> Rows(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string[]>();
        while (reader.Read()) rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "" : reader.GetString(i)).ToArray());
        return rows;
    }
}
