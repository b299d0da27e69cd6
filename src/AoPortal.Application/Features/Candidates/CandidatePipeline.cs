using AoPortal.Application.Abstractions;
using AoPortal.Domain.Candidates;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Application.Features.Candidates;

/// <summary>How many candidates stand at each status, in lifecycle order. One grouped query.</summary>
public static class CandidatePipeline
{
    public sealed record Row(CandidateStatus Status, int Count);

    public sealed class Handler(IAppDbContext db, ICurrentUser currentUser)
    {
        public async Task<IReadOnlyList<Row>> Handle(CancellationToken cancellationToken)
        {
            var rows = await db.Candidates.AsNoTracking().VisibleTo(currentUser)
                .GroupBy(c => c.Status)
                .Select(g => new Row(g.Key, g.Count()))
                .ToListAsync(cancellationToken);
            return rows.OrderBy(r => r.Status).ToList();
        }
    }
}
