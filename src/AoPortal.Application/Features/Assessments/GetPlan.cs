using AoPortal.Application.Abstractions;
using AoPortal.Application.Common;
using AoPortal.Application.Features.Candidates;
using AoPortal.Domain.Assessments;
using AoPortal.Domain.Candidates;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Application.Features.Assessments;

/// <summary>
/// A candidate's assessment plan as everyone who may see the candidate reads it: the milestones week by week with what is
/// done, due and overdue. Two queries: the candidate, then the plan.
/// </summary>
public static class GetPlan
{
    public sealed record Row(Milestone Milestone, MilestoneState State, int Week);

    public sealed record Result(
        Guid CandidateId, string CandidateName, CandidateStatus Status, string? AssessorName, Guid CandidateVersion, AgeRange? IntendedAgeRange,
        IReadOnlyList<string> IntendedSubjects,
        AssessmentPlan? Plan, DateOnly Today, bool CanManage)
    {
        public IReadOnlyList<Row> Rows => Plan is null ? [] :
            Plan.Milestones.Select(m => new Row(m, Plan.StateOf(m, Today), WeekOf(m.DueDate))).ToList();

        public int Week => Plan?.WeekOn(Today) ?? 0;

        public int OverdueCount => Rows.Count(r => r.State == MilestoneState.Overdue);

        /// <summary>How many weeks the plan runs, from the start to the end date as it is now.</summary>
        public int Weeks => Plan?.Weeks ?? 0;

        /// <summary>
        /// The week of the plan a date falls in, by the calendar (paused days are shown where they fall). The end date
        /// closes the last week rather than opening another.
        /// </summary>
        private int WeekOf(DateOnly date) =>
            Plan is null || date < Plan.StartDate ? 0 : Math.Min(Weeks, (date.DayNumber - Plan.StartDate.DayNumber) / 7 + 1);
    }

    public sealed class Handler(IAppDbContext db, ICurrentUser currentUser, TimeProvider clock)
    {
        public async Task<Result> Handle(Guid candidateId, CancellationToken cancellationToken)
        {
            var candidate = await db.Candidates.AsNoTracking().Where(c => c.Id == candidateId).VisibleTo(currentUser)
                .SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("The candidate");
            var plan = await db.AssessmentPlans.AsNoTracking().SingleOrDefaultAsync(p => p.CandidateId == candidateId, cancellationToken);
            return new Result(candidate.Id, candidate.FullName, candidate.Status, candidate.AssessorName, candidate.Version, candidate.IntendedAgeRange,
                candidate.Subjects, plan, UkDate.Today(clock), currentUser.CanManage(candidate));
        }
    }
}
