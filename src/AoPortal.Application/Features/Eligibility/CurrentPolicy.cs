using AoPortal.Application.Abstractions;
using AoPortal.Domain.Eligibility;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Application.Features.Eligibility;

/// <summary>The eligibility policy in force: the one with the highest version.</summary>
public static class CurrentPolicy
{
    public static async Task<EligibilityPolicy> LoadAsync(IAppDbContext db, CancellationToken cancellationToken) =>
        await db.EligibilityPolicies.AsNoTracking().OrderByDescending(p => p.Version).FirstOrDefaultAsync(cancellationToken)
        ?? throw new InvalidOperationException("No eligibility policy exists; the migrations create version 1.");
}
