using System.Data.Common;
using System.Text;
using System.Text.Encodings.Web;
using AoPortal.Application.Features.Reports;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace AoPortal.Benchmarks.Bench;

/// <summary>
/// The machine's own limit for each key page's work: a server of its own (the "baseline-server" verb) that reads the rows
/// the page reads with one raw SQL query and writes them out as a bare HTML table: no EF, no authorization, no layout.
/// The benchmark drives it just as it drives the portal, so the ratio of the two says what the portal's layers cost.
/// </summary>
public static class BaselineServer
{
    private static readonly IReadOnlyDictionary<string, string> Queries = new Dictionary<string, string>
    {
        // The candidate list (first page, a search, a status filter): the page of 50 and the total, counted once by a
        // scalar subquery (which SQLite can answer from an index) rather than a window over every matching row.
        ["candidates"] = """
            SELECT c.Id, c.FirstNames, c.LastName, c.Email, c.Trn, s.Name, c.IntendedAgeRange, c.Status,
                   (SELECT COUNT(*) FROM Candidates t
                    WHERE (@status IS NULL OR t.Status = @status)
                      AND (@search IS NULL OR instr(t.SearchName, @search) > 0 OR instr(t.Email, @search) > 0 OR t.Trn = @search)) AS Total
            FROM Candidates c LEFT JOIN Schools s ON s.Id = c.EmployingSchoolId
            WHERE (@status IS NULL OR c.Status = @status)
              AND (@search IS NULL OR instr(c.SearchName, @search) > 0 OR instr(c.Email, @search) > 0 OR c.Trn = @search)
            ORDER BY c.LastName, c.FirstNames, c.Id LIMIT 50
            """,
        // The candidate overview: the record, its school and its history.
        ["candidate"] = """
            SELECT c.FirstNames, c.LastName, c.Email, c.Trn, s.Name, c.Status, a.OccurredAt, a.ActorName, a.Action, a.Detail
            FROM Candidates c LEFT JOIN Schools s ON s.Id = c.EmployingSchoolId
            LEFT JOIN AuditEntries a ON a.SubjectId = c.Id OR a.SubjectId = c.UserId
            WHERE c.Id = @id ORDER BY a.OccurredAt DESC
            """,
        // The coverage map: accepted evidence and shared records with the standards they cite.
        ["coverage"] = """
            SELECT 'Evidence', e.Title, e.Standards FROM EvidenceItems e WHERE e.CandidateId = @id AND e.Status = 'Accepted'
            UNION ALL
            SELECT r.Kind, r.RecordedAt, r.Content FROM AssessmentRecords r WHERE r.CandidateId = @id AND r.Status = 'Shared'
            """,
        // The assessor's caseload: their candidates and plans.
        ["caseload"] = """
            SELECT c.Id, c.FirstNames, c.LastName, c.Status, p.StartDate, p.PlannedEndDate, p.EndDate, p.Milestones
            FROM Candidates c LEFT JOIN AssessmentPlans p ON p.CandidateId = c.Id
            WHERE c.AssessorId = @id ORDER BY c.LastName, c.FirstNames
            """,
        // The school lead's staff: a page of 50 with their plans and, for the standards each has evidenced, the standards
        // their accepted evidence lists and the judgements in their shared records, with the school's staff counted.
        ["staff"] = """
            SELECT c.FirstNames, c.LastName, c.Email, c.Status, c.AssessorName, p.StartDate, p.PlannedEndDate, p.EndDate, p.Milestones,
                   (SELECT group_concat(e.Standards) FROM EvidenceItems e WHERE e.CandidateId = c.Id AND e.Status = 'Accepted') AS ItemStandards,
                   (SELECT group_concat(r.Content ->> '$.Standards') FROM AssessmentRecords r WHERE r.CandidateId = c.Id AND r.Status = 'Shared') AS Judgements,
                   (SELECT COUNT(*) FROM Candidates t WHERE t.EmployingSchoolId = @id) AS Total
            FROM Candidates c LEFT JOIN AssessmentPlans p ON p.CandidateId = c.Id
            WHERE c.EmployingSchoolId = @id ORDER BY c.LastName, c.FirstNames, c.Id LIMIT 50
            """,
        // The admin dashboard: candidates by status, and the 20 in assessment with the least accepted evidence.
        ["dashboard"] = """
            SELECT 'Status', Status, COUNT(*) FROM Candidates GROUP BY Status
            UNION ALL
            SELECT * FROM (
                SELECT 'At risk', c.FirstNames || ' ' || c.LastName, COUNT(e.Id) AS Accepted
                FROM Candidates c LEFT JOIN EvidenceItems e ON e.CandidateId = c.Id AND e.Status = 'Accepted'
                WHERE c.Status = 'InAssessment' GROUP BY c.Id ORDER BY Accepted LIMIT 20)
            """,
        // The reports page: the rows its four reports are worked out from, for the default range (the 12 months to today):
        // the decisions with when each application was accepted, the withdrawals, every plan's milestones and deferrals,
        // and current candidates counted by age range.
        ["report"] = """
            SELECT 'Decision', r.Outcome, r.ConfirmedAt, c.AssessorName,
                   (SELECT MIN(a.OccurredAt) FROM AuditEntries a WHERE a.SubjectType = 'Candidate' AND a.SubjectId = c.Id AND a.Action = @accepted)
            FROM Recommendations r JOIN Candidates c ON c.Id = r.CandidateId
            WHERE r.Status = 'Confirmed' AND r.Outcome IS NOT NULL AND r.ConfirmedAt >= @from AND r.ConfirmedAt < @to
            UNION ALL
            SELECT 'Withdrawal', a.SubjectId, a.OccurredAt, c.AssessorName, NULL
            FROM AuditEntries a LEFT JOIN Candidates c ON c.Id = a.SubjectId
            WHERE a.SubjectType = 'Candidate' AND a.Action = @withdrawn AND a.OccurredAt >= @from AND a.OccurredAt < @to
            UNION ALL
            SELECT 'Plan', p.Milestones, p.Deferrals, NULL, NULL FROM AssessmentPlans p
            UNION ALL
            SELECT 'Age range', c.IntendedAgeRange, COUNT(*), NULL, NULL FROM Candidates c
            WHERE c.IntendedAgeRange IS NOT NULL AND c.Status NOT IN ('Rejected', 'Withdrawn') GROUP BY c.IntendedAgeRange
            """,
    };

