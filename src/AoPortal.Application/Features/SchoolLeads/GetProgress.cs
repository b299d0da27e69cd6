using AoPortal.Application.Abstractions;
using AoPortal.Application.Common;
using AoPortal.Application.Features.Candidates;
using AoPortal.Application.Features.Recommendations;
using AoPortal.Domain.Assessments;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Evidence;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Application.Features.SchoolLeads;

/// <summary>
/// A read-only summary of one candidate's progress, for their school lead (and anyone else who may see the candidate):
/// status, the plan week by week, the shared observations and discussions, standards coverage and, once decided, the
/// outcome. Only accepted evidence and shared records are read in full; drafts and items awaiting review are counted and
/// never read. No safeguarding data and no assessor-only notes. Not found for anyone who cannot see the candidate. Five queries.
/// </summary>
public static class GetProgress
{
    /// <summary>A milestone as the school reads it: no completion note (that is the assessor's).</summary>
    public sealed record PlanRow(string Title, DateOnly DueDate, MilestoneState State, int Week, DateOnly? CompletedOn);

    /// <summary>A shared observation or discussion: what it was and when, and how many standards it judged met.</summary>
    public sealed record SharedRecord(Guid Id, string Name, DateOnly Date, string RecordedByName, int StandardsMet, int StandardsJudged);

    public sealed record Result(
        Guid CandidateId, string CandidateName, string? SchoolName, string? AssessorName, bool SchoolSupportConfirmed, StaffProgress Progress,
        IReadOnlyList<CoverageRow> Coverage, IReadOnlyList<PlanRow> Plan, IReadOnlyList<SharedRecord> Records, int RecordsBeingWritten, int ItemsAccepted, int ItemsWithAssessor)
    {
        public CandidateStatus Status => Progress.Status;

        public bool HasOutcome => GetOutcome.IsDecided(Status);

        /// <summary>The school may still confirm its support: the application is not yet decided.</summary>
        public bool SupportCanBeConfirmed => Status is CandidateStatus.ApplicationDraft or CandidateStatus.Submitted or CandidateStatus.EligibilityReview;

        /// <summary>Overdue only while the assessment runs: once it has finished, a milestone left open is just not marked done.</summary>
        public int OverdueCount => Progress.Overdue.Count;
    }

    public sealed class Handler(IAppDbContext db, ICurrentUser currentUser, TimeProvider clock)
    {
        public async Task<Result> Handle(Guid candidateId, CancellationToken cancellationToken)
        {
            var candidate = await db.Candidates.AsNoTracking().Where(c => c.Id == candidateId).VisibleTo(currentUser)
                .Select(c => new
                {
                    c.Id,
                    c.FirstNames,
                    c.LastName,
                    c.Status,
                    c.AssessorName,
                    SupportConfirmed = c.Review.SchoolSupport != null,
                    School = db.Schools.Where(s => s.Id == c.EmployingSchoolId).Select(s => s.Name).FirstOrDefault(),
                })
                .SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("The candidate");
            var today = UkDate.Today(clock);
            var plan = await db.AssessmentPlans.AsNoTracking().SingleOrDefaultAsync(p => p.CandidateId == candidateId, cancellationToken);
            // Only the columns the page shows: a record's judgements, not its lesson notes or amendments; an item's standards.
            var records = await db.AssessmentRecords.AsNoTracking()
                .Where(r => r.CandidateId == candidateId && r.Status == RecordStatus.Shared)
                .Select(r => new { r.RecordedByName, r.RecordedAt, r.Content.Date, Covering = new CoveringRecord(r.Id, r.Kind, r.Status, r.Content.Standards) })
                .ToListAsync(cancellationToken);
            var items = await db.EvidenceItems.AsNoTracking()
                .Where(i => i.CandidateId == candidateId && i.Status == EvidenceStatus.Accepted)
                .Select(i => new CoveringItem(i.Id, i.Standards, i.Status))
                .ToListAsync(cancellationToken);
            // Counts only: what is still being written or reviewed is not the school's to read.
            var counts = await db.Candidates.AsNoTracking().Where(c => c.Id == candidateId)
                .Select(c => new
                {
                    Drafts = db.AssessmentRecords.Count(r => r.CandidateId == candidateId && r.Status == RecordStatus.Draft),
                    WithAssessor = db.EvidenceItems.Count(i => i.CandidateId == candidateId && i.Status == EvidenceStatus.AwaitingReview),
                })
                .SingleAsync(cancellationToken);

            var progress = StaffProgress.Of(candidate.Status, plan, items.Select(i => i.Standards), records.SelectMany(r => r.Covering.Judgements), today);
            return new Result(candidate.Id, $"{candidate.FirstNames} {candidate.LastName}", candidate.School, candidate.AssessorName, candidate.SupportConfirmed, progress,
                StandardsCoverage.Of(items, records.Select(r => r.Covering)), PlanRows(plan, today),
                records.OrderByDescending(r => r.Date).ThenByDescending(r => r.RecordedAt)
                    .Select(r => new SharedRecord(r.Covering.Id, AssessmentRecord.NameOf(r.Covering.Kind), r.Date, r.RecordedByName,
                        r.Covering.Judgements.Count(s => s.Outcome == StandardOutcome.Met), r.Covering.Judgements.Count))
                    .ToList(),
                counts.Drafts, items.Count, counts.WithAssessor);
        }

        /// <summary>The milestones by due date with the week each falls in, as the plan page numbers them.</summary>
        private static List<PlanRow> PlanRows(AssessmentPlan? plan, DateOnly today)
        {
            if (plan is null) return [];
            var weeks = plan.Weeks;
            return plan.Milestones.Select(m => new PlanRow(m.Title, m.DueDate, plan.StateOf(m, today),
                    m.DueDate < plan.StartDate ? 0 : Math.Min(weeks, (m.DueDate.DayNumber - plan.StartDate.DayNumber) / 7 + 1), m.CompletedOn))
                .ToList();
        }
    }
}
