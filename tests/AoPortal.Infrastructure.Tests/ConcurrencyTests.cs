using AoPortal.Domain.Common;
using AoPortal.Domain.Schools;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Infrastructure.Tests;

/// <summary>Two people editing the same school: the second save is refused with a readable message, and the first one stands.</summary>
public sealed class ConcurrencyTests : IDisposable
{
    private readonly TempSqliteDatabase _database = TestDatabases.CreateMigratedSqliteFile();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Saving_a_school_someone_else_changed_meanwhile_is_refused_and_their_change_is_kept()
    {
        var schoolId = await AddSchoolAsync();

        await using var first = _database.CreateContext();
        await using var second = _database.CreateContext();
        var firstCopy = await first.Schools.SingleAsync(s => s.Id == schoolId);
        var secondCopy = await second.Schools.SingleAsync(s => s.Id == schoolId);

        firstCopy.Update(Details("First edit"));
        secondCopy.Update(Details("Second edit"));
        await first.SaveChangesAsync();
        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => second.SaveChangesAsync());

        Assert.Contains("Someone else changed this record", refused.Message);
        await using var check = _database.CreateContext();
        var stored = await check.Schools.AsNoTracking().SingleAsync(s => s.Id == schoolId);
        Assert.Equal("First edit", stored.Name);
        Assert.Equal(firstCopy.Version, stored.Version);
    }

    [Fact]
    public async Task Saving_a_school_nobody_else_changed_succeeds_and_moves_its_version_on()
    {
        var schoolId = await AddSchoolAsync();
        Guid versionBefore;
        await using (var context = _database.CreateContext())
        {
            var school = await context.Schools.SingleAsync(s => s.Id == schoolId);
            versionBefore = school.Version;
            school.Update(Details("Only edit"));
            await context.SaveChangesAsync();
        }

        await using var check = _database.CreateContext();
        var stored = await check.Schools.AsNoTracking().SingleAsync(s => s.Id == schoolId);
        Assert.Equal("Only edit", stored.Name);
        Assert.NotEqual(versionBefore, stored.Version);
    }

    [Fact]
    public async Task Saving_with_an_expected_version_that_is_out_of_date_is_refused()
    {
        // The web form carries the version the person saw; ExpectVersion makes the save check it.
        var schoolId = await AddSchoolAsync();

        await using var context = _database.CreateContext();
        var school = await context.Schools.SingleAsync(s => s.Id == schoolId);
        school.Update(Details("Edited from a stale form"));
        context.ExpectVersion(school, Guid.NewGuid());

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => context.SaveChangesAsync());

        Assert.Contains("Someone else changed this record", refused.Message);
        await using var check = _database.CreateContext();
        Assert.Equal("X", (await check.Schools.AsNoTracking().SingleAsync(s => s.Id == schoolId)).Name);
    }

    private async Task<Guid> AddSchoolAsync()
    {
        await using var context = _database.CreateContext();
        var school = School.Create(Details("X"));
        context.Schools.Add(school);
        await context.SaveChangesAsync();
        return school.Id;
    }

    private static SchoolDetails Details(string name) => new("123456", name, SchoolPhase.Primary, "Leeds", "LS1 1AA", "England");
}
