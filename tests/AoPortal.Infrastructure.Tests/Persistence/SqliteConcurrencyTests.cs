using System.Collections.Concurrent;
using AoPortal.Application.Abstractions;
using AoPortal.Domain.Common;
using AoPortal.Domain.Schools;
using AoPortal.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AoPortal.Infrastructure.Tests.Persistence;

/// <summary>
/// Issue 9, "Load without loss": many people saving at once on SQLite. Every save that returned is in the database, and
/// SQLITE_BUSY ("database is locked") never escapes: write-ahead logging, a busy timeout on every connection, and
/// IMMEDIATE transactions (ADR-014). The app is wired with its own <c>AddInfrastructure</c> and started with its own
/// database initializer, over a file that starts in SQLite's default rollback-journal mode, as a database made before
/// ADR-014, restored from a copy or created by another tool would be.
/// </summary>
public sealed class SqliteConcurrencyTests : IAsyncLifetime
{
    private const int Writers = 32;
    private const int SavesPerWriter = 10;

    private readonly TempSqliteDatabase _database = TestDatabases.CreateSqliteFile();
    private readonly string _contentRoot = Path.Combine(Path.GetTempPath(), $"aoportal-sqlite-concurrency-{Guid.NewGuid():N}");
    private ServiceProvider _services = null!;
    private int _urns;

    public async Task InitializeAsync()
    {
        // A migrated file switched back to the rollback journal, with no connection left open on it.
        using (var context = _database.CreateContext()) context.Database.Migrate();
        SqliteConnection.ClearAllPools();
        using (var raw = new SqliteConnection($"Data Source={_database.FilePath};Pooling=False"))
        {
            raw.Open();
            using var command = raw.CreateCommand();
            command.CommandText = "PRAGMA journal_mode = DELETE;";
            Assert.Equal("delete", command.ExecuteScalar());
        }

        _services = StartApp(_database.ConnectionString);
        await _services.InitialiseDatabaseAsync();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        _database.Dispose();
        if (Directory.Exists(_contentRoot)) Directory.Delete(_contentRoot, recursive: true);
    }

    [Fact]
    public async Task The_database_is_in_write_ahead_log_mode_once_the_app_has_started()
    {
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AoPortalDbContext>();

        Assert.Equal("wal", await SqliteJournalMode.CurrentAsync(db));
    }

    [Fact]
    public async Task A_database_the_app_creates_on_its_first_start_is_in_write_ahead_log_mode()
    {
        using var fresh = TestDatabases.CreateSqliteFile();
        await using var services = StartApp(fresh.ConnectionString);
        await services.InitialiseDatabaseAsync();

        await using var scope = services.CreateAsyncScope();
        Assert.Equal("wal", await SqliteJournalMode.CurrentAsync(scope.ServiceProvider.GetRequiredService<AoPortalDbContext>()));
    }

    [Fact]
    public async Task Every_connection_the_app_opens_waits_for_a_lock_as_long_as_its_command_timeout()
    {
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AoPortalDbContext>();

        // Opened and closed twice: the second logical open reuses the pooled physical connection.
        for (var open = 0; open < 2; open++)
        {
            await db.Database.OpenConnectionAsync();
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "PRAGMA busy_timeout;";
            Assert.Equal(30_000L, await command.ExecuteScalarAsync());
            await db.Database.CloseConnectionAsync();
        }
    }

