using AoPortal.Application.Common;
using AoPortal.Application.Features.Schools;
using AoPortal.Application.Tests.Support;
using AoPortal.Domain.Schools;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Application.Tests.Common;

/// <summary>A create form sent twice, one after the other or racing, makes one thing, and both sendings get its id.</summary>
public sealed class OncePerSubmissionTests : IDisposable
{
    private readonly SqliteTestDatabase _database = new();
    private readonly FakeTimeProvider _clock = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Sending_the_same_form_again_returns_what_the_first_sending_made_and_saves_nothing()
    {
        var admin = TestUsers.Admin();
        var command = OverseasSchool();

        var first = await SaveAsync(command, admin);
        var second = await SaveAsync(command, admin);

        Assert.Equal(first, second);
        await using var db = _database.NewContext();
        Assert.Equal(1, await db.Schools.CountAsync(s => s.Name == command.Name));
        Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.SubjectId == first));
    }

    [Fact]
    public async Task A_sending_that_loses_the_race_to_the_save_gets_the_winners_result_and_saves_nothing()
    {
        var admin = TestUsers.Admin();
        var command = OverseasSchool();
        var winner = await SaveAsync(command, admin);

        // The loser passed the "sent before?" check before the winner saved, so it gets as far as its own save.
        await using var db = _database.NewContext();
        var school = School.Create(new SchoolDetails(null, command.Name!, SchoolPhase.Secondary, null, null, "Portugal"));
        db.Schools.Add(school);
        var result = await db.SaveOnceAsync(command.SubmissionId, school.Id, admin, _clock.GetUtcNow().UtcDateTime, CancellationToken.None);

        Assert.Equal(winner, result);
        await using var check = _database.NewContext();
        Assert.Equal(1, await check.Schools.CountAsync(s => s.Name == command.Name));
    }

    [Fact]
    public async Task Another_persons_sending_with_the_same_id_is_not_taken_for_theirs()
    {
        var command = OverseasSchool();
        await SaveAsync(command, TestUsers.Admin());

        await Assert.ThrowsAsync<DbUpdateException>(() => SaveAsync(command, TestUsers.Admin()));

        await using var db = _database.NewContext();
        Assert.Equal(1, await db.Schools.CountAsync(s => s.Name == command.Name));
    }

    private async Task<Guid> SaveAsync(SaveSchool.Command command, Abstractions.ICurrentUser user)
    {
        await using var db = _database.NewContext();
        return await new SaveSchool.Handler(db, user, _clock).Handle(command, CancellationToken.None);
    }

    private static SaveSchool.Command OverseasSchool() =>
        new() { Name = $"Escola {Guid.NewGuid():N}", Country = "Portugal", Phase = SchoolPhase.Secondary };
}
