using AoPortal.Application.Features.Recommendations;
using AoPortal.Domain.Assessments;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Common;
using AoPortal.Domain.Recommendations;
using AoPortal.Domain.Standards;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Web.Tests.Support;

/// <summary>
/// Candidates at the end of their assessment, made straight in the database through the domain's own methods, for tests
/// that start from there: ready to propose (every milestone but moderation done, shared observations in Year 9 at Brookfield
/// School and Year 10 at Hillside School), judged, proposed by Sam Assessor, and confirmed by Morgan Moderator.
/// </summary>
public static class RecommendationCandidates
{
    public const string Strengths = "Secure subject knowledge and calm, consistent routines.";
    public const string Targets = "Develop adaptive teaching for pupils with SEND.";

    /// <summary>Started 70 days ago by Sam Assessor, with everything a recommendation for QTS needs except the final judgements.</summary>
    public static async Task<ReviewCandidate> ReadyAsync(PortalFactory factory)
    {
        var candidate = await AssessmentCandidates.AllocatedAsync(factory);
        var assessor = await AssessorAsync(factory);
        await factory.WithDbAsync(async db =>
        {
            var today = AssessmentCandidates.Today(factory);
            var now = factory.Clock.GetUtcNow().UtcDateTime;
            var stored = await db.Candidates.SingleAsync(c => c.Id == candidate.Id);
            var template = await db.PlanTemplates.AsNoTracking().OrderByDescending(t => t.Version).FirstAsync();
            // Started ten weeks ago: entered on the day it started, since a start is entered at most four weeks late.
            var start = today.AddDays(-70);
            var (plan, started) = stored.StartAssessment(template, start, new AgeRange(11, 16), ["Mathematics"], assessor, now, start);
            db.AssessmentPlans.Add(plan);
            db.AuditEntries.Add(started);
            foreach (var milestone in plan.Milestones.Where(m => m.Kind != MilestoneKind.Moderation))
                db.AuditEntries.Add(plan.CompleteMilestone(milestone.Id, Min(milestone.DueDate, today), null, assessor, now, today));
            foreach (var (school, year, daysAgo) in new[] { ("Brookfield School", YearGroup.Year9, 40), ("Hillside School", YearGroup.Year10, 20) })
            {
                var lesson = new LessonDetails(school, year, "Mathematics", "Equations", null, "Clear modelling", "Questioning", null);
                var content = RecordContent.Observation(today.AddDays(-daysAgo), lesson, [new StandardJudgement("TS3", StandardOutcome.Met, null, [])]);
                var (record, audit) = AssessmentRecord.Draft(plan, content, [school], assessor, now, today);
                db.AssessmentRecords.Add(record);
                db.AuditEntries.Add(audit);
                db.AuditEntries.Add(record.Share(assessor, now));
            }

            await db.SaveChangesAsync();
        });
        return candidate;
    }

    /// <summary>Ready, with a final judgement of every standard: met, except those named.</summary>
    public static async Task<ReviewCandidate> JudgedAsync(PortalFactory factory, params string[] notYetMet)
    {
        var candidate = await ReadyAsync(factory);
        var assessor = await AssessorAsync(factory);
        await factory.WithDbAsync(async db =>
        {
            var now = factory.Clock.GetUtcNow().UtcDateTime;
            var stored = await db.Candidates.SingleAsync(c => c.Id == candidate.Id);
            var recommendation = Recommendation.Start(candidate.Id, now);
            foreach (var (code, _) in StandardsCatalogue.Current.Judged)
            {
                var outcome = notYetMet.Contains(code) ? StandardOutcome.NotYetMet : StandardOutcome.Met;
                db.AuditEntries.Add(stored.RecordFinalJudgement(recommendation,
                    new FinalJudgement(code, outcome, $"Rationale for {code}", [], []), new HashSet<Guid>(), assessor, now));
            }

            db.Recommendations.Add(recommendation);
            await db.SaveChangesAsync();
        });
        return candidate;
    }

    /// <summary>Judged (every standard met, or those named not yet met) and proposed by Sam Assessor: QTS, or not recommended when any is unmet.</summary>
    public static async Task<ReviewCandidate> ProposedAsync(PortalFactory factory, params string[] notYetMet)
    {
        var candidate = await JudgedAsync(factory, notYetMet);
        var assessor = await AssessorAsync(factory);
        await ChangeAsync(factory, candidate.Id, (c, recommendation, db, now, today) =>
        {
            var plan = db.AssessmentPlans.AsNoTracking().Single(p => p.CandidateId == c.Id);
            var records = db.AssessmentRecords.AsNoTracking().Where(r => r.CandidateId == c.Id).ToList();
            var proposal = notYetMet.Length == 0
                ? new RecommendationProposal(RecommendationOutcome.Recommend, today.AddDays(-1), new AgeRange(11, 16), ["Mathematics"], Strengths, Targets)
                : new RecommendationProposal(RecommendationOutcome.NotRecommend, null, null, [], null, null);
            return c.ProposeOutcome(recommendation, proposal, plan, records, assessor, now, today);
        });
        return candidate;
    }

    /// <summary>Proposed, then confirmed by Morgan Moderator.</summary>
    public static async Task<ReviewCandidate> ConfirmedAsync(PortalFactory factory, params string[] notYetMet)
    {
        var candidate = await ProposedAsync(factory, notYetMet);
        var moderator = new Actor(await factory.UserIdAsync(DemoAccounts.Moderator), "Morgan Moderator");
        await ChangeAsync(factory, candidate.Id, (c, recommendation, db, now, _) =>
        {
            var plan = db.AssessmentPlans.AsNoTracking().Single(p => p.CandidateId == c.Id);
            var records = db.AssessmentRecords.AsNoTracking().Where(r => r.CandidateId == c.Id).ToList();
            var evidence = db.EvidenceItems.AsNoTracking().Where(i => i.CandidateId == c.Id).ToList();
            return c.ConfirmOutcome(recommendation, plan, records, evidence, moderator, now);
        });
        return candidate;
    }

    /// <summary>The candidate's current recommendation, as stored.</summary>
    public static Task<Recommendation> LoadAsync(PortalFactory factory, Guid candidateId) =>
        factory.WithDbAsync(db => db.Recommendations.AsNoTracking().CurrentFor(candidateId).SingleAsync());

    /// <summary>Changes the candidate and their current recommendation together, straight in the database.</summary>
    public static Task ChangeAsync(
        PortalFactory factory, Guid candidateId,
        Func<Candidate, Recommendation, global::AoPortal.Infrastructure.Persistence.AoPortalDbContext, DateTime, DateOnly, IEnumerable<AuditEntry>> change) =>
        factory.WithDbAsync(async db =>
        {
            var candidate = await db.Candidates.SingleAsync(c => c.Id == candidateId);
            var recommendation = await db.Recommendations.CurrentFor(candidateId).SingleAsync();
            db.AuditEntries.AddRange(change(candidate, recommendation, db, factory.Clock.GetUtcNow().UtcDateTime, AssessmentCandidates.Today(factory)).ToList());
            await db.SaveChangesAsync();
        });

    private static async Task<Actor> AssessorAsync(PortalFactory factory) => new(await factory.UserIdAsync(DemoAccounts.Assessor), "Sam Assessor");

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
