using AoPortal.Domain.Common;
using AoPortal.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Infrastructure.Tests;

/// <summary>SQLite keeps no DateTimeKind; the portal's converter hands every stored time back marked as UTC.</summary>
public sealed class UtcDateTimeTests : IDisposable
{
    private readonly TempSqliteDatabase _database = TestDatabases.CreateMigratedSqliteFile();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task An_audit_entry_time_comes_back_from_SQLite_as_the_same_UTC_time()
    {
        var occurredAt = DateTime.UtcNow;
        var entry = AuditEntry.Record(Actor.System, occurredAt, "X", Guid.NewGuid(), "y");
        await using (var context = _database.CreateContext())
        {
            context.AuditEntries.Add(entry);
            await context.SaveChangesAsync();
        }

        await using var check = _database.CreateContext();
        var stored = await check.AuditEntries.AsNoTracking().SingleAsync(a => a.Id == entry.Id);

        Assert.Equal(DateTimeKind.Utc, stored.OccurredAt.Kind);
        Assert.Equal(occurredAt, stored.OccurredAt);
    }

    [Fact]
    public async Task An_account_creation_time_comes_back_from_SQLite_as_UTC()
    {
        var createdAt = new DateTime(2026, 6, 30, 23, 30, 0, DateTimeKind.Utc);
        var user = new ApplicationUser { Id = Guid.NewGuid(), UserName = "utc@example.org", DisplayName = "Utc", CreatedAt = createdAt };
        await using (var context = _database.CreateContext())
        {
            context.Users.Add(user);
            await context.SaveChangesAsync();
        }

        await using var check = _database.CreateContext();
        var stored = await check.Users.AsNoTracking().SingleAsync(u => u.Id == user.Id);

        Assert.Equal(DateTimeKind.Utc, stored.CreatedAt.Kind);
        Assert.Equal(createdAt, stored.CreatedAt);
    }
}
