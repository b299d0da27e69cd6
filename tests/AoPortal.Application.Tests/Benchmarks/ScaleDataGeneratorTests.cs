using System.Security.Cryptography;
using AoPortal.Benchmarks.Generation;
using AoPortal.Domain.Assessments;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Recommendations;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Application.Tests.Benchmarks;

/// <summary>
/// The scale-data generator (tests/AoPortal.Benchmarks) at a small scale: the same seed gives the same provider, the stages
/// come in the shares asked for, and what it made keeps the domain's rules. Two runs of 30 candidates share this fixture.
/// </summary>
public sealed partial class ScaleDataGeneratorTests(ScaleDataGeneratorTests.TwoRuns runs) : IClassFixture<ScaleDataGeneratorTests.TwoRuns>
{
    private const int Candidates = 30;

    public sealed class TwoRuns : IAsyncLifetime
    {
        private readonly string _folder = Path.Combine(Path.GetTempPath(), $"aoportal-scale-tests-{Guid.NewGuid():N}");

        public GenerationResult First { get; private set; } = default!;
        public GenerationResult Second { get; private set; } = default!;

        public static GenerateOptions Options(string database) =>
            new() { Database = database, Seed = 7, Candidates = Candidates, Schools = 8, Assessors = 4, Moderators = 2, Admins = 2, BatchSize = 12 };

        public async Task InitializeAsync()
        {
            First = await ScaleDataGenerator.GenerateAsync(Options(Path.Combine(_folder, "first", "scale.db")), TextWriter.Null);
            Second = await ScaleDataGenerator.GenerateAsync(Options(Path.Combine(_folder, "second", "scale.db")), TextWriter.Null);
        }

        public Task DisposeAsync()
        {
            SqliteConnection.ClearAllPools();
            if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
            return Task.CompletedTask;
        }
    }

    [Fact]
    public void The_same_seed_gives_the_same_row_counts_and_files()
    {
        Assert.Equal(runs.First.RowCounts, runs.Second.RowCounts);
        Assert.Equal(runs.First.FilesWritten, runs.Second.FilesWritten);
        Assert.Equal(Candidates, runs.First.RowCounts["Candidates"]);
        Assert.Equal(Files(runs.First), Files(runs.Second));
    }

    [Fact]
    public async Task The_same_seed_gives_the_same_people_statuses_dates_and_history()
    {
        Assert.Equal(await SnapshotAsync(runs.First), await SnapshotAsync(runs.Second));
    }

