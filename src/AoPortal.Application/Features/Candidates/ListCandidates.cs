using AoPortal.Application.Abstractions;
using AoPortal.Application.Common;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Schools;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Application.Features.Candidates;

/// <summary>
/// Every candidate, for provider staff, searched by name, email or TRN and filtered by status, 50 a page.
/// Two queries (count and page) whatever the number of candidates.
/// </summary>
public static class ListCandidates
{
    public const int PageSize = 50;

    public sealed record Query(string? Search, CandidateStatus? Status, int Page = 1);

    public sealed record Item(
        Guid Id, string FirstNames, string LastName, string Email, string? Trn, string? SchoolName, string? RequestedSchoolName, AgeRange? AgeRange, CandidateStatus Status)
    {
        public string FullName => $"{FirstNames} {LastName}";
        public string School => SchoolNames.Describe(SchoolName, RequestedSchoolName);
    }

    // Compiled once (ADR-018): the list is the page staff open most. A filter left empty is a null parameter, and EF
    // writes the SQL for the filters actually given (it leaves out "@status IS NULL OR ..."), so each combination of
    // filters keeps its own plan. The count and the page apply the same filter.
    private static readonly Func<DbContext, CandidateStatus?, string?, CancellationToken, Task<int>> CountMatching =
        EF.CompileAsyncQuery((DbContext db, CandidateStatus? status, string? term, CancellationToken _) => db.Set<Candidate>()
            .Count(c => (status == null || c.Status == status) && (term == null || c.SearchName.Contains(term) || c.Email.Contains(term) || c.Trn == term)));

    private static readonly Func<DbContext, CandidateStatus?, string?, int, IAsyncEnumerable<Item>> PageMatching =
        EF.CompileAsyncQuery((DbContext db, CandidateStatus? status, string? term, int skip) => db.Set<Candidate>().AsNoTracking()
            .Where(c => (status == null || c.Status == status) && (term == null || c.SearchName.Contains(term) || c.Email.Contains(term) || c.Trn == term))
            // A left join: a self-registered candidate has no school until they name a listed one. Joined before the
            // page is taken, so the query stays flat; the school they asked for is read from the application (JSON)
            // only for those without one: reading it for every row on the way to the page doubled SQLite's work.
            .LeftJoin(db.Set<School>(), c => c.EmployingSchoolId, s => (Guid?)s.Id, (c, s) => new { c, s })
            .OrderBy(x => x.c.LastName).ThenBy(x => x.c.FirstNames).ThenBy(x => x.c.Id)
            .Skip(skip).Take(PageSize)
            .Select(x => new Item(
                x.c.Id, x.c.FirstNames, x.c.LastName, x.c.Email, x.c.Trn, x.s == null ? null : x.s.Name,
                x.s == null ? x.c.Application.RequestedSchoolName : null, x.c.IntendedAgeRange, x.c.Status)));

    /// <summary>Lists candidates for provider staff, who may see them all; the page is theirs alone.</summary>
    public sealed class Handler(IAppDbContext db, ICurrentUser currentUser)
    {
        public async Task<PagedList<Item>> Handle(Query query, CancellationToken cancellationToken)
        {
            if (!currentUser.IsProviderStaff()) throw new ForbiddenException("Only provider staff list candidates");
            // Names and emails are stored in lower case as well, so the search ignores case on both providers.
            var term = string.IsNullOrWhiteSpace(query.Search) ? null : query.Search.Trim().ToLowerInvariant();

            var total = await CountMatching(db.Context, query.Status, term, cancellationToken);
            var page = Math.Clamp(query.Page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
            var items = await PageMatching(db.Context, query.Status, term, (page - 1) * PageSize).ToListAsync(cancellationToken);
            return new PagedList<Item>(items, page, PageSize, total);
        }
    }
}
