using AoPortal.Application.Abstractions;
using AoPortal.Application.Features.Assessments;
using AoPortal.Application.Features.Candidates;
using AoPortal.Application.Features.Evidence;
using AoPortal.Application.Features.Recommendations;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Recommendations;
using AoPortal.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Application.Features.Home;

/// <summary>
/// What needs provider staff today, on their home page: for an assessor, their caseload (overdue first), the evidence
/// waiting for their review and the proposals moderation returned to them; for a moderator, the proposals waiting and the
/// decisions confirmed lately; for an admin, the pipeline, the exports due, the moderation queue and the candidates at risk
/// (<see cref="CandidatesAtRisk"/>). Each part is one query (the candidates at risk three) and is read only for the roles
/// that use it, so the page takes a fixed number of queries however many candidates. The two parts that read every
/// candidate's evidence, the count waiting for review and the candidates at risk, are kept in <see cref="IProgressCache"/>
/// until a candidate's progress changes, so staff opening the page again and again do not work them out each time.
/// </summary>
public static class StaffDashboard
{
    public const int RecentlyConfirmedShown = 5;

    public sealed record Returned(Guid CandidateId, string CandidateName, string ByName, DateTime At, string Comments);

    public sealed record Confirmed(Guid CandidateId, string CandidateName, RecommendationOutcome Outcome, string ModeratorName, DateTime At);

    public sealed record Result(
        IReadOnlyList<CandidatePipeline.Row> Pipeline,
        IReadOnlyList<Caseload.Item> Caseload,
        int EvidenceToReview,
        IReadOnlyList<Returned> ReturnedToMe,
        IReadOnlyList<ModerationQueue.Item> ModerationQueue,
        IReadOnlyList<Confirmed> RecentlyConfirmed,
        int ExportsDue,
        IReadOnlyList<CandidatesAtRisk.Item> CandidatesAtRisk)
    {
        public int CountAt(params CandidateStatus[] statuses) => Pipeline.Where(r => statuses.Contains(r.Status)).Sum(r => r.Count);
    }

    public sealed class Handler(
        IAppDbContext db, ICurrentUser currentUser, CandidatePipeline.Handler pipeline, Caseload.Handler caseload, ReviewQueue.Handler reviews,
        ModerationQueue.Handler moderation, CandidatesAtRisk.Handler atRisk, IProgressCache cache)
    {
        public async Task<Result> Handle(CancellationToken cancellationToken)
        {
            var isAssessor = currentUser.IsInRole(PortalRole.Assessor);
            var isModerator = currentUser.IsInRole(PortalRole.Moderator);
            var isAdmin = currentUser.IsInRole(PortalRole.Admin);
            return new Result(
                await pipeline.Handle(cancellationToken),
                isAssessor ? await caseload.Handle(cancellationToken) : [],
                isAssessor || isModerator || isAdmin ? await cache.GetOrAddAsync($"evidence to review by {reviews.Owner}", reviews.CountAsync, cancellationToken) : 0,
                isAssessor ? await ReturnedToMeAsync(cancellationToken) : [],
                isModerator || isAdmin ? await moderation.Handle(cancellationToken) : [],
                isModerator ? await RecentlyConfirmedAsync(cancellationToken) : [],
                isAdmin ? await ExportsDueAsync(cancellationToken) : 0,
                isAdmin ? await cache.GetOrAddAsync("candidates at risk", atRisk.Handle, cancellationToken) : []);
        }

        private async Task<IReadOnlyList<Returned>> ReturnedToMeAsync(CancellationToken cancellationToken)
        {
            var me = currentUser.UserId ?? Guid.Empty;
            var rows = await db.Recommendations.AsNoTracking()
                .Where(r => r.Status == RecommendationStatus.Returned)
                .Join(db.Candidates.AsNoTracking().Where(c => c.AssessorId == me && c.Status == CandidateStatus.InAssessment), r => r.CandidateId, c => c.Id,
                    (r, c) => new { c.Id, c.FirstNames, c.LastName, Recommendation = r })
                .ToListAsync(cancellationToken);
            return rows
                .Where(r => r.Recommendation.Returns.Count > 0)
                .Select(r => (r, Latest: r.Recommendation.Returns[^1]))
                .OrderBy(x => x.Latest.At)
                .Select(x => new Returned(x.r.Id, $"{x.r.FirstNames} {x.r.LastName}", x.Latest.ByName, x.Latest.At, x.Latest.Comments))
                .ToList();
        }

        private async Task<IReadOnlyList<Confirmed>> RecentlyConfirmedAsync(CancellationToken cancellationToken)
        {
            var rows = await db.Recommendations.AsNoTracking()
                .Where(r => r.Status == RecommendationStatus.Confirmed)
                .Join(db.Candidates.AsNoTracking(), r => r.CandidateId, c => c.Id,
                    (r, c) => new { c.Id, c.FirstNames, c.LastName, r.Outcome, r.ConfirmedByName, r.ConfirmedAt })
                .OrderByDescending(x => x.ConfirmedAt)
                .Take(RecentlyConfirmedShown)
                .ToListAsync(cancellationToken);
            return rows.Select(x => new Confirmed(x.Id, $"{x.FirstNames} {x.LastName}", x.Outcome!.Value, x.ConfirmedByName ?? "", x.ConfirmedAt!.Value)).ToList();
        }

        private Task<int> ExportsDueAsync(CancellationToken cancellationToken) =>
            db.Recommendations.AsNoTracking()
                .Where(r => r.Status == RecommendationStatus.Confirmed && r.Outcome == RecommendationOutcome.Recommend && r.ExportId == null)
                .Join(db.Candidates.AsNoTracking().Where(c => c.Status == CandidateStatus.Recommended), r => r.CandidateId, c => c.Id, (r, _) => r.Id)
                .CountAsync(cancellationToken);
    }
}
