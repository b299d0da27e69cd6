using AoPortal.Application.Abstractions;
using AoPortal.Application.Common;
using AoPortal.Application.Features.Assessments;
using AoPortal.Domain.Assessments;
using AoPortal.Domain.Evidence;
using AoPortal.Domain.Recommendations;
using AoPortal.Domain.Standards;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Application.Features.Recommendations;

/// <summary>
/// The assessor records the final judgement of one standard: met or not yet met, the rationale, and the shared records and
/// accepted evidence it cites. The first judgement starts the candidate's recommendation. The form carries the candidate's
/// version, so two people judging at once cannot overwrite each other.
/// </summary>
public static class RecordFinalJudgement
{
    public sealed class Command
    {
        public StandardOutcome? Outcome { get; set; }
        public string? Rationale { get; set; }
        public List<Guid> CitedRecords { get; set; } = [];
        public List<Guid> CitedEvidence { get; set; } = [];
        public Guid Version { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Outcome).Must(o => o is StandardOutcome.Met or StandardOutcome.NotYetMet)
                .WithMessage("Select whether the standard is met or not yet met");
            RuleFor(c => c.Rationale).RequiredText("Enter the rationale for your judgement", "The rationale", FinalJudgement.MaxRationaleLength);
        }
    }

    /// <summary>Whether a code is one the final judgements cover (TS1 to TS8, and P2 for Part Two).</summary>
    public static bool IsJudged(string code) => StandardsCatalogue.Current.Judged.Any(s => s.Code == code);

    public sealed class Handler(IAppDbContext db, ICurrentUser currentUser, TimeProvider clock)
    {
        public async Task Handle(Guid candidateId, string code, Command command, CancellationToken cancellationToken)
        {
            if (!IsJudged(code)) throw new NotFoundException("The standard");
            var candidate = await db.Candidates.SingleOrDefaultAsync(c => c.Id == candidateId, cancellationToken)
                ?? throw new NotFoundException("The candidate");
            currentUser.EnsureCanManage(candidate);
            db.ExpectVersion(candidate, command.Version);
            var now = clock.GetUtcNow().UtcDateTime;
            var recommendation = await db.Recommendations.CurrentFor(candidateId).SingleOrDefaultAsync(cancellationToken);
            if (recommendation is null)
            {
                recommendation = Recommendation.Start(candidateId, now);
                db.Recommendations.Add(recommendation);
            }

            var citable = await CitableAsync(candidateId, cancellationToken);
            var judgement = new FinalJudgement(code, command.Outcome!.Value, command.Rationale, command.CitedRecords, command.CitedEvidence);
            db.AuditEntries.Add(candidate.RecordFinalJudgement(recommendation, judgement, citable, currentUser.Actor, now));
            await db.SaveChangesAsync(cancellationToken);
        }

        /// <summary>The ids a judgement may cite: the candidate's shared records and accepted evidence.</summary>
        private async Task<IReadOnlySet<Guid>> CitableAsync(Guid candidateId, CancellationToken cancellationToken)
        {
            var records = await db.AssessmentRecords.AsNoTracking()
                .Where(r => r.CandidateId == candidateId && r.Status == RecordStatus.Shared).Select(r => r.Id).ToListAsync(cancellationToken);
            var evidence = await db.EvidenceItems.AsNoTracking()
                .Where(i => i.CandidateId == candidateId && i.Status == EvidenceStatus.Accepted).Select(i => i.Id).ToListAsync(cancellationToken);
            return records.Concat(evidence).ToHashSet();
        }
    }
}
