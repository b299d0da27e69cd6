using AoPortal.Application.Features.Candidates;
using Xunit.Abstractions;

namespace AoPortal.Web.Tests.Performance;

/// <summary>
/// Issue 9, "Tests that keep it fast": each key page sends the same number of SQL commands with 500 candidates as with 10,
/// none of them synchronously, and reads only about as many more rows as it shows, never every candidate or every piece of
/// evidence. A page that queries once per row, or loads a whole table to count it, fails here. The two providers are made
/// once for the class by the scale-data generator, with the same schools and staff.
/// </summary>
public sealed class PageQueryCountTests(PageQueryCountTests.Providers providers, ITestOutputHelper output)
    : IClassFixture<PageQueryCountTests.Providers>
{
    public sealed class Providers : IAsyncLifetime
    {
        public ScalePortal Small { get; private set; } = default!;
        public ScalePortal Large { get; private set; } = default!;

        public async Task InitializeAsync()
        {
            Small = await ScalePortal.StartAsync(candidates: 10);
            Large = await ScalePortal.StartAsync(candidates: 500);
        }

        public async Task DisposeAsync()
        {
            await Small.DisposeAsync();
            await Large.DisposeAsync();
        }
    }

    /// <summary>
    /// A key page: who looks at it, where, and how many more rows it may read with 500 candidates than with 10 (see each
    /// page's reason), given the portal with 500.
    /// </summary>
    private sealed record Page(Func<ScalePortal, string> Who, Func<ScalePortal, string> Url, Func<ScalePortal, long> MoreRowsAllowed);

    /// <summary>A margin for rows that vary with the data but not with its size: a candidate's few more items or records.</summary>
    private const int Margin = 40;

    private static readonly Dictionary<string, Page> Pages = new()
    {
        // Lists show a page of candidates at most: more rows than with 10, never all 500.
        ["Candidate list"] = new(p => p.Admin, _ => "/candidates", _ => ListCandidates.PageSize + Margin),
        ["Candidate search"] = new(p => p.Admin, p => $"/candidates?search={Uri.EscapeDataString(p.Candidate.LastName)}", _ => ListCandidates.PageSize + Margin),
        ["Candidates in assessment"] = new(p => p.Admin, _ => "/candidates?status=InAssessment", _ => ListCandidates.PageSize + Margin),
        // The caseload lists every candidate allocated to the assessor, by design: a row each, not one for every candidate.
        ["Assessor caseload"] = new(p => p.AssessorEmail, _ => "/caseload", p => p.Caseload + Margin),
        // One candidate's pages read that candidate's items and records: bounded by the generator (40 items at most).
        ["Candidate overview"] = new(p => p.AssessorEmail, p => $"/candidates/{p.Candidate.Id}", _ => Margin),
        ["Coverage map"] = new(p => p.AssessorEmail, p => $"/candidates/{p.Candidate.Id}/coverage", _ => Margin),
        ["Evidence list"] = new(p => p.AssessorEmail, p => $"/candidates/{p.Candidate.Id}/evidence", _ => Margin),
        ["Assessment records"] = new(p => p.AssessorEmail, p => $"/candidates/{p.Candidate.Id}/assessment/records", _ => Margin),
        ["Progress for a school lead"] = new(p => p.LeadEmail, p => $"/candidates/{p.Candidate.Id}/progress", _ => Margin),
        ["Candidate home"] = new(p => p.Candidate.Email, _ => "/", _ => Margin),
        // Known debts, pages that read a row per candidate of some kind, held where they are so they cannot grow unnoticed:
        // the staff list works out each member's progress from their plan, accepted items and shared records, a page of
        // staff (50 at most) at a time, so it reads rows for each piece of their work rather than a count per member;
        ["Staff list for a school lead"] = new(p => p.LeadEmail, _ => "/", p => p.LeadsStaffWork + Margin),
        // the candidates at risk need each plan's milestones (JSON) to forecast, so the admin's home page reads a row per
        // candidate in assessment in each of its three queries, though no longer one per evidence item or record;
        ["Admin dashboard"] = new(p => p.Admin, _ => "/", p => 3 * p.InAssessment + Margin),
        // the reports read every plan's milestones (JSON) and each decision and withdrawal, and count in memory.
        ["Reports"] = new(p => p.Admin, _ => "/reports", p => p.PlansDecisionsAndWithdrawals + Margin),
    };

    public static TheoryData<string> PageNames => [.. Pages.Keys];

    [Theory]
    [MemberData(nameof(PageNames))]
    public async Task A_key_page_sends_the_same_queries_with_500_candidates_as_with_10_and_reads_only_what_it_shows(string name)
    {
        var page = Pages[name];

        var small = await MeasureAsync(providers.Small, page);
        var large = await MeasureAsync(providers.Large, page);

        output.WriteLine($"{name}: {small.Commands} commands, {small.Rows} rows with {providers.Small.Candidates} candidates; "
            + $"{large.Commands} commands, {large.Rows} rows with {providers.Large.Candidates}");
        Assert.True(small.Commands > 0, "No command was counted: the counter is not attached to the portal's (pooled) contexts.");
        Assert.Equal(small.Commands, large.Commands);
        Assert.Equal((0, 0), (small.Synchronous, large.Synchronous));
        // One connection for the request (RequestConnectionFilter), not one opened and closed around each query.
        Assert.Equal((1, 1), (small.Connections, large.Connections));
        var allowed = small.Rows + page.MoreRowsAllowed(providers.Large);
        Assert.True(large.Rows <= allowed,
            $"{name} read {large.Rows} rows with {providers.Large.Candidates} candidates, more than the {allowed} allowed. The largest reads:\n"
            + string.Join("\n", large.Reads.Take(3).Select(r => $"{r.Rows} rows: {r.Sql}")));
    }

    private static async Task<PageCost> MeasureAsync(ScalePortal portal, Page page)
    {
        var client = await portal.SignedInAsync(page.Who(portal));
        return await portal.MeasureAsync(client, page.Url(portal));
    }
}
