using AoPortal.Domain.Candidates;
using AoPortal.Domain.Common;
using AoPortal.Infrastructure.Identity;
using AoPortal.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Web.Tests;

/// <summary>Has a portal of its own, filled with 60 more candidates than the demo data.</summary>
public sealed class CandidateListPagingTests : IClassFixture<CandidateListPagingTests.PortalWithManyCandidates>
{
    private readonly PortalFactory _factory;

    public CandidateListPagingTests(PortalWithManyCandidates portal)
    {
        _factory = portal.Factory;
    }

    [Fact]
    public async Task The_first_page_shows_fifty_candidates_and_links_to_the_next()
    {
        var total = await _factory.WithDbAsync(db => db.Candidates.CountAsync());
        Assert.True(total > 50 && total <= 100, $"Expected between 51 and 100 candidates, found {total}");
        var client = await AssessorAsync();

        var page = await client.GetPageAsync("/candidates");

        Assert.Equal($"Showing 1 to 50 of {total} candidates", page.GetElementById("results-count")?.TextContent.Trim());
        Assert.Equal(50, PageAssert.TableRows(page).Count);
        var pagination = page.QuerySelector("nav.govuk-pagination");
        Assert.NotNull(pagination);
        Assert.Equal("1", pagination.QuerySelector(".govuk-pagination__item--current")?.TextContent.Trim());
        Assert.Equal("/candidates?page=2", pagination.QuerySelector("a[rel=next]")?.GetAttribute("href"));
        Assert.Null(pagination.QuerySelector("a[rel=prev]"));
    }

    [Fact]
    public async Task The_second_page_shows_the_rest_and_links_back()
    {
        var total = await _factory.WithDbAsync(db => db.Candidates.CountAsync());
        var client = await AssessorAsync();

        var page = await client.GetPageAsync("/candidates?page=2");

        Assert.Equal($"Showing 51 to {total} of {total} candidates", page.GetElementById("results-count")?.TextContent.Trim());
        Assert.Equal(total - 50, PageAssert.TableRows(page).Count);
        var pagination = page.QuerySelector("nav.govuk-pagination");
        Assert.NotNull(pagination);
        Assert.Equal("2", pagination.QuerySelector(".govuk-pagination__item--current")?.TextContent.Trim());
        Assert.Equal("/candidates?page=1", pagination.QuerySelector("a[rel=prev]")?.GetAttribute("href"));
        Assert.Null(pagination.QuerySelector("a[rel=next]"));
    }

    [Fact]
    public async Task The_two_pages_together_list_every_candidate_once()
    {
        var emails = await _factory.WithDbAsync(db => db.Candidates.Select(c => c.Email).ToListAsync());
        var client = await AssessorAsync();

        var rows = PageAssert.TableRows(await client.GetPageAsync("/candidates?page=1"))
            .Concat(PageAssert.TableRows(await client.GetPageAsync("/candidates?page=2")))
            .ToList();

        Assert.Equal(emails.Count, rows.Count);
        Assert.All(emails, email => Assert.Single(rows, r => r.Contains(email)));
    }

    [Fact]
    public async Task Paging_keeps_the_search()
    {
        var client = await AssessorAsync();

        var page = await client.GetPageAsync("/candidates?search=pager&page=2");

        var matching = await _factory.WithDbAsync(db => db.Candidates.CountAsync(c => c.SearchName.Contains("pager")));
        Assert.Equal($"Showing 51 to {matching} of {matching} candidates", page.GetElementById("results-count")?.TextContent.Trim());
        Assert.Equal("/candidates?page=1&search=pager", page.QuerySelector("nav.govuk-pagination a[rel=prev]")?.GetAttribute("href"));
    }

    [Fact]
    public async Task A_page_past_the_end_shows_the_last_page()
    {
        var total = await _factory.WithDbAsync(db => db.Candidates.CountAsync());
        var client = await AssessorAsync();

        var page = await client.GetPageAsync("/candidates?page=99");

        Assert.Equal($"Showing 51 to {total} of {total} candidates", page.GetElementById("results-count")?.TextContent.Trim());
    }

    private async Task<PortalClient> AssessorAsync()
    {
        var client = _factory.CreatePortalClient();
        await client.SignInAsync(DemoAccounts.Assessor);
        return client;
    }

    /// <summary>A portal with 60 extra candidates at Oakfield, written straight to the database.</summary>
    public sealed class PortalWithManyCandidates : IAsyncLifetime
    {
        public const int ExtraCandidates = 60;

        public PortalFactory Factory { get; } = new();

        public async Task InitializeAsync()
        {
            var oakfield = await Factory.SchoolIdAsync(DemoAccounts.OakfieldPrimary);
            var candidateRole = PortalRoleNames.RoleIds[AoPortal.Domain.Users.PortalRole.Candidate];
            await Factory.WithDbAsync(async db =>
            {
                var now = Factory.Clock.GetUtcNow().UtcDateTime;
                for (var i = 1; i <= ExtraCandidates; i++)
                {
                    var email = $"pager{i:00}@example.test";
                    var user = new ApplicationUser
                    {
                        Id = Guid.NewGuid(),
                        UserName = email,
                        NormalizedUserName = email.ToUpperInvariant(),
                        Email = email,
                        NormalizedEmail = email.ToUpperInvariant(),
                        DisplayName = $"Pager Candidate{i:00}",
                        SecurityStamp = Guid.NewGuid().ToString("N"),
                        CreatedAt = now,
                    };
                    db.Users.Add(user);
                    db.UserRoles.Add(new Microsoft.AspNetCore.Identity.IdentityUserRole<Guid> { UserId = user.Id, RoleId = candidateRole });
                    var (candidate, audit) = Candidate.Invite(user.Id,
                        new CandidateDetails("Pager", $"Candidate{i:00}", email, oakfield, AgeRange.Parse("5-11"), []), Actor.System, now);
                    db.Candidates.Add(candidate);
                    db.AuditEntries.Add(audit);
                }

                await db.SaveChangesAsync();
            });
        }

        public async Task DisposeAsync() => await Factory.DisposeAsync();
    }
}
