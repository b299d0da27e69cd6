using AoPortal.Application.Abstractions;
using AoPortal.Domain.Assessments;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Recommendations;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Application.Features.Reports;

/// <summary>
/// The rows the reports are computed from, each read in one query with only the columns the figures need, whatever the
/// number of candidates. The audit trail's words come from the lifecycle table, so a reworded action cannot go unnoticed.
/// </summary>
public static class ReportQueries
{
    /// <summary>The audit action of an accepted application ("Application accepted").</summary>
    public static readonly string AcceptedAction = CandidateLifecycle.Move(CandidateStatus.Submitted, CandidateEvent.Accept).Action;

    /// <summary>The audit action of a withdrawn candidate ("Candidate withdrawn").</summary>
    public static readonly string WithdrawnAction = CandidateLifecycle.Move(CandidateStatus.InAssessment, CandidateEvent.Withdraw).Action;

    private const string CandidateSubject = nameof(Candidate);

    /// <summary>A confirmed decision, with the candidate's assessor and when their application was accepted (null if never recorded).</summary>
    public sealed record Decision(Guid CandidateId, RecommendationOutcome Outcome, DateTime ConfirmedAt, string? AssessorName, DateTime? AcceptedAt);

    /// <summary>A candidate who left the route, when (the audit entry's time) and their assessor, if one was allocated.</summary>
    public sealed record Withdrawal(Guid CandidateId, DateTime WithdrawnAt, string? AssessorName);

    /// <summary>One plan's milestones, with what decides whether an undone one counts: a pause running, or the candidate's withdrawal.</summary>
    public sealed record PlanMilestones(IReadOnlyList<MilestoneDates> Milestones, DateOnly? PausedOn, DateTime? WithdrawnAt);

    public sealed record MilestoneDates(DateOnly DueDate, DateOnly? CompletedOn);

    /// <summary>How many current candidates have each age range.</summary>
    public sealed record AgeRangeCount(AgeRange AgeRange, int Count);

    /// <summary>Decisions confirmed within the range; withdrawn decisions are not decisions any more. One query.</summary>
    public static Task<List<Decision>> DecisionsAsync(IAppDbContext db, ReportRange range, CancellationToken cancellationToken)
    {
        var start = range.UtcStart;
        var end = range.UtcEnd;
        return db.Recommendations.AsNoTracking()
            .Where(r => r.Status == RecommendationStatus.Confirmed && r.Outcome != null && r.ConfirmedAt >= start && r.ConfirmedAt < end)
            .Join(db.Candidates, r => r.CandidateId, c => c.Id, (r, c) => new Decision(
                r.CandidateId,
                r.Outcome!.Value,
                r.ConfirmedAt!.Value,
                c.AssessorName ?? r.ProposedByName,
                db.AuditEntries
                    .Where(a => a.SubjectType == CandidateSubject && a.SubjectId == c.Id && a.Action == AcceptedAction)
                    .Min(a => (DateTime?)a.OccurredAt)))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Withdrawals of candidates recorded within the range. One query.</summary>
    public static Task<List<Withdrawal>> WithdrawalsAsync(IAppDbContext db, ReportRange range, CancellationToken cancellationToken)
    {
        var start = range.UtcStart;
        var end = range.UtcEnd;
        return db.AuditEntries.AsNoTracking()
            .Where(a => a.SubjectType == CandidateSubject && a.Action == WithdrawnAction && a.OccurredAt >= start && a.OccurredAt < end)
            .LeftJoin(db.Candidates, a => a.SubjectId, c => c.Id, (a, c) => new Withdrawal(a.SubjectId, a.OccurredAt, c == null ? null : c.AssessorName))
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Every plan's milestone dates (stored as JSON in the plan row, so filtered by due date here rather than in SQL), with
    /// the date a running deferral paused it and the candidate's withdrawal. One query.
    /// </summary>
    public static async Task<List<PlanMilestones>> MilestonesAsync(IAppDbContext db, CancellationToken cancellationToken)
    {
        // The withdrawals found once by their action (indexed) and joined, rather than looked up in each plan's audit trail.
        var withdrawals = db.AuditEntries
            .Where(a => a.SubjectType == CandidateSubject && a.Action == WithdrawnAction)
            .GroupBy(a => a.SubjectId)
            .Select(g => new { CandidateId = g.Key, At = g.Min(a => a.OccurredAt) });
        var plans = await db.AssessmentPlans.AsNoTracking()
            .LeftJoin(withdrawals, p => p.CandidateId, w => w.CandidateId, (p, w) => new
            {
                p.Milestones,
                p.Deferrals,
                WithdrawnAt = w == null ? (DateTime?)null : w.At,
            })
            .ToListAsync(cancellationToken);
        return plans.Select(p => new PlanMilestones(
                p.Milestones.Select(m => new MilestoneDates(m.DueDate, m.CompletedOn)).ToList(),
                OpenPause(p.Deferrals),
                p.WithdrawnAt))
            .ToList();
    }

    private static DateOnly? OpenPause(IEnumerable<Deferral> deferrals) =>
        deferrals.Where(d => d.ReinstatedOn is null).Select(d => (DateOnly?)d.PausedOn).FirstOrDefault();

    /// <summary>
    /// Current candidates by the age range they are to be assessed for: every candidate with an age range, except those
    /// rejected or withdrawn. Grouped in SQL: one query, one row per age range.
    /// </summary>
    public static async Task<List<AgeRangeCount>> AgeRangesAsync(IAppDbContext db, CancellationToken cancellationToken)
    {
        var rows = await db.Candidates.AsNoTracking()
            .Where(c => c.IntendedAgeRange != null && c.Status != CandidateStatus.Rejected && c.Status != CandidateStatus.Withdrawn)
            .GroupBy(c => c.IntendedAgeRange)
            .Select(g => new { AgeRange = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return rows.Where(r => r.AgeRange is not null).Select(r => new AgeRangeCount(r.AgeRange!.Value, r.Count)).ToList();
    }
}
