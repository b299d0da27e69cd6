using AoPortal.Application.Abstractions;
using AoPortal.Application.Common;
using AoPortal.Domain.Candidates;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Application.Features.Candidates;

/// <summary>
/// Candidates the current user may see, searched by name, email or TRN and filtered by status, 50 a page.
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

    public sealed class Handler(IAppDbContext db, ICurrentUser currentUser)
    {
        public async Task<PagedList<Item>> Handle(Query query, CancellationToken cancellationToken)
        {
            var candidates = db.Candidates.AsNoTracking().VisibleTo(currentUser);
            if (query.Status is { } status) candidates = candidates.Where(c => c.Status == status);
            if (!string.IsNullOrWhiteSpace(query.Search))
            {
                // Names and emails are stored in lower case as well, so the search ignores case on both providers.
                var term = query.Search.Trim().ToLowerInvariant();
                candidates = candidates.Where(c => c.SearchName.Contains(term) || c.Email.Contains(term) || c.Trn == term);
            }

            var total = await candidates.CountAsync(cancellationToken);
            var page = Math.Clamp(query.Page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
            var items = await candidates
                // A left join: a self-registered candidate has no school until they name a listed one. Joined before the
                // page is taken, so the query stays flat; the school they asked for is read from the application (JSON)
                // only for those without one: reading it for every row on the way to the page doubled SQLite's work.
                .LeftJoin(db.Schools, c => c.EmployingSchoolId, s => (Guid?)s.Id, (c, s) => new { c, s })
                .OrderBy(x => x.c.LastName).ThenBy(x => x.c.FirstNames).ThenBy(x => x.c.Id)
                .Skip((page - 1) * PageSize).Take(PageSize)
                .Select(x => new Item(
                    x.c.Id, x.c.FirstNames, x.c.LastName, x.c.Email, x.c.Trn, x.s == null ? null : x.s.Name,
                    x.s == null ? x.c.Application.RequestedSchoolName : null, x.c.IntendedAgeRange, x.c.Status))
                .ToListAsync(cancellationToken);
            return new PagedList<Item>(items, page, PageSize, total);
        }
    }
}
