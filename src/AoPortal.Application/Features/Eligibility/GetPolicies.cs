using AoPortal.Application.Abstractions;
using AoPortal.Domain.Eligibility;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Application.Features.Eligibility;

/// <summary>The eligibility policy in force and every version before it, newest first. One query.</summary>
public static class GetPolicies
{
    public sealed record Result(EligibilityPolicy Current, IReadOnlyList<EligibilityPolicy> Versions);

    public sealed class Handler(IAppDbContext db)
    {
        public async Task<Result> Handle(CancellationToken cancellationToken)
        {
            var versions = await db.EligibilityPolicies.AsNoTracking().OrderByDescending(p => p.Version).ToListAsync(cancellationToken);
            if (versions.Count == 0) throw new InvalidOperationException("No eligibility policy exists; the migrations create version 1.");
            return new Result(versions[0], versions);
        }

        /// <summary>The policy in force alone, as the form to publish the next version starts from it.</summary>
        public Task<EligibilityPolicy> Current(CancellationToken cancellationToken) => CurrentPolicy.LoadAsync(db, cancellationToken);
    }
}
