using AoPortal.Application.Tests.Support;
using AoPortal.Domain.Common;
using AoPortal.Domain.Evidence;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Application.Tests.Evidence;

/// <summary>An evidence item is one row with its versions, their files and the reviews as JSON: all must come back as saved.</summary>
public sealed class EvidenceRoundTripTests : IDisposable
{
    private static readonly DateOnly Today = new(2026, 10, 5);
    private static readonly DateTime Now = new(2026, 10, 5, 10, 0, 0, DateTimeKind.Utc);
    private static readonly Actor Reviewer = new(null, "Sam Assessor");
    private readonly SqliteTestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    private static EvidenceFile File(string name) => new(Guid.NewGuid().ToString("N"), name, "application/pdf", 4096, new string('d', 64));

    [Fact]
    public async Task An_item_its_versions_files_scans_and_reviews_come_back_as_saved()
    {
        var school = await new SchoolBuilder().SaveAsync(_database);
        var candidate = await new CandidateBuilder(school.Id).SaveAsync(_database);
        var actor = new Actor(candidate.UserId, candidate.FullName);
        var (item, audit) = EvidenceItem.Add(candidate.Id, EvidenceKind.LessonPlan, "Year 9 equations", new DateOnly(2026, 9, 30), "Three-part lesson",
            null, ["TS4", "TS1b"], true, [File("plan.pdf"), File("slides.pdf")], null, actor, Now, Today);
        await using (var db = _database.NewContext())
        {
            db.EvidenceItems.Add(item);
            db.AuditEntries.Add(audit);
            await db.SaveChangesAsync();
        }

        await ChangeAsync(item.Id, stored =>
        {
            foreach (var f in stored.Latest.Files) stored.RecordScan(f.Id, ScanResult.Clean);
            stored.RequestMore("Add the worksheet", Today.AddDays(7), Reviewer, Now, Today);
            stored.AddVersion([File("worksheet.pdf")], null, "Added the worksheet", actor, Now.AddHours(1));
        });
        await ChangeAsync(item.Id, stored =>
        {
            stored.RecordScan(stored.Latest.Files[0].Id, ScanResult.Clean);
            stored.Accept(Reviewer, Now.AddHours(2));
        });

        await using var check = _database.NewContext();
        var back = await check.EvidenceItems.AsNoTracking().SingleAsync(i => i.Id == item.Id);
        Assert.Equal((EvidenceStatus.Accepted, "Year 9 equations", "TS4,TS1b"), (back.Status, back.Title, back.Standards));
        Assert.Equal([1, 2], back.Versions.Select(v => v.Number));
        Assert.Equal(["plan.pdf", "slides.pdf"], back.Versions[0].Files.Select(f => f.FileName));
        Assert.All(back.Versions.SelectMany(v => v.Files), f => Assert.Equal(ScanResult.Clean, f.Scan));
        Assert.Equal("Added the worksheet", back.Versions[1].Note);
        Assert.Equal([EvidenceStatus.MoreRequested, EvidenceStatus.Accepted], back.Reviews.Select(r => r.Outcome));
        Assert.Equal((Today.AddDays(7), "Add the worksheet"), (back.Reviews[0].DueBy, back.Reviews[0].Feedback));
        Assert.Equal(Now.AddHours(1), back.LatestSubmittedAt);
        Assert.True(back.IsVisibleToReviewers);
    }

    private async Task ChangeAsync(Guid itemId, Action<EvidenceItem> change)
    {
        await using var db = _database.NewContext();
        var stored = await db.EvidenceItems.SingleAsync(i => i.Id == itemId);
        change(stored);
        await db.SaveChangesAsync();
    }
}
