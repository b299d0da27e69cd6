using AoPortal.Application.Abstractions;
using AoPortal.Application.Common;
using AoPortal.Domain.Assessments;
using AoPortal.Domain.Candidates;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Application.Features.Assessments;

/// <summary>
/// An assessor's caseload: the candidates allocated to them, with the week of the assessment, the next milestone and what
/// is overdue; candidates with overdue milestones first. One query, however many candidates.
/// </summary>
public static class Caseload
{
    public sealed record Item(Guid CandidateId, string FullName, CandidateStatus Status, int Week, int? LengthWeeks,
        Milestone? NextMilestone, int OverdueCount, DateOnly? EndDate);

    public sealed class Handler(IAppDbContext db, ICurrentUser currentUser, TimeProvider clock)
    {
        public async Task<IReadOnlyList<Item>> Handle(CancellationToken cancellationToken)
        {
            var assessorId = currentUser.UserId ?? Guid.Empty;
            var today = UkDate.Today(clock);
            var rows = await db.Candidates.AsNoTracking()
                .Where(c => c.AssessorId == assessorId)
                .LeftJoin(db.AssessmentPlans.AsNoTracking(), c => c.Id, p => p.CandidateId, (c, p) => new { c.Id, c.FirstNames, c.LastName, c.Status, Plan = p })
                .ToListAsync(cancellationToken);
            return rows
                .Select(r => new Item(r.Id, $"{r.FirstNames} {r.LastName}", r.Status, r.Plan?.WeekOn(today) ?? 0,
                    r.Plan is null ? null : (r.Plan.PlannedEndDate.DayNumber - r.Plan.StartDate.DayNumber) / 7,
                    r.Plan?.NextMilestone, r.Plan?.Overdue(today).Count ?? 0, r.Plan?.EndDate))
                .OrderByDescending(i => i.OverdueCount > 0)
                .ThenBy(i => i.NextMilestone?.DueDate ?? DateOnly.MaxValue)
                .ThenBy(i => i.FullName, StringComparer.CurrentCulture)
                .ToList();
        }
    }
}
