using AoPortal.Application.Abstractions;
using AoPortal.Application.Common;
using AoPortal.Domain.Assessments;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Evidence;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Application.Features.Home;

/// <summary>
/// What a candidate in assessment should do next, on their home page: where the plan stands (week, days left, the next
/// milestone, anything overdue), the evidence their assessor asked more of, and the shared observations and discussions
/// waiting for their reflection. Four queries: the candidate, the plan, the records, the evidence.
/// </summary>
public static class CandidateNextSteps
{
    public sealed record Feedback(Guid ItemId, string Title, DateOnly? DueBy);

    public sealed record ToReflectOn(Guid RecordId, string Name, DateOnly Date);

    public sealed record Result(
        Guid CandidateId, int Week, int Weeks, int DaysLeft, Milestone? NextMilestone, IReadOnlyList<Milestone> Overdue,
        IReadOnlyList<Feedback> EvidenceFeedback, IReadOnlyList<ToReflectOn> Reflections)
    {
        public bool NothingWaiting => Overdue.Count == 0 && EvidenceFeedback.Count == 0 && Reflections.Count == 0;
    }

    public sealed class Handler(IAppDbContext db, ICurrentUser currentUser, TimeProvider clock)
    {
        /// <summary>The steps for the signed-in candidate; null when their assessment is not running.</summary>
        public async Task<Result?> Handle(CancellationToken cancellationToken)
        {
            var userId = currentUser.UserId ?? Guid.Empty;
            var candidate = await db.Candidates.AsNoTracking().Where(c => c.UserId == userId)
                .Select(c => new { c.Id, c.Status }).SingleOrDefaultAsync(cancellationToken);
            if (candidate is not { Status: CandidateStatus.InAssessment or CandidateStatus.Deferred }) return null;
            var plan = await db.AssessmentPlans.AsNoTracking().SingleOrDefaultAsync(p => p.CandidateId == candidate.Id, cancellationToken);
            if (plan is null) return null;
            var records = await db.AssessmentRecords.AsNoTracking()
                .Where(r => r.CandidateId == candidate.Id && r.Status == RecordStatus.Shared && r.Reflection == null)
                .ToListAsync(cancellationToken);
            var evidence = await db.EvidenceItems.AsNoTracking()
                .Where(i => i.CandidateId == candidate.Id && i.Status == EvidenceStatus.MoreRequested)
                .ToListAsync(cancellationToken);

            var today = UkDate.Today(clock);
            return new Result(
                candidate.Id,
                plan.WeekOn(today),
                plan.Weeks,
                plan.DaysLeft(today),
                plan.NextMilestone,
                plan.Overdue(today),
                evidence.Select(i => new Feedback(i.Id, i.Title, i.Reviews[^1].DueBy)).OrderBy(f => f.DueBy ?? DateOnly.MaxValue).ToList(),
                records.OrderBy(r => r.Content.Date).Select(r => new ToReflectOn(r.Id, r.Name, r.Content.Date)).ToList());
        }
    }
}
