using AoPortal.Application.Abstractions;
using AoPortal.Application.Common;
using AoPortal.Application.Features.Candidates;
using AoPortal.Application.Tests.Support;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Schools;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Application.Tests.Candidates;

public sealed class ListCandidatesTests : IDisposable
{
    private readonly SqliteTestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    private async Task<PagedList<ListCandidates.Item>> List(ListCandidates.Query query, ICurrentUser? user = null)
    {
        await using var db = _database.NewContext();
        return await new ListCandidates.Handler(db, user ?? TestUsers.Admin()).Handle(query, CancellationToken.None);
    }

    private Task<PagedList<ListCandidates.Item>> Search(string search) => List(new(search, null));

    private static IEnumerable<string> Names(PagedList<ListCandidates.Item> page) => page.Items.Select(i => i.FullName);

    private async Task<School> SchoolWithAdaAndGrace()
    {
        var school = await new SchoolBuilder().Named("Oakfield Primary School").SaveAsync(_database);
        await new CandidateBuilder(school.Id).Named("Ada", "Lovelace").WithEmail("ada@example.com").SaveAsync(_database);
        await new CandidateBuilder(school.Id).Named("Grace", "Hopper").WithEmail("g.hopper@navy.example.org").SaveAsync(_database);
        return school;
    }

    [Fact]
    public async Task Candidates_are_listed_with_their_school_and_age_range()
    {
        var school = await new SchoolBuilder().Named("Oakfield Primary School").SaveAsync(_database);
        var ada = await new CandidateBuilder(school.Id).Named("Ada", "Lovelace").WithEmail("ada@example.com")
            .ForAgeRange("11-16", "Mathematics").SaveAsync(_database);

        var page = await List(new(null, null));

        var item = Assert.Single(page.Items);
        Assert.Equal(ada.Id, item.Id);
        Assert.Equal("Ada Lovelace", item.FullName);
        Assert.Equal("ada@example.com", item.Email);
        Assert.Equal("Oakfield Primary School", item.SchoolName);
        Assert.Equal(new AgeRange(11, 16), item.AgeRange);
        Assert.Equal(CandidateStatus.ApplicationDraft, item.Status);
        Assert.Null(item.Trn);
    }

    [Fact]
    public async Task A_candidate_without_a_listed_school_is_listed_with_the_one_they_asked_to_be_added()
    {
        var school = await new SchoolBuilder().Named("Oakfield Primary School").SaveAsync(_database);
        await new CandidateBuilder(school.Id).Named("Ada", "Lovelace").SaveAsync(_database);
        var graceId = (await new CandidateBuilder(school.Id).Named("Grace", "Hopper").SaveAsync(_database)).Id;
        await using (var db = _database.NewContext())
        {
            (await db.Candidates.SingleAsync(c => c.Id == graceId)).SaveSchoolSupport(null, "St Anne's Primary, Leeds");
            await db.SaveChangesAsync();
        }

        var page = await List(new(null, null));

        Assert.Equal(["Oakfield Primary School", "St Anne's Primary, Leeds (not listed yet)"],
            page.Items.OrderBy(i => i.FirstNames).Select(i => i.School));
    }

    [Theory]
    [InlineData("love")]
    [InlineData("LOVELACE")]
    [InlineData("  aDa ")]
    [InlineData("ada love")]
    public async Task Candidates_are_found_by_part_of_their_name_whatever_its_case(string search)
    {
        await SchoolWithAdaAndGrace();

        Assert.Equal(["Ada Lovelace"], Names(await Search(search)));
    }

    [Theory]
    [InlineData("g.hopper@navy")]
    [InlineData("NAVY.EXAMPLE.ORG")]
    public async Task Candidates_are_found_by_their_email_address_whatever_its_case(string search)
    {
        await SchoolWithAdaAndGrace();

        Assert.Equal(["Grace Hopper"], Names(await Search(search)));
    }

    [Fact]
    public async Task A_search_that_matches_nobody_finds_nobody()
    {
        await SchoolWithAdaAndGrace();

        var page = await Search("babbage");

        Assert.Empty(page.Items);
        Assert.Equal(0, page.TotalCount);
        Assert.Equal(1, page.Page);
        Assert.Equal(1, page.TotalPages);
    }

    [Fact]
    public async Task Candidates_are_filtered_by_status()
    {
        var school = await new SchoolBuilder().SaveAsync(_database);
        await new CandidateBuilder(school.Id).Named("Ada", "Lovelace").SaveAsync(_database);
        await new CandidateBuilder(school.Id).Named("Grace", "Hopper").WithStoredStatus(CandidateStatus.Submitted).SaveAsync(_database);
        await new CandidateBuilder(school.Id).Named("Alan", "Turing").WithStoredStatus(CandidateStatus.InAssessment).SaveAsync(_database);

        Assert.Equal(["Grace Hopper"], Names(await List(new(null, CandidateStatus.Submitted))));
        Assert.Equal(["Ada Lovelace"], Names(await List(new(null, CandidateStatus.ApplicationDraft))));
        Assert.Empty((await List(new(null, CandidateStatus.Withdrawn))).Items);
        Assert.Equal(3, (await List(new(null, null))).TotalCount);
    }

