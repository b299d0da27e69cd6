using AoPortal.Application.Abstractions;
using AoPortal.Application.Common;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Application.Features.Candidates;

/// <summary>A school lead's own school and the candidates it employs.</summary>
public static class SchoolStaff
{
    public sealed record Result(string SchoolName, PagedList<ListCandidates.Item> Candidates);

    public sealed class Handler(IAppDbContext db, ICurrentUser currentUser, ListCandidates.Handler candidates)
    {
        public async Task<Result> Handle(int page, CancellationToken cancellationToken)
        {
            var schoolId = currentUser.SchoolId ?? throw new NotFoundException("Your school");
            var schoolName = await db.Schools.AsNoTracking().Where(s => s.Id == schoolId).Select(s => s.Name).SingleOrDefaultAsync(cancellationToken)
                ?? throw new NotFoundException("Your school");
            return new Result(schoolName, await candidates.Handle(new ListCandidates.Query(null, null, page), cancellationToken));
        }
    }
}