    [Fact]
    public async Task Thirty_two_people_saving_at_once_all_succeed_and_every_save_is_in_the_database()
    {
        var counterId = Guid.NewGuid();
        var savedSchools = new ConcurrentBag<Guid>();
        var failures = new ConcurrentBag<Exception>();
        using var start = new ManualResetEventSlim();

        // Three in four writers add a school with its audit entry, as the schools page does; the rest read then write
        // inside an explicit transaction, as InTransactionAsync's callers do: each takes the next number in a sequence.
        var writers = Enumerable.Range(0, Writers).Select(writer => Task.Run(async () =>
        {
            start.Wait();
            for (var save = 0; save < SavesPerWriter; save++)
            {
                try
                {
                    await using var scope = _services.CreateAsyncScope();
                    var db = scope.ServiceProvider.GetRequiredService<IAppDbContext>();
                    if (writer % 4 == 3)
                    {
                        await TakeNextNumberAsync(db, counterId);
                    }
                    else
                    {
                        var school = School.Create(Details($"School {writer}-{save}"));
                        db.Schools.Add(school);
                        db.AuditEntries.Add(AuditEntry.Record(Actor.System, DateTime.UtcNow, "School", school.Id, "School added"));
                        await db.SaveChangesAsync();
                        savedSchools.Add(school.Id);
                    }
                }
                catch (Exception e)
                {
                    failures.Add(e);
                }
            }
        })).ToList();
        start.Set();
        await Task.WhenAll(writers);

        Assert.Empty(failures);
        await using var check = _database.CreateContext();
        var storedSchools = await check.Schools.AsNoTracking().Select(s => s.Id).ToListAsync();
        Assert.Equal(Writers * 3 / 4 * SavesPerWriter, savedSchools.Count);
        Assert.Empty(savedSchools.Except(storedSchools));
        var schoolAudits = await check.AuditEntries.AsNoTracking().CountAsync(a => a.SubjectType == "School");
        Assert.Equal(savedSchools.Count, schoolAudits);
        // Read-then-write transactions ran one after another: every number taken once, none lost, none twice.
        var numbers = await check.AuditEntries.AsNoTracking().Where(a => a.SubjectId == counterId).Select(a => a.Detail!).ToListAsync();
        Assert.Equal(
            Enumerable.Range(1, Writers / 4 * SavesPerWriter),
            numbers.Select(int.Parse).Order());
    }

    [Fact]
    public async Task The_app_s_transactions_take_the_write_lock_when_they_begin()
    {
        // IMMEDIATE: a transaction that reads and then writes cannot be refused at its first write with the SQLITE_BUSY
        // that no amount of waiting resolves (another writer committed after its read began).
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IAppDbContext>();
        SqliteException? refused = null;

        await db.InTransactionAsync(_ =>
        {
            using var other = new SqliteConnection($"Data Source={_database.FilePath};Pooling=False;Default Timeout=1");
            other.Open();
            refused = Assert.Throws<SqliteException>(() => other.BeginTransaction(deferred: false));
            return Task.CompletedTask;
        }, CancellationToken.None);

        Assert.Equal(5, refused!.SqliteErrorCode); // SQLITE_BUSY: the app's transaction already held the write lock
    }

    [Fact]
    public async Task A_reader_is_not_blocked_by_a_long_write_transaction_and_sees_only_what_was_committed()
    {
        var committed = await AddSchoolAsync("Committed school");
        var (writer, release) = await HoldTurnAsync();

        List<string> names;
        await using (var scope = _services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<IAppDbContext>();
            names = await db.Schools.AsNoTracking().Select(s => s.Name).ToListAsync().WaitAsync(TimeSpan.FromSeconds(5));
        }

        release.SetResult();
        await writer;
        Assert.Equal(new[] { committed }, names);
    }

    [Fact]
    public async Task A_save_commits_at_once_while_a_long_read_is_still_open()
    {
        await AddSchoolAsync("First school");
        await AddSchoolAsync("Second school");

        // A page streaming a long list holds its read open (in rollback-journal mode, a lock the commit must wait for).
        await using var readerScope = _services.CreateAsyncScope();
        var reader = readerScope.ServiceProvider.GetRequiredService<IAppDbContext>();
        await using var rows = reader.Schools.AsNoTracking().OrderBy(s => s.Name).AsAsyncEnumerable().GetAsyncEnumerator();
        Assert.True(await rows.MoveNextAsync());

        var save = Task.Run(() => AddSchoolAsync("Saved during the read"));
        var finished = await Task.WhenAny(save, Task.Delay(TimeSpan.FromSeconds(5)));

        while (await rows.MoveNextAsync()) { }
        await save; // let a blocked save finish before the database is deleted
        Assert.Same(save, finished);
    }