    [Fact]
    public async Task A_search_and_a_status_filter_apply_together()
    {
        var school = await new SchoolBuilder().SaveAsync(_database);
        await new CandidateBuilder(school.Id).Named("Ada", "Lovelace").SaveAsync(_database);
        await new CandidateBuilder(school.Id).Named("Ada", "Byron").WithStoredStatus(CandidateStatus.Submitted).SaveAsync(_database);

        Assert.Equal(["Ada Byron"], Names(await List(new("ada", CandidateStatus.Submitted))));
    }

    [Fact]
    public async Task Candidates_are_ordered_by_last_name_then_first_names()
    {
        var school = await new SchoolBuilder().SaveAsync(_database);
        await new CandidateBuilder(school.Id).Named("Zara", "Adams").SaveAsync(_database);
        await new CandidateBuilder(school.Id).Named("Bob", "Brown").SaveAsync(_database);
        await new CandidateBuilder(school.Id).Named("Alice", "Brown").SaveAsync(_database);
        await new CandidateBuilder(school.Id).Named("Carl", "Adams").SaveAsync(_database);

        Assert.Equal(["Carl Adams", "Zara Adams", "Alice Brown", "Bob Brown"], Names(await List(new(null, null))));
    }

    [Fact]
    public async Task Candidates_come_50_a_page_in_order_and_a_page_past_the_end_shows_the_last_page()
    {
        var school = await new SchoolBuilder().SaveAsync(_database);
        await using (var seed = _database.NewContext())
        {
            // Inserted in reverse so the database's own order is not the listing's order.
            for (var i = 120; i >= 1; i--)
                new CandidateBuilder(school.Id).Named($"Candidate {i:D3}", $"Surname{i % 7}").AddTo(seed);
            await seed.SaveChangesAsync();
        }

        var first = await List(new(null, null, Page: 1));
        var second = await List(new(null, null, Page: 2));
        var third = await List(new(null, null, Page: 3));
        var beyond = await List(new(null, null, Page: 99));
        var before = await List(new(null, null, Page: 0));

        Assert.Equal(50, first.Items.Count);
        Assert.Equal(50, second.Items.Count);
        Assert.Equal(20, third.Items.Count);
        Assert.All([first, second, third], p => Assert.Equal(120, p.TotalCount));
        Assert.All([first, second, third], p => Assert.Equal(3, p.TotalPages));
        Assert.Equal(1, first.Page);
        Assert.Equal(3, third.Page);
        Assert.Equal((101, 120), (third.FirstItemNumber, third.LastItemNumber));

        Assert.Equal(3, beyond.Page);
        Assert.Equal(third.Items.Select(i => i.Id), beyond.Items.Select(i => i.Id));
        Assert.Equal(1, before.Page);
        Assert.Equal(first.Items.Select(i => i.Id), before.Items.Select(i => i.Id));

        var all = first.Items.Concat(second.Items).Concat(third.Items).ToList();
        Assert.Equal(120, all.Select(i => i.Id).Distinct().Count());
        var expectedOrder = all.OrderBy(i => i.LastName, StringComparer.Ordinal).ThenBy(i => i.FirstNames, StringComparer.Ordinal).Select(i => i.Id);
        Assert.Equal(expectedOrder, all.Select(i => i.Id));
    }

    [Fact]
    public async Task Provider_staff_see_every_school_s_candidates()
    {
        await TwoSchoolsWithOneCandidateEach();

        Assert.Equal(2, (await List(new(null, null), TestUsers.Admin())).TotalCount);
        Assert.Equal(2, (await List(new(null, null), TestUsers.Assessor())).TotalCount);
    }

    [Theory]
    [InlineData("school lead")]
    [InlineData("candidate")]
    [InlineData("no role")]
    public async Task Nobody_but_provider_staff_may_list_candidates(string who)
    {
        var (oakfield, _) = await TwoSchoolsWithOneCandidateEach();
        var user = who switch
        {
            "school lead" => TestUsers.SchoolLead(oakfield),
            "candidate" => TestUsers.Candidate(Guid.NewGuid()),
            _ => TestUsers.WithoutARole(),
        };

        await Assert.ThrowsAsync<ForbiddenException>(() => List(new(null, null), user));
    }

    private async Task<(Guid Oakfield, Guid Willow)> TwoSchoolsWithOneCandidateEach()
    {
        var oakfield = await new SchoolBuilder().Named("Oakfield Primary School").SaveAsync(_database);
        var willow = await new SchoolBuilder().Named("Willow Academy").SaveAsync(_database);
        await new CandidateBuilder(oakfield.Id).Named("Ada", "Lovelace").SaveAsync(_database);
        await new CandidateBuilder(willow.Id).Named("Grace", "Hopper").SaveAsync(_database);
        return (oakfield.Id, willow.Id);
    }
}
