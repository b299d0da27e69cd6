using AoPortal.Application.Abstractions;
using AoPortal.Application.Common;
using AoPortal.Application.Features.Evidence;
using AoPortal.Application.Tests.Support;
using AoPortal.Domain.Assessments;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Common;
using AoPortal.Domain.Eligibility;
using AoPortal.Domain.Evidence;
using AoPortal.Domain.Schools;
using AoPortal.Infrastructure.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;

namespace AoPortal.Application.Tests.Evidence;

/// <summary>
/// Adding evidence over SQLite with the real file store in a temporary folder: a failed save leaves no file; a scanner
/// that fails leaves the files pending and the item hidden from reviewers; an infected file is marked so.
/// </summary>
public sealed class AddEvidenceTests : IDisposable
{
    private static readonly byte[] Pdf = [.. "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n"u8];
    private readonly SqliteTestDatabase _database = new();
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"aoportal-evidence-{Guid.NewGuid():N}");
    private readonly FileSystemDocumentStore _store;
    private readonly EvidenceUploadOptions _options = new();
    private readonly FakeTimeProvider _clock = new();

    public AddEvidenceTests() => _store = new FileSystemDocumentStore(_folder);

    public void Dispose()
    {
        _database.Dispose();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    private string[] StoredFiles() => Directory.Exists(_folder) ? Directory.GetFiles(_folder) : [];

    private async Task<(Candidate Candidate, ICurrentUser User)> CandidateAsync(CandidateStatus status = CandidateStatus.InAssessment)
    {
        var school = await new SchoolBuilder().SaveAsync(_database);
        var candidate = await new CandidateBuilder(school.Id).WithStoredStatus(status).SaveAsync(_database);
        return (candidate, TestUsers.Candidate(candidate.UserId));
    }

    private AddEvidence.Command Command() => new()
    {
        Kind = EvidenceKind.LessonPlan,
        Title = "Year 9 equations",
        Date = DateParts.From(UkDate.Today(_clock)),
        Standards = ["TS1", "TS4b"],
        PupilDataRemoved = true,
    };

    private async Task<Guid> AddAsync(ICurrentUser user, Guid candidateId, IMalwareScanner? scanner = null, IAppDbContext? db = null, params (string Name, byte[] Content)[] files)
    {
        await using var context = _database.NewContext();
        var streams = files.Select(f => ((string?)f.Name, (Stream)new MemoryStream(f.Content), (long)f.Content.Length)).ToList();
        return await new AddEvidence.Handler(db ?? context, user, _store, new EvidenceFileInspector(), _options, scanner ?? Scanner(true), _clock,
            NullLogger<AddEvidence.Handler>.Instance).Handle(candidateId, Command(), streams, CancellationToken.None);
    }

    private static IMalwareScanner Scanner(bool clean)
    {
        var scanner = new Mock<IMalwareScanner>();
        scanner.Setup(s => s.IsCleanAsync(It.IsAny<Stream>(), It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync(clean);
        return scanner.Object;
    }

    private async Task<EvidenceItem> StoredAsync(Guid itemId)
    {
        await using var db = _database.NewContext();
        return await db.EvidenceItems.AsNoTracking().SingleAsync(i => i.Id == itemId);
    }

    [Fact]
    public async Task An_item_is_saved_with_its_files_scanned_clean()
    {
        var (candidate, user) = await CandidateAsync();

        var itemId = await AddAsync(user, candidate.Id, files: [("plan.pdf", Pdf), ("notes.pdf", Pdf)]);

        var item = await StoredAsync(itemId);
        Assert.All(item.Latest.Files, f => Assert.Equal(ScanResult.Clean, f.Scan));
        Assert.Equal(item.Latest.Files.Select(f => f.StoredName).Order(), StoredFiles().Select(Path.GetFileName).Order());
        Assert.True(item.IsVisibleToReviewers);
    }

    [Fact]
    public async Task When_the_save_fails_every_stored_file_is_deleted()
    {
        var (candidate, user) = await CandidateAsync();
        await using var context = _database.NewContext();

        await Assert.ThrowsAsync<DbUpdateException>(() => AddAsync(user, candidate.Id, db: new FailingSave(context), files: [("plan.pdf", Pdf), ("notes.pdf", Pdf)]));

        Assert.Empty(StoredFiles());
        await using var check = _database.NewContext();
        Assert.False(await check.EvidenceItems.AnyAsync());
    }

    [Fact]
    public async Task When_the_scanner_fails_the_item_is_kept_with_its_files_pending_and_hidden_from_reviewers()
    {
        var (candidate, user) = await CandidateAsync();
        var broken = new Mock<IMalwareScanner>();
        broken.Setup(s => s.IsCleanAsync(It.IsAny<Stream>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new HttpRequestException("The scanner cannot be reached"));

        var itemId = await AddAsync(user, candidate.Id, broken.Object, files: [("plan.pdf", Pdf)]);

        var item = await StoredAsync(itemId);
        Assert.Equal(ScanResult.Pending, Assert.Single(item.Latest.Files).Scan);
        Assert.False(item.IsVisibleToReviewers);
        Assert.Single(StoredFiles());
        await using var db = _database.NewContext();
        Assert.Empty((await new GetPortfolio.Handler(db, TestUsers.Assessor()).Handle(candidate.Id, CancellationToken.None)).Items);
        var own = await new GetPortfolio.Handler(db, user).Handle(candidate.Id, CancellationToken.None);
        Assert.Equal(ScanResult.Pending, Assert.Single(own.Items).Scan);
        await Assert.ThrowsAsync<NotFoundException>(() => new DownloadEvidenceFile.Handler(db, TestUsers.Assessor(), _store)
            .Handle(candidate.Id, itemId, item.Latest.Files[0].Id, CancellationToken.None));
    }

    [Fact]
    public async Task Files_left_pending_are_scanned_again_later_and_then_reach_reviewers()
    {
        var (candidate, user) = await CandidateAsync();
        var broken = new Mock<IMalwareScanner>();
        broken.Setup(s => s.IsCleanAsync(It.IsAny<Stream>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new HttpRequestException("The scanner cannot be reached"));
        var itemId = await AddAsync(user, candidate.Id, broken.Object, files: [("plan.pdf", Pdf), ("notes.pdf", Pdf)]);

        await using (var db = _database.NewContext())
        {
            Assert.Equal(1, await new RescanPendingEvidence.Handler(db, _store, broken.Object, NullLogger<RescanPendingEvidence.Handler>.Instance)
                .Handle(CancellationToken.None));
        }

        Assert.False((await StoredAsync(itemId)).IsVisibleToReviewers);
        await using (var db = _database.NewContext())
        {
            Assert.Equal(1, await new RescanPendingEvidence.Handler(db, _store, Scanner(true), NullLogger<RescanPendingEvidence.Handler>.Instance)
                .Handle(CancellationToken.None));
        }

        var item = await StoredAsync(itemId);
        Assert.All(item.Latest.Files, f => Assert.Equal(ScanResult.Clean, f.Scan));
        Assert.True(item.IsVisibleToReviewers);
        await using (var db = _database.NewContext())
        {
            Assert.Equal(0, await new RescanPendingEvidence.Handler(db, _store, Scanner(true), NullLogger<RescanPendingEvidence.Handler>.Instance)
                .Handle(CancellationToken.None));
        }
    }

    [Fact]
    public async Task An_infected_file_is_marked_infected_and_nobody_can_download_it()
    {
        var (candidate, user) = await CandidateAsync();

        var itemId = await AddAsync(user, candidate.Id, Scanner(false), files: [("plan.pdf", Pdf)]);

        var item = await StoredAsync(itemId);
        Assert.Equal(ScanResult.Infected, Assert.Single(item.Latest.Files).Scan);
        Assert.False(item.IsVisibleToReviewers);
        await using var db = _database.NewContext();
        await Assert.ThrowsAsync<NotFoundException>(() => new DownloadEvidenceFile.Handler(db, user, _store)
            .Handle(candidate.Id, itemId, item.Latest.Files[0].Id, CancellationToken.None));
    }

    [Fact]
    public async Task A_candidate_not_in_assessment_cannot_add_evidence_and_nothing_is_stored()
    {
        var (candidate, user) = await CandidateAsync(CandidateStatus.Accepted);

        var error = await Assert.ThrowsAsync<DomainRuleException>(() => AddAsync(user, candidate.Id, files: [("plan.pdf", Pdf)]));

        Assert.Equal("You can add evidence to your portfolio while your assessment is in progress", error.Message);
        Assert.Empty(StoredFiles());
    }

    [Fact]
    public async Task Nobody_adds_to_someone_elses_portfolio()
    {
        var (candidate, _) = await CandidateAsync();
        var (_, other) = await CandidateAsync();

        await Assert.ThrowsAsync<NotFoundException>(() => AddAsync(other, candidate.Id, files: [("plan.pdf", Pdf)]));
        await Assert.ThrowsAsync<NotFoundException>(() => AddAsync(TestUsers.Assessor(), candidate.Id, files: [("plan.pdf", Pdf)]));
        Assert.Empty(StoredFiles());
    }

    [Fact]
    public async Task A_new_version_whose_save_meets_a_conflict_leaves_no_file()
    {
        var (candidate, user) = await CandidateAsync();
        var itemId = await AddAsync(user, candidate.Id, files: [("plan.pdf", Pdf)]);
        await using (var db = _database.NewContext())
        {
            var item = await db.EvidenceItems.SingleAsync(i => i.Id == itemId);
            item.RequestMore("Add the worksheet", null, new Actor(null, "Sam Assessor"), _clock.GetUtcNow().UtcDateTime, UkDate.Today(_clock));
            await db.SaveChangesAsync();
        }

        var filesBefore = StoredFiles().Length;
        var version = (await StoredAsync(itemId)).Version;
        // Someone else changes the item while the file is being stored.
        var store = new ChangingStore(_store, async () =>
        {
            await using var other = _database.NewContext();
            var item = await other.EvidenceItems.SingleAsync(i => i.Id == itemId);
            item.RecordScan(item.Latest.Files[0].Id, ScanResult.Clean);
            await other.SaveChangesAsync();
        });
        await using var context = _database.NewContext();
        var handler = new AddEvidenceVersion.Handler(context, user, store, new EvidenceFileInspector(), _options, Scanner(true), _clock,
            NullLogger<AddEvidenceVersion.Handler>.Instance);

        await Assert.ThrowsAsync<DomainRuleException>(() => handler.Handle(candidate.Id, itemId,
            new AddEvidenceVersion.Command { Version = version, Note = "Added the worksheet" },
            [("worksheet.pdf", new MemoryStream(Pdf), Pdf.Length)], CancellationToken.None));

        Assert.Equal(filesBefore, StoredFiles().Length);
        Assert.Single((await StoredAsync(itemId)).Versions);
    }

    [Fact]
    public void The_prompt_must_be_one_the_provider_configured()
    {
        var validator = new AddEvidence.Validator(new FakeTimeProvider(), new EvidenceUploadOptions { AssignmentPrompts = ["Safeguarding: what would you do?"] });
        var command = Command();
        command.Kind = EvidenceKind.ReflectiveAssignment;
        command.Answer = "My answer";

        command.Prompt = EvidenceUploadOptions.DefaultAssignmentPrompts[0];
        Assert.Contains(validator.Validate(command).Errors, e => e.ErrorMessage == "Select one of the assignments listed");
        command.Prompt = "Safeguarding: what would you do?";
        Assert.True(validator.Validate(command).IsValid);
    }

    /// <summary>Stores the file, then runs something else first, as another request might.</summary>
    private sealed class ChangingStore(IDocumentStore inner, Func<Task> meanwhile) : IDocumentStore
    {
        public async Task SaveAsync(string storedName, Stream content, CancellationToken cancellationToken)
        {
            await inner.SaveAsync(storedName, content, cancellationToken);
            await meanwhile();
        }

        public Task<Stream?> OpenReadAsync(string storedName, CancellationToken cancellationToken) => inner.OpenReadAsync(storedName, cancellationToken);

        public Task DeleteAsync(string storedName, CancellationToken cancellationToken) => inner.DeleteAsync(storedName, cancellationToken);
    }

    /// <summary>The database, except that saving fails (as when it cannot be reached).</summary>
    private sealed class FailingSave(IAppDbContext inner) : IAppDbContext
    {
        public DbSet<School> Schools => inner.Schools;
        public DbSet<Candidate> Candidates => inner.Candidates;
        public DbSet<AuditEntry> AuditEntries => inner.AuditEntries;
        public DbSet<EligibilityPolicy> EligibilityPolicies => inner.EligibilityPolicies;
        public DbSet<PlanTemplate> PlanTemplates => inner.PlanTemplates;
        public DbSet<AssessmentPlan> AssessmentPlans => inner.AssessmentPlans;
        public DbSet<AssessmentRecord> AssessmentRecords => inner.AssessmentRecords;
        public DbSet<EvidenceItem> EvidenceItems => inner.EvidenceItems;
        public DbSet<Domain.Recommendations.Recommendation> Recommendations => inner.Recommendations;
        public DbSet<Domain.Recommendations.RegisterExport> RegisterExports => inner.RegisterExports;
        public DbSet<Domain.Notifications.Notification> Notifications => inner.Notifications;
        public DbSet<Domain.Common.FormSubmission> FormSubmissions => inner.FormSubmissions;
        public DbContext Context => inner.Context;

        public Task<int> SaveChangesAsync(CancellationToken cancellationToken = default) => throw new DbUpdateException("The database cannot be reached");

        public Task InTransactionAsync(Func<CancellationToken, Task> work, CancellationToken cancellationToken) => inner.InTransactionAsync(work, cancellationToken);

        public void ExpectVersion<TEntity>(TEntity entity, Guid expectedVersion) where TEntity : class => inner.ExpectVersion(entity, expectedVersion);
    }
}
