using System.Linq.Expressions;
using AoPortal.Application.Abstractions;
using AoPortal.Application.Common;
using AoPortal.Domain.Assessments;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Evidence;
using AoPortal.Domain.Standards;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace AoPortal.Application.Features.Home;

/// <summary>
/// The candidates in assessment whose <see cref="RiskForecast"/> is behind or at risk, worst first (then those whose
/// coverage trails time the most), for the admin's home page. Deferred candidates are left out: their clock is paused.
/// Three queries however many candidates, each bringing back one row per candidate in assessment and never one per item
/// or record: the candidates with their plans (the forecast needs each plan's milestones and deferrals, JSON in the plan
/// row), then which judged standards their accepted evidence covers and which their shared records judge met, both
/// worked out by the database. Together these are the coverage map's rule (<see cref="StandardsCoverage.Evidenced"/>).
/// </summary>
public static class CandidatesAtRisk
{
    public sealed record Item(Guid CandidateId, string FullName, string? AssessorName, RiskForecast Forecast);

    /// <summary>The judged standards a candidate has a source for: bit k set for the catalogue's k-th judged standard.</summary>
    private sealed record Evidenced(Guid CandidateId, int Standards);

    public sealed class Handler(IAppDbContext db, TimeProvider clock)
    {
        public async Task<IReadOnlyList<Item>> Handle(CancellationToken cancellationToken)
        {
            var today = UkDate.Today(clock);
            var judged = StandardsCatalogue.Current.Judged.Select(s => s.Code).ToList();
            var inAssessment = db.Candidates.AsNoTracking().Where(c => c.Status == CandidateStatus.InAssessment);
            var candidates = await inAssessment
                .Join(db.AssessmentPlans.AsNoTracking(), c => c.Id, p => p.CandidateId, (c, p) => new { c.Id, c.FirstNames, c.LastName, c.AssessorName, Plan = p })
                .ToListAsync(cancellationToken);
            // An accepted item evidences a standard when it lists the standard or a point under it: a point's code starts
            // with its standard's (TS2b, P2.1a), and no judged code starts another's (TS1 to TS8, P2).
            var byItems = await inAssessment.Select(EvidencedBy(judged, (candidateId, code) => db.EvidenceItems.Any(i =>
                    i.CandidateId == candidateId && i.Status == EvidenceStatus.Accepted && ("," + i.Standards).Contains("," + code))))
                .ToDictionaryAsync(e => e.CandidateId, e => e.Standards, cancellationToken);
            var byRecords = await inAssessment.Select(EvidencedBy(judged, (candidateId, code) => db.AssessmentRecords.Any(r =>
                    r.CandidateId == candidateId && r.Status == RecordStatus.Shared
                    && r.Content.Standards.Any(j => j.Code == code && j.Outcome == StandardOutcome.Met))))
                .ToDictionaryAsync(e => e.CandidateId, e => e.Standards, cancellationToken);

            return candidates
                .Select(c => new Item(c.Id, $"{c.FirstNames} {c.LastName}", c.AssessorName,
                    RiskForecast.For(c.Plan, judged.Where((_, k) => ((byItems[c.Id] | byRecords[c.Id]) & (1 << k)) != 0).ToList(), today)))
                .Where(i => i.Forecast.Level >= ForecastLevel.Behind)
                .OrderByDescending(i => i.Forecast.Level)
                .ThenByDescending(i => i.Forecast.Shortfall)
                .ThenBy(i => i.FullName, StringComparer.CurrentCulture)
                .ToList();
        }

        /// <summary>
        /// A projection the database works out, one bit per judged standard (nine of them, well within an int): the test
        /// repeated for each standard's code as a literal, since neither provider can run a correlated query per element of
        /// a list passed in (SQLite has no APPLY).
        /// </summary>
        private static Expression<Func<Candidate, Evidenced>> EvidencedBy(IReadOnlyList<string> judged, Expression<Func<Guid, string, bool>> evidences)
        {
            var candidate = Expression.Parameter(typeof(Candidate), "c");
            var candidateId = Expression.Property(candidate, nameof(Candidate.Id));
            Expression standards = Expression.Constant(0);
            for (var k = 0; k < judged.Count; k++)
            {
                var test = new ReplacingExpressionVisitor(evidences.Parameters, [candidateId, Expression.Constant(judged[k])]).Visit(evidences.Body);
                standards = Expression.Add(standards, Expression.Condition(test, Expression.Constant(1 << k), Expression.Constant(0)));
            }

            var create = typeof(Evidenced).GetConstructor([typeof(Guid), typeof(int)])!;
            return Expression.Lambda<Func<Candidate, Evidenced>>(Expression.New(create, candidateId, standards), candidate);
        }
    }
}
