using AoPortal.Application.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Application.Tests.Persistence;

/// <summary><c>IAppDbContext.InTransactionAsync</c>, which the use cases rely on to save an account and a record together.</summary>
public sealed class InTransactionTests : IDisposable
{
    private readonly SqliteTestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Work_that_fails_after_saving_leaves_nothing_behind()
    {
        await using (var db = _database.NewContext())
        {
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.InTransactionAsync(async ct =>
            {
                db.Schools.Add(new SchoolBuilder().Named("Half-saved School").Build());
                await db.SaveChangesAsync(ct);
                throw new InvalidOperationException("Something went wrong after the save");
            }, CancellationToken.None));
        }

        await using var check = _database.NewContext();
        Assert.Empty(await check.Schools.ToListAsync());
    }

    [Fact]
    public async Task Work_that_saves_twice_and_succeeds_keeps_both_saves()
    {
        await using (var db = _database.NewContext())
        {
            await db.InTransactionAsync(async ct =>
            {
                db.Schools.Add(new SchoolBuilder().Named("First School").Build());
                await db.SaveChangesAsync(ct);
                db.Schools.Add(new SchoolBuilder().Named("Second School").Build());
                await db.SaveChangesAsync(ct);
            }, CancellationToken.None);
        }

        await using var check = _database.NewContext();
        Assert.Equal(["First School", "Second School"], await check.Schools.OrderBy(s => s.Name).Select(s => s.Name).ToListAsync());
    }
}