    public static async Task<int> RunAsync(string[] args)
    {
        var arguments = new Arguments(args);
        var database = arguments.Required("database");
        var urls = arguments.Required("urls");
        arguments.EnsureAllRead();

        var connectionString = new SqliteConnectionStringBuilder { DataSource = database, Mode = SqliteOpenMode.ReadOnly }.ToString();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(urls);
        var app = builder.Build();
        app.MapGet("/", () => Results.Text("Baseline"));
        app.MapGet("/baseline/{page}", async (string page, string? id, string? search, string? status, HttpResponse response) =>
        {
            if (!Queries.TryGetValue(page, out var sql)) return Results.NotFound();
            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.Parameters.AddWithValue("@id", (object?)id ?? DBNull.Value);
            command.Parameters.AddWithValue("@search", (object?)search?.Trim().ToLowerInvariant() ?? DBNull.Value);
            command.Parameters.AddWithValue("@status", (object?)status ?? DBNull.Value);
            var range = ReportPeriod.Default(TimeProvider.System);
            command.Parameters.AddWithValue("@from", StoredTime(range.UtcStart));
            command.Parameters.AddWithValue("@to", StoredTime(range.UtcEnd));
            command.Parameters.AddWithValue("@accepted", ReportQueries.AcceptedAction);
            command.Parameters.AddWithValue("@withdrawn", ReportQueries.WithdrawnAction);
            await using var reader = await command.ExecuteReaderAsync();
            return Results.Content(await TableAsync(reader), "text/html; charset=utf-8");
        });
        await app.RunAsync();
        return 0;
    }

    /// <summary>A time as EF stores it in SQLite (text that sorts as the time does).</summary>
    private static string StoredTime(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<string> TableAsync(DbDataReader reader)
    {
        var html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><title>Baseline</title><table>");
        while (await reader.ReadAsync())
        {
            html.Append("<tr>");
            for (var i = 0; i < reader.FieldCount; i++)
                html.Append("<td>").Append(HtmlEncoder.Default.Encode(reader.IsDBNull(i) ? "" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)!)).Append("</td>");
            html.Append("</tr>");
        }

        return html.Append("</table></html>").ToString();
    }
}
