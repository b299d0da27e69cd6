using AoPortal.Application.Features.Schools;
using AoPortal.Application.Tests.Support;

namespace AoPortal.Application.Tests.Schools;

public sealed class ListSchoolsTests : IDisposable
{
    private readonly SqliteTestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Schools_are_listed_by_name_with_how_many_candidates_each_employs()
    {
        var willow = await new SchoolBuilder().Named("Willow Academy").SaveAsync(_database);
        var ash = await new SchoolBuilder().Named("Ash Grove School").SaveAsync(_database);
        var madrid = await new SchoolBuilder().Named("Madrid International School").Overseas().SaveAsync(_database);
        await using (var seed = _database.NewContext())
        {
            new CandidateBuilder(willow.Id).AddTo(seed);
            new CandidateBuilder(willow.Id).AddTo(seed);
            new CandidateBuilder(madrid.Id).AddTo(seed);
            await seed.SaveChangesAsync();
        }

        await using var db = _database.NewContext();
        var schools = await new ListSchools.Handler(db).Handle(CancellationToken.None);

        Assert.Equal(["Ash Grove School", "Madrid International School", "Willow Academy"], schools.Select(s => s.Name));
        Assert.Equal([0, 1, 2], schools.Select(s => s.CandidateCount));
        Assert.Equal(ash.Id, schools[0].Id);
        Assert.Equal(ash.Urn, schools[0].Urn);
        Assert.Null(schools[1].Urn);
        Assert.Equal("Spain", schools[1].Country);
    }

    [Fact]
    public async Task No_schools_give_an_empty_list()
    {
        await using var db = _database.NewContext();
        Assert.Empty(await new ListSchools.Handler(db).Handle(CancellationToken.None));
    }
}