    [Fact]
    public async Task Another_seed_gives_other_people()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"aoportal-scale-tests-{Guid.NewGuid():N}");
        try
        {
            var other = await ScaleDataGenerator.GenerateAsync(
                TwoRuns.Options(Path.Combine(folder, "scale.db")) with { Seed = 8, Candidates = 5, NoFiles = true }, TextWriter.Null);
            await using var a = Open(runs.First);
            await using var b = Open(other);
            var names = await a.Candidates.Select(c => c.SearchName).ToListAsync();
            Assert.DoesNotContain(await b.Candidates.Select(c => c.SearchName).FirstAsync(), names);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Candidates_are_spread_over_the_lifecycle_with_most_in_assessment()
    {
        await using var db = Open(runs.First);
        var statuses = await db.Candidates.GroupBy(c => c.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        // 30 candidates in StageSpread's shares, largest remainder first: exact, whatever the seed.
        Assert.Equal(18, statuses[CandidateStatus.InAssessment]);
        Assert.Equal(4, statuses[CandidateStatus.ApplicationDraft]);
        Assert.Equal(1, statuses[CandidateStatus.Submitted]);
        Assert.Equal(1, statuses[CandidateStatus.Accepted]);
        Assert.Equal(1, statuses[CandidateStatus.RecommendationPending]);
        Assert.Equal(1, statuses[CandidateStatus.Recommended]);
        Assert.Equal(3, statuses[CandidateStatus.QtsAwarded]);
        Assert.Equal(1, statuses[CandidateStatus.Withdrawn]);
    }

    [Fact]
    public async Task Candidates_in_assessment_have_a_plan_shared_records_and_a_portfolio_reviewed_in_order()
    {
        await using var db = Open(runs.First);
        var today = TwoRuns.Options("x").Today;
        var inAssessment = await db.Candidates.Where(c => c.Status == CandidateStatus.InAssessment).ToListAsync();
        var plans = await db.AssessmentPlans.ToListAsync();
        var records = await db.AssessmentRecords.ToListAsync();
        var evidence = await db.EvidenceItems.ToListAsync();
        foreach (var candidate in inAssessment)
        {
            Assert.NotNull(candidate.AssessorId);
            var plan = Assert.Single(plans, p => p.CandidateId == candidate.Id);
            Assert.InRange(plan.WeekOn(today), 1, 13);
            Assert.Contains(records, r => r.CandidateId == candidate.Id && r.Status == RecordStatus.Shared);
            Assert.All(records.Where(r => r.CandidateId == candidate.Id), r => Assert.InRange(r.Content.Date, plan.StartDate, today));
            Assert.InRange(evidence.Count(e => e.CandidateId == candidate.Id), 1, 40);
            Assert.All(plan.Milestones.Where(m => m.IsDone), m => Assert.True(m.DueDate <= today));
        }

        // Every candidate's story is in the audit trail, from their creation on.
        var audited = await db.AuditEntries.Select(a => a.SubjectId).Distinct().ToListAsync();
        Assert.All(await db.Candidates.Select(c => c.Id).ToListAsync(), id => Assert.Contains(id, audited));
    }

    [Fact]
    public async Task Decided_candidates_have_a_confirmed_recommendation_and_the_awarded_an_export()
    {
        await using var db = Open(runs.First);
        var decided = await db.Candidates.Where(c => c.Status == CandidateStatus.Recommended || c.Status == CandidateStatus.QtsAwarded).ToListAsync();
        var recommendations = await db.Recommendations.ToListAsync();
        var exported = (await db.RegisterExports.ToListAsync()).SelectMany(e => e.Candidates).Select(c => c.CandidateId).ToList();
        foreach (var candidate in decided)
        {
            var recommendation = Assert.Single(recommendations, r => r.CandidateId == candidate.Id);
            Assert.Equal(RecommendationStatus.Confirmed, recommendation.Status);
            Assert.Equal(RecommendationOutcome.Recommend, recommendation.Outcome);
            Assert.NotEqual(candidate.AssessorId, recommendation.ConfirmedById);
            Assert.Equal(candidate.Status == CandidateStatus.QtsAwarded, exported.Contains(candidate.Id));
            Assert.Equal(candidate.Status == CandidateStatus.QtsAwarded, recommendation.QtsAwardedOn is not null);
        }
    }

    [Fact]
    public async Task Every_evidence_file_is_stored_with_its_SHA_256()
    {
        await using var db = Open(runs.First);
        var files = (await db.EvidenceItems.ToListAsync()).SelectMany(i => i.Versions).SelectMany(v => v.Files).ToList();
        Assert.Equal(runs.First.FilesWritten, files.Count);
        var uploads = runs.First.Options.UploadsFolder;
        Assert.All(files, file =>
            Assert.Equal(file.Sha256, Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(uploads, file.StoredName))))));
    }

    private static Infrastructure.Persistence.AoPortalDbContext Open(GenerationResult run) => new ScaleDatabase(run.Database).NewContext();

    /// <summary>The uploads folder as names and SHA-256s: the stored names come from the seeded random, so they match too.</summary>
    private static List<string> Files(GenerationResult run) =>
        Directory.GetFiles(run.Options.UploadsFolder).Order(StringComparer.Ordinal)
            .Select(p => $"{Path.GetFileName(p)} {Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(p)))}").ToList();

    /// <summary>A confirmed decision's audit entry names its snapshot's SHA-256, and the snapshot holds the domain's own ids.</summary>
    [System.Text.RegularExpressions.GeneratedRegex("Snapshot SHA-256 [0-9a-f]{64}")]
    private static partial System.Text.RegularExpressions.Regex SnapshotHash();

    /// <summary>
    /// What a person would see, without the ids the domain makes itself (Guid.NewGuid) and what hashes them: names, statuses,
    /// dates and history. The accounts' ids and stamps come from the seeded random, so they are compared too.
    /// </summary>
    private static async Task<List<string>> SnapshotAsync(GenerationResult run)
    {
        await using var db = Open(run);
        var lines = new List<string>();
        lines.AddRange((await db.Candidates.ToListAsync()).OrderBy(c => c.Email, StringComparer.Ordinal)
            .Select(c => $"{c.Email} {c.FullName} {c.Status} {c.CreatedAt:O} {c.AssessorName} {c.Trn}"));
        lines.AddRange((await db.Users.Select(u => new { u.Id, u.Email, u.DisplayName, u.CreatedAt, u.SecurityStamp }).ToListAsync())
            .OrderBy(u => u.Email, StringComparer.Ordinal).Select(u => $"{u.Id} {u.Email} {u.DisplayName} {u.CreatedAt:O} {u.SecurityStamp}"));
        lines.AddRange((await db.Schools.ToListAsync()).OrderBy(s => s.Name, StringComparer.Ordinal).Select(s => $"{s.Name} {s.Urn} {s.Postcode}"));
        lines.AddRange((await db.AssessmentPlans.ToListAsync()).Select(p => $"{p.StartDate} {p.EndDate} {p.AgeRange} {p.Milestones.Count(m => m.IsDone)}").Order(StringComparer.Ordinal));
        lines.AddRange((await db.AssessmentRecords.ToListAsync()).Select(r => $"{r.Kind} {r.Status} {r.Content.Date} {r.RecordedAt:O} {r.Content.Lesson?.School}").Order(StringComparer.Ordinal));
        lines.AddRange((await db.EvidenceItems.ToListAsync()).Select(e => $"{e.Title} {e.Kind} {e.Status} {e.Date} {e.Versions.Count}").Order(StringComparer.Ordinal));
        lines.AddRange((await db.AuditEntries.Select(a => new { a.OccurredAt, a.Action, a.ActorName, a.Detail }).ToListAsync())
            .Select(a => $"{a.OccurredAt:O} {a.Action} {a.ActorName} {SnapshotHash().Replace(a.Detail ?? "", "SHA-256 of the snapshot")}")
            .Order(StringComparer.Ordinal));
        return lines;
    }
}
