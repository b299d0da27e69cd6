using AoPortal.Application.Abstractions;
using AoPortal.Application.Common;
using AoPortal.Application.Features.Candidates;
using AoPortal.Domain.Assessments;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Recommendations;
using AoPortal.Domain.Standards;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Application.Features.Recommendations;

/// <summary>
/// The confirmed outcome of a candidate's assessment, for everyone who may see the candidate (<see cref="CandidateVisibility"/>):
/// the candidate, the school lead of their employing school and provider staff. What was decided comes from the frozen
/// <see cref="DecisionSnapshot"/>, never from the live records, so later amendments elsewhere do not change it; only the
/// award date (recorded after confirmation) and the TRN (which may be recorded before export) are read live.
/// Not found for anyone who cannot see the candidate, and until a moderator has confirmed the decision. Two queries.
/// </summary>
public static class GetOutcome
{
    /// <summary>A standard's final judgement as decided, with its heading and what it cites (records, then portfolio items), in words.</summary>
    public sealed record Standard(string Code, string Heading, StandardOutcome Outcome, string Rationale, IReadOnlyList<string> Cited)
    {
        public bool IsMet => Outcome == StandardOutcome.Met;
    }

    /// <param name="IsOwn">The candidate themself is looking.</param>
    public sealed record Result(
        Guid CandidateId, CandidateStatus Status, bool IsOwn, string? Trn, string? SchoolName, DateOnly? QtsAwardedOn,
        DecisionSnapshot Decision, IReadOnlyList<Standard> Standards)
    {
        public string CandidateName => Decision.CandidateName;

        public bool IsRecommended => Decision.Outcome == RecommendationOutcome.Recommend;

        public bool IsAwarded => Status == CandidateStatus.QtsAwarded && QtsAwardedOn is not null;

        public IReadOnlyList<Standard> Unmet => Standards.Where(s => !s.IsMet).ToList();
    }

    /// <summary>The statuses a confirmed decision leaves the candidate in.</summary>
    public static bool IsDecided(CandidateStatus status) =>
        status is CandidateStatus.Recommended or CandidateStatus.NotRecommended or CandidateStatus.QtsAwarded;

    public sealed class Handler(IAppDbContext db, ICurrentUser currentUser)
    {
        public async Task<Result> Handle(Guid candidateId, CancellationToken cancellationToken)
        {
            var candidate = await db.Candidates.AsNoTracking().Where(c => c.Id == candidateId).VisibleTo(currentUser)
                .Select(c => new
                {
                    c.Id,
                    c.UserId,
                    c.Status,
                    c.Trn,
                    School = db.Schools.Where(s => s.Id == c.EmployingSchoolId).Select(s => s.Name).FirstOrDefault(),
                })
                .SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("The candidate");
            if (!IsDecided(candidate.Status)) throw new NotFoundException("The outcome");
            var recommendation = await db.Recommendations.AsNoTracking().CurrentFor(candidateId)
                .Where(r => r.Status == RecommendationStatus.Confirmed)
                .SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("The outcome");
            var decision = recommendation.Frozen ?? throw new NotFoundException("The outcome");
            var isOwn = !currentUser.IsProviderStaff() && currentUser.UserId == candidate.UserId;
            return new Result(candidate.Id, candidate.Status, isOwn, candidate.Trn ?? decision.Trn, candidate.School, recommendation.QtsAwardedOn,
                decision, StandardsOf(decision));
        }

        /// <summary>The hand-over summary for the employing school: only for a candidate recommended for QTS (or awarded it).</summary>
        public async Task<Result> Handover(Guid candidateId, CancellationToken cancellationToken)
        {
            var outcome = await Handle(candidateId, cancellationToken);
            if (!outcome.IsRecommended || outcome.Status is not (CandidateStatus.Recommended or CandidateStatus.QtsAwarded))
                throw new NotFoundException("The hand-over summary");
            return outcome;
        }

        private static List<Standard> StandardsOf(DecisionSnapshot decision)
        {
            var records = decision.Records.ToDictionary(r => r.Id, Describe);
            var evidence = decision.Evidence.ToDictionary(i => i.Id, i => $"Portfolio: {i.Title} (version {i.Version})");
            var headings = StandardsCatalogue.Current.Judged.ToDictionary(s => s.Code, s => s.Heading);
            var order = StandardsCatalogue.Current.Judged.Select((s, i) => (s.Code, i)).ToDictionary(s => s.Code, s => s.i);
            return decision.Judgements
                .OrderBy(j => order.GetValueOrDefault(j.Code, int.MaxValue))
                .Select(j => new Standard(j.Code, headings.GetValueOrDefault(j.Code, j.Code), j.Outcome, j.Rationale,
                    j.CitedRecords.Where(records.ContainsKey).Select(id => records[id])
                        .Concat(j.CitedEvidence.Where(evidence.ContainsKey).Select(id => evidence[id])).ToList()))
                .ToList();
        }

        private static string Describe(DecisionSnapshot.Record record)
        {
            var kind = record.Kind == RecordKind.Observation ? "Observation" : "Professional discussion";
            var lesson = string.Join(", ", new[] { record.School, record.YearGroup, record.Subject }.Where(s => !string.IsNullOrEmpty(s)));
            return $"{kind}, {AssessmentPlan.Day(record.Date)}{(lesson.Length > 0 ? $" ({lesson})" : "")}";
        }
    }
}
