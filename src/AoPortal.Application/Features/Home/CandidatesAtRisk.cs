using AoPortal.Application.Abstractions;
using AoPortal.Application.Common;
using AoPortal.Domain.Assessments;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Evidence;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Application.Features.Home;

/// <summary>
/// The candidates in assessment whose <see cref="RiskForecast"/> is behind or at risk, worst first (then those whose
/// coverage trails time the most), for the admin's home page. Deferred candidates are left out: their clock is paused.
/// Three queries however many candidates: the candidates with their plans, the standards of their accepted evidence and
/// the judgements of their shared records. Only those columns are read, not the items' versions and reviews or the
/// records' amendments, and coverage is worked out by <see cref="StandardsCoverage.Evidenced"/>, the coverage map's rule.
/// </summary>
public static class CandidatesAtRisk
{
    public sealed record Item(Guid CandidateId, string FullName, string? AssessorName, RiskForecast Forecast);

    public sealed class Handler(IAppDbContext db, TimeProvider clock)
    {
        public async Task<IReadOnlyList<Item>> Handle(CancellationToken cancellationToken)
        {
            var today = UkDate.Today(clock);
            var inAssessment = db.Candidates.AsNoTracking().Where(c => c.Status == CandidateStatus.InAssessment);
            var candidates = await inAssessment
                .Join(db.AssessmentPlans.AsNoTracking(), c => c.Id, p => p.CandidateId, (c, p) => new { c.Id, c.FirstNames, c.LastName, c.AssessorName, Plan = p })
                .ToListAsync(cancellationToken);
            var itemStandards = (await db.EvidenceItems.AsNoTracking()
                    .Where(i => i.Status == EvidenceStatus.Accepted)
                    .Join(inAssessment, i => i.CandidateId, c => c.Id, (i, _) => new { i.CandidateId, i.Standards })
                    .ToListAsync(cancellationToken))
                .ToLookup(i => i.CandidateId, i => i.Standards);
            var judgements = (await db.AssessmentRecords.AsNoTracking()
                    .Where(r => r.Status == RecordStatus.Shared)
                    .Join(inAssessment, r => r.CandidateId, c => c.Id, (r, _) => new { r.CandidateId, r.Content.Standards })
                    .ToListAsync(cancellationToken))
                .ToLookup(r => r.CandidateId, r => r.Standards);

            return candidates
                .Select(c => new Item(c.Id, $"{c.FirstNames} {c.LastName}", c.AssessorName,
                    RiskForecast.For(c.Plan, StandardsCoverage.Evidenced(itemStandards[c.Id], judgements[c.Id].SelectMany(j => j)), today)))
                .Where(i => i.Forecast.Level >= ForecastLevel.Behind)
                .OrderByDescending(i => i.Forecast.Level)
                .ThenByDescending(i => i.Forecast.Shortfall)
                .ThenBy(i => i.FullName, StringComparer.CurrentCulture)
                .ToList();
        }
    }
}
