using AoPortal.Application.Abstractions;
using AoPortal.Domain.Assessments;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Application.Features.Assessments;

/// <summary>The plan template in force and every version before it, newest first. One query.</summary>
public static class GetPlanTemplates
{
    public sealed record Result(PlanTemplate Current, IReadOnlyList<PlanTemplate> Versions);

    /// <summary>The template in force: the one with the highest version, which assessments starting now follow.</summary>
    public static async Task<PlanTemplate> LoadCurrentAsync(IAppDbContext db, CancellationToken cancellationToken) =>
        await db.PlanTemplates.AsNoTracking().OrderByDescending(t => t.Version).FirstOrDefaultAsync(cancellationToken)
        ?? throw new InvalidOperationException("No plan template exists; the migrations create version 1.");

    public sealed class Handler(IAppDbContext db)
    {
        public async Task<Result> Handle(CancellationToken cancellationToken)
        {
            var versions = await db.PlanTemplates.AsNoTracking().OrderByDescending(t => t.Version).ToListAsync(cancellationToken);
            if (versions.Count == 0) throw new InvalidOperationException("No plan template exists; the migrations create version 1.");
            return new Result(versions[0], versions);
        }

        /// <summary>The template in force alone, as the form to publish the next version starts from it.</summary>
        public Task<PlanTemplate> Current(CancellationToken cancellationToken) => LoadCurrentAsync(db, cancellationToken);
    }
}
