using AoPortal.Application.Abstractions;
using AoPortal.Application.Common;
using AoPortal.Application.Features.Assessments;
using AoPortal.Application.Features.Candidates;
using AoPortal.Domain.Assessments;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Evidence;
using AoPortal.Domain.Recommendations;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Application.Features.Recommendations;

/// <summary>
/// The recommendation as the candidate's assessor (or a moderator or an admin) works on it: the final judgements, what a
/// recommendation for QTS still needs, and what the judgements may cite. Five queries, however much evidence there is:
/// the candidate, the plan, the records, the accepted evidence and the current recommendation.
/// </summary>
public static class GetRecommendation
{
    /// <summary>An observation, discussion or portfolio item a judgement may cite.</summary>
    public sealed record Citable(Guid Id, string Name, DateOnly Date, IReadOnlyList<string> Standards);

    public sealed record Result(
        Candidate Candidate,
        AssessmentPlan Plan,
        Recommendation? Recommendation,
        IReadOnlyList<Citable> Records,
        IReadOnlyList<Citable> Evidence,
        ObservationCoverage Coverage,
        IReadOnlyList<MissingCondition> MissingForQts,
        bool CanChange)
    {
        public FinalJudgement? JudgementOf(string code) => Recommendation?.JudgementOf(code);

        public string NameOf(Guid id) =>
            Records.Concat(Evidence).FirstOrDefault(c => c.Id == id)?.Name ?? "An item no longer shared or accepted";
    }

    public sealed class Handler(IAppDbContext db, ICurrentUser currentUser)
    {
        public async Task<Result> Handle(Guid candidateId, CancellationToken cancellationToken)
        {
            var candidate = await db.Candidates.AsNoTracking().Where(c => c.Id == candidateId).VisibleTo(currentUser)
                .SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("The candidate");
            currentUser.EnsureCanManage(candidate);
            var plan = await db.AssessmentPlans.AsNoTracking().SingleOrDefaultAsync(p => p.CandidateId == candidateId, cancellationToken)
                ?? throw new NotFoundException("The assessment plan");
            var records = await db.AssessmentRecords.AsNoTracking().Where(r => r.CandidateId == candidateId).ToListAsync(cancellationToken);
            var evidence = await db.EvidenceItems.AsNoTracking()
                .Where(i => i.CandidateId == candidateId && i.Status == EvidenceStatus.Accepted)
                .Select(i => new { i.Id, i.Title, i.Date, i.Standards })
                .ToListAsync(cancellationToken);
            var recommendation = await db.Recommendations.AsNoTracking().CurrentFor(candidateId).SingleOrDefaultAsync(cancellationToken);

            var coverage = ObservationCoverage.Of(plan.AgeRange, records);
            var missing = RecommendationGate.MissingForQts(recommendation?.Judgements ?? [], plan, candidate.FundamentalSkillsConfirmed, coverage);
            return new Result(
                candidate,
                plan,
                recommendation,
                records.Where(r => r.Status == RecordStatus.Shared).OrderBy(r => r.Content.Date)
                    .Select(r => new Citable(r.Id, Describe(r), r.Content.Date, r.Content.Standards.Select(s => s.Code).ToList())).ToList(),
                evidence.OrderBy(i => i.Date).ThenBy(i => i.Title)
                    .Select(i => new Citable(i.Id, i.Title, i.Date,
                        i.Standards.Split(',', StringSplitOptions.RemoveEmptyEntries))).ToList(),
                coverage,
                missing,
                candidate.Status == CandidateStatus.InAssessment && (recommendation?.CanChange ?? true));
        }

        private static string Describe(AssessmentRecord record) =>
            record.Content.Lesson is { } lesson
                ? $"Observation on {AssessmentPlan.Day(record.Content.Date)}: {lesson.YearGroup.DisplayName()} {lesson.Subject} at {lesson.School}"
                : $"Professional discussion on {AssessmentPlan.Day(record.Content.Date)}";
    }
}