    [Fact]
    public async Task A_writer_waits_for_its_turn_without_holding_a_thread_and_saves_when_the_writer_before_it_ends()
    {
        var (holding, release) = await HoldTurnAsync();
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IAppDbContext>();
        db.Schools.Add(School.Create(Details("Waiting school")));

        // Microsoft.Data.Sqlite runs "async" calls synchronously: without the queue this call would not return until
        // SQLite's busy handler gave up, as the writer before it cannot end until the test releases it.
        var saving = await Task.Factory.StartNew(() => db.SaveChangesAsync(), TaskCreationOptions.LongRunning).WaitAsync(TimeSpan.FromSeconds(5));
        await Task.Delay(200);
        Assert.False(saving.IsCompleted);

        release.SetResult();
        await holding;
        await saving.WaitAsync(TimeSpan.FromSeconds(5));
        await using var check = _database.CreateContext();
        Assert.Equal(["Held school", "Waiting school"], await check.Schools.AsNoTracking().Select(s => s.Name).OrderBy(n => n).ToListAsync());
    }

    [Fact]
    public async Task A_save_that_fails_hands_its_turn_on()
    {
        var first = School.Create(Details("First school"));
        await using (var scope = _services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<IAppDbContext>();
            db.Schools.Add(first);
            await db.SaveChangesAsync();
        }

        await using (var scope = _services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<IAppDbContext>();
            db.Schools.Add(School.Create(new SchoolDetails(first.Urn, "Same URN", SchoolPhase.Primary, "Leeds", "LS1 1AA", "England")));
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }

        // A turn kept by the failed save would hold this one for the whole command timeout (30 s).
        await AddSchoolAsync("Next school").WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task A_writer_that_stops_waiting_leaves_the_queue()
    {
        var (holding, release) = await HoldTurnAsync();
        await using (var scope = _services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<IAppDbContext>();
            db.Schools.Add(School.Create(Details("Abandoned school")));
            using var giveUp = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Task.Run(() => db.SaveChangesAsync(giveUp.Token)));
        }

        release.SetResult();
        await holding;
        await AddSchoolAsync("Next school").WaitAsync(TimeSpan.FromSeconds(5));
        await using var check = _database.CreateContext();
        Assert.False(await check.Schools.AnyAsync(s => s.Name == "Abandoned school"));
    }

    [Fact]
    public void The_SQL_Server_context_is_left_as_it_was()
    {
        using var context = TestDatabases.CreateSqlServerOffline();
        var interceptors = context.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.Interceptors ?? [];

        Assert.DoesNotContain(interceptors, i => i is SqliteBusyTimeout);
    }

    private ServiceProvider StartApp(string connectionString)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = "Sqlite",
                ["ConnectionStrings:AoPortal"] = connectionString,
                ["Demo:Seed"] = "false",
            })
            .Build();
        Directory.CreateDirectory(_contentRoot);
        var environment = new TestHostEnvironment(_contentRoot);
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<IHostEnvironment>(environment);
        services.AddInfrastructure(configuration, environment);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    /// <summary>Starts a write transaction that holds its turn (and SQLite's write lock) until released.</summary>
    private async Task<(Task Holding, TaskCompletionSource Release)> HoldTurnAsync()
    {
        var holding = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var writer = Task.Run(async () =>
        {
            await using var scope = _services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<IAppDbContext>();
            await db.InTransactionAsync(async ct =>
            {
                db.Schools.Add(School.Create(Details("Held school")));
                await db.SaveChangesAsync(ct);
                holding.SetResult();
                await release.Task.WaitAsync(TimeSpan.FromSeconds(30), ct);
            }, CancellationToken.None);
        });
        await holding.Task.WaitAsync(TimeSpan.FromSeconds(30));
        return (writer, release);
    }

    private static async Task TakeNextNumberAsync(IAppDbContext db, Guid counterId) =>
        await db.InTransactionAsync(async ct =>
        {
            var taken = await db.AuditEntries.CountAsync(a => a.SubjectId == counterId, ct);
            db.AuditEntries.Add(AuditEntry.Record(Actor.System, DateTime.UtcNow, "Counter", counterId, "Number taken", (taken + 1).ToString()));
            await db.SaveChangesAsync(ct);
        }, CancellationToken.None);

    private async Task<string> AddSchoolAsync(string name)
    {
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IAppDbContext>();
        db.Schools.Add(School.Create(Details(name)));
        await db.SaveChangesAsync();
        return name;
    }

    /// <summary>Each school gets its own URN: URNs are unique.</summary>
    private SchoolDetails Details(string name) =>
        new((100_000 + Interlocked.Increment(ref _urns)).ToString(), name, SchoolPhase.Primary, "Leeds", "LS1 1AA", "England");
}
