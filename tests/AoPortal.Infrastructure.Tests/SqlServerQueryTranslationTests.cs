using System.Data;
using System.Data.Common;
using AoPortal.Application.Abstractions;
using AoPortal.Application.Features.Evidence;
using AoPortal.Application.Features.Home;
using AoPortal.Application.Features.Reports;
using AoPortal.Application.Features.SchoolLeads;
using AoPortal.Domain.Common;
using AoPortal.Domain.Users;
using AoPortal.Infrastructure.Caching;
using AoPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Caching.Memory;
using Xunit.Abstractions;

namespace AoPortal.Infrastructure.Tests;

/// <summary>
/// The Application queries that look inside JSON columns (or group and left join) have only ever run against SQLite, but
/// production is SQL Server, and what differs between the two is whether EF Core can translate the LINQ at all (SQL
/// Server reads JSON with OPENJSON, SQLite with json_each). No SQL Server can run on the build machines, so each handler
/// runs here against a SQL Server context that never connects: opening the connection is suppressed and every command is
/// recorded and answered with an empty (or a one-row) result instead of being sent. A query EF Core cannot translate
/// throws "could not be translated" before any command exists, so reaching the command proves the translation.
/// </summary>
public sealed class SqlServerQueryTranslationTests(ITestOutputHelper output)
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 15, 0, TimeSpan.Zero);

    [Fact]
    public async Task CandidatesAtRisk_translates_for_sql_server()
    {
        var (db, recorder) = OfflineSqlServer();

        await new CandidatesAtRisk.Handler(db, new FixedClock(Now)).Handle(CancellationToken.None);

        Show(recorder);
        Assert.Equal(3, recorder.Commands.Count); // the candidates with plans, then the evidenced standards twice
        // The shared records' judgements are read inside the Content JSON.
        Assert.Contains(recorder.Commands, sql => sql.Contains("OPENJSON", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task ReviewQueue_count_translates_for_sql_server()
    {
        var (db, recorder) = OfflineSqlServer();
        // A COUNT must return its one row, or EF Core reports an empty sequence after the command is built.
        recorder.Answer(sql => sql.StartsWith("SELECT COUNT", StringComparison.OrdinalIgnoreCase), () => OneRow(typeof(int), 0));

        var count = await new ReviewQueue.Handler(db, new FakeUser(PortalRole.Admin)).CountAsync(CancellationToken.None);

        Show(recorder);
        Assert.Equal(0, count);
        var sql = Assert.Single(recorder.Commands);
        // The latest version's files' scan results are read inside the Versions JSON.
        Assert.Contains("OPENJSON", sql, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_candidates_used_evidence_space_is_summed_by_sql_server()
    {
        var (db, recorder) = OfflineSqlServer();
        recorder.Answer(sql => sql.StartsWith("SELECT COALESCE(SUM", StringComparison.OrdinalIgnoreCase), () => OneRow(typeof(long), 0L));

        var used = await EvidenceUploads.UsedBytesAsync(db, Guid.NewGuid(), CancellationToken.None);

        Show(recorder);
        Assert.Equal(0L, used);
        var sql = Assert.Single(recorder.Commands);
        // Each version's files' sizes are read inside the Versions JSON, not by loading the items.
        Assert.Contains("OPENJSON", sql, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task YourStaff_translates_for_sql_server()
    {
        var (db, recorder) = OfflineSqlServer();
        // The handler needs its school with its staff counted (else NotFound); everything else may come back empty.
        recorder.Answer(sql => sql.Contains("FROM [Schools]", StringComparison.OrdinalIgnoreCase), SchoolWithOneMember);
        // One member on the page, so the plans, records and evidence are looked up by a real list of ids (an empty list
        // would be cut to WHERE 0 = 1 and prove less).
        recorder.Answer(sql => sql.Contains("OFFSET", StringComparison.OrdinalIgnoreCase), OneStaffMember);

        var result = await new YourStaff.Handler(db, new FakeUser(PortalRole.SchoolLead, schoolId: Guid.NewGuid()), new FixedClock(Now))
            .Handle(1, CancellationToken.None);

        Show(recorder);
        Assert.Equal("Oak School", result.SchoolName);
        Assert.Single(result.Staff.Items);
        Assert.Equal(6, recorder.Commands.Count); // as the handler documents: six queries however many staff
        // The shared records' standards are projected from the Content JSON column.
        Assert.Contains(recorder.Commands, sql => sql.Contains("[Content]", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task GetCoverage_compiled_queries_translate_for_sql_server()
    {
        var (db, recorder) = OfflineSqlServer();
        // The candidate must be found (else NotFound); the items and records may come back empty.
        recorder.Answer(sql => sql.Contains("FROM [Candidates]", StringComparison.OrdinalIgnoreCase), OneCandidate);

        var clock = new FixedClock(Now);
        var progress = new ProgressCache(new MemoryCache(new MemoryCacheOptions()), new ProgressChanges(), clock);
        var result = await new GetCoverage.Handler(db, new FakeUser(PortalRole.Assessor), progress).Handle(Guid.NewGuid(), CancellationToken.None);

        Show(recorder);
        Assert.Equal("Ada Lovelace", result.CandidateName);
        Assert.Equal(3, recorder.Commands.Count); // the candidate, the accepted items, the shared records
        // A shared record's date and judgements are read inside the Content JSON.
        Assert.Contains(recorder.Commands, sql => sql.Contains("JSON_VALUE", StringComparison.OrdinalIgnoreCase) && sql.Contains("[Content]", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task GetCandidate_compiled_queries_translate_for_sql_server()
    {
        var (db, recorder) = OfflineSqlServer();

        // No candidate comes back, so the record is not found: reaching the command proves the translation.
        await Assert.ThrowsAsync<Application.Common.NotFoundException>(() =>
            new Application.Features.Candidates.GetCandidate.Handler(db, new FakeUser(PortalRole.Assessor)).ById(Guid.NewGuid(), CancellationToken.None));

        Show(recorder);
        var sql = Assert.Single(recorder.Commands);
        // Looked up by id only (the account, not given, is left out), with the school asked for read inside the Application JSON.
        Assert.Contains("[c].[Id] = @candidateId", sql, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@userId", sql, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("[Application]", sql, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("lovelace", null)]
    [InlineData(null, "InAssessment")]
    public async Task ListCandidates_compiled_queries_translate_for_sql_server(string? search, string? status)
    {
        var (db, recorder) = OfflineSqlServer();
        recorder.Answer(sql => sql.StartsWith("SELECT COUNT", StringComparison.OrdinalIgnoreCase), () => OneRow(typeof(int), 0));

        var query = new Application.Features.Candidates.ListCandidates.Query(search, status is null ? null : Enum.Parse<Domain.Candidates.CandidateStatus>(status));
        await new Application.Features.Candidates.ListCandidates.Handler(db, new FakeUser(PortalRole.Admin)).Handle(query, CancellationToken.None);

        Show(recorder);
        Assert.Equal(2, recorder.Commands.Count); // the count, then the page
        // Only the filters given reach the SQL: an empty one is a null parameter that EF leaves out.
        Assert.All(recorder.Commands, sql => Assert.Equal(status is not null, sql.Contains("[Status] = @status", StringComparison.OrdinalIgnoreCase)));
        Assert.All(recorder.Commands, sql => Assert.Equal(search is not null, sql.Contains("@term", StringComparison.OrdinalIgnoreCase)));
        // The school a candidate asked for is read inside the Application JSON, for those without a listed school.
        Assert.Contains(recorder.Commands, sql => sql.Contains("[Application]", StringComparison.OrdinalIgnoreCase) && sql.Contains("OFFSET", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task ReportsOverview_translates_for_sql_server()
    {
        var (db, recorder) = OfflineSqlServer();

        var clock = new FixedClock(Now);
        await new ReportsOverview.Handler(db, clock, new ProgressCache(new MemoryCache(new MemoryCacheOptions()), new ProgressChanges(), clock))
            .Handle(new ReportRange(new DateOnly(2026, 3, 1), new DateOnly(2026, 7, 31)), CancellationToken.None);

        Show(recorder);
        Assert.Equal(4, recorder.Commands.Count); // decisions, withdrawals, plans' milestones, age ranges
        // The plans' milestones come with each candidate's withdrawal: a grouped left join of the audit entries.
        Assert.Contains(recorder.Commands, sql => sql.Contains("LEFT JOIN", StringComparison.OrdinalIgnoreCase)
            && sql.Contains("GROUP BY", StringComparison.OrdinalIgnoreCase) && sql.Contains("[Milestones]", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// A SQL Server context built as the app builds it (through UseProvider) that never reaches a server. The one change:
    /// UseProvider's EnableRetryOnFailure makes EF Core buffer each result and check it has every column the query
    /// selects, which a stand-in empty result cannot know, so retries are turned off here. Retrying is a run-time matter
    /// and leaves the SQL unchanged.
    /// </summary>
    private static (AoPortalDbContext Db, CommandRecorder Recorder) OfflineSqlServer()
    {
        var recorder = new CommandRecorder();
        var options = new DbContextOptionsBuilder<AoPortalDbContext>();
        options.UseProvider(DatabaseProvider.SqlServer, TestDatabases.DummySqlServerConnectionString)
            .UseSqlServer(TestDatabases.DummySqlServerConnectionString, o => o.ExecutionStrategy(d => new NonRetryingExecutionStrategy(d)))
            .AddInterceptors(new NeverConnect(), recorder);
        return (new AoPortalDbContext(options.Options), recorder);
    }

    private void Show(CommandRecorder recorder)
    {
        foreach (var sql in recorder.Commands) output.WriteLine(sql + Environment.NewLine);
    }

    private static DataTable OneRow(Type type, object value)
    {
        var table = new DataTable();
        table.Columns.Add("Value", type);
        table.Rows.Add(value);
        return table;
    }

    private static DataTable OneCandidate()
    {
        var table = new DataTable();
        foreach (var (name, type) in new[] { ("FirstNames", typeof(string)), ("LastName", typeof(string)), ("EmployingSchoolId", typeof(Guid)), ("UserId", typeof(Guid)) })
            table.Columns.Add(name, type);
        table.Rows.Add("Ada", "Lovelace", Guid.NewGuid(), Guid.NewGuid());
        return table;
    }

    private static DataTable SchoolWithOneMember()
    {
        var table = new DataTable();
        table.Columns.Add("Name", typeof(string));
        table.Columns.Add("Staff", typeof(int));
        table.Rows.Add("Oak School", 1);
        return table;
    }

    private static DataTable OneStaffMember()
    {
        var table = new DataTable();
        foreach (var (name, type) in new[] { ("Id", typeof(Guid)), ("FirstNames", typeof(string)), ("LastName", typeof(string)),
                     ("Email", typeof(string)), ("Status", typeof(string)), ("AssessorName", typeof(string)) })
            table.Columns.Add(name, type);
        table.Rows.Add(Guid.NewGuid(), "Ada", "Lovelace", "ada@example.org", "InAssessment", DBNull.Value);
        return table;
    }

    /// <summary>Opening and closing are skipped: there is no server to connect to.</summary>
    private sealed class NeverConnect : DbConnectionInterceptor
    {
        public override InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
            InterceptionResult.Suppress();

        public override ValueTask<InterceptionResult> ConnectionOpeningAsync(
            DbConnection connection, ConnectionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(InterceptionResult.Suppress());

        public override InterceptionResult ConnectionClosing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
            InterceptionResult.Suppress();

        public override ValueTask<InterceptionResult> ConnectionClosingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
            ValueTask.FromResult(InterceptionResult.Suppress());
    }

    /// <summary>Keeps each command's SQL and answers it without running it: empty, unless a test gave an answer for it.</summary>
    private sealed class CommandRecorder : DbCommandInterceptor
    {
        private readonly List<(Func<string, bool> When, Func<DataTable> Table)> _answers = [];

        public List<string> Commands { get; } = [];

        public void Answer(Func<string, bool> when, Func<DataTable> table) => _answers.Add((when, table));

        public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) =>
            InterceptionResult<DbDataReader>.SuppressWithResult(Respond(command));

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(InterceptionResult<DbDataReader>.SuppressWithResult(Respond(command)));

        private DbDataReader Respond(DbCommand command)
        {
            Commands.Add(command.CommandText);
            var answer = _answers.FirstOrDefault(a => a.When(command.CommandText));
            return (answer.Table?.Invoke() ?? new DataTable()).CreateDataReader();
        }
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private sealed class FakeUser(PortalRole role, Guid? schoolId = null) : ICurrentUser
    {
        public Guid? UserId { get; } = Guid.NewGuid();
        public Actor Actor => new(UserId, "Test User");
        public bool IsInRole(PortalRole r) => r == role;
        public Guid? SchoolId => schoolId;
    }
}
