using AoPortal.Application.Abstractions;
using AoPortal.Application.Common;
using AoPortal.Application.Features.Candidates;
using AoPortal.Domain.Assessments;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Evidence;
using AoPortal.Domain.Recommendations;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Application.Features.Recommendations;

/// <summary>
/// A moderator reviews a proposal with the evidence trail it rests on, then confirms it (freezing the decision, and
/// telling the candidate) or returns it to the assessor with comments. Nobody moderates their own candidate or their own
/// proposal: the page says so and a post is refused with a 403.
/// </summary>
public static class ModerateOutcome
{
    public enum Decision
    {
        Confirm,
        Return,
    }

    public sealed class Command
    {
        public Decision? Outcome { get; set; }
        public string? Comments { get; set; }
        public Guid Version { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Outcome).NotNull().WithMessage("Select whether to confirm the proposal or return it to the assessor");
            When(c => c.Outcome == Decision.Return, () =>
                RuleFor(c => c.Comments).RequiredText("Enter comments telling the assessor what to change", "Comments", Recommendation.MaxTextLength));
        }
    }

    /// <summary>The proposal with everything it rests on: the plan, the shared records and the accepted evidence.</summary>
    public sealed record Details(
        Candidate Candidate, AssessmentPlan Plan, Recommendation Recommendation, IReadOnlyList<AssessmentRecord> Records, IReadOnlyList<EvidenceItem> Evidence,
        bool CanModerate)
    {
        public string NameOf(Guid id) =>
            Records.FirstOrDefault(r => r.Id == id) is { } record
                ? $"{record.Name} on {AssessmentPlan.Day(record.Content.Date)}"
                : Evidence.FirstOrDefault(i => i.Id == id)?.Title ?? "An item no longer shared or accepted";
    }

    public sealed class Handler(IAppDbContext db, ICurrentUser currentUser, IUserAccounts accounts, IEmailSender email, TimeProvider clock)
    {
        /// <summary>Five queries: the candidate, the proposal, the plan, the shared records, the accepted evidence.</summary>
        public async Task<Details> GetAsync(Guid candidateId, CancellationToken cancellationToken)
        {
            var candidate = await db.Candidates.AsNoTracking().Where(c => c.Id == candidateId).VisibleTo(currentUser)
                .SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("The candidate");
            var recommendation = await db.Recommendations.AsNoTracking().CurrentFor(candidateId)
                .SingleOrDefaultAsync(r => r.Status == RecommendationStatus.Proposed, cancellationToken) ?? throw new NotFoundException("The proposal");
            var plan = await db.AssessmentPlans.AsNoTracking().SingleAsync(p => p.CandidateId == candidateId, cancellationToken);
            var records = await db.AssessmentRecords.AsNoTracking().Where(r => r.CandidateId == candidateId && r.Status == RecordStatus.Shared)
                .OrderBy(r => r.RecordedAt).ToListAsync(cancellationToken);
            var evidence = await db.EvidenceItems.AsNoTracking().Where(i => i.CandidateId == candidateId && i.Status == EvidenceStatus.Accepted)
                .OrderBy(i => i.Date).ToListAsync(cancellationToken);
            return new Details(candidate, plan, recommendation, records.OrderBy(r => r.Content.Date).ToList(), evidence,
                recommendation.CanBeModeratedBy(currentUser.UserId, candidate.AssessorId));
        }

        public async Task Handle(Guid candidateId, Command command, CancellationToken cancellationToken)
        {
            var candidate = await db.Candidates.SingleOrDefaultAsync(c => c.Id == candidateId, cancellationToken)
                ?? throw new NotFoundException("The candidate");
            var recommendation = await db.Recommendations.CurrentFor(candidateId).SingleOrDefaultAsync(cancellationToken)
                ?? throw new NotFoundException("The proposal");
            if (!recommendation.CanBeModeratedBy(currentUser.UserId, candidate.AssessorId))
                throw new ForbiddenException("You cannot moderate this decision: you are the candidate's assessor or proposed it");
            db.ExpectVersion(candidate, command.Version);
            var now = clock.GetUtcNow().UtcDateTime;
            if (command.Outcome == Decision.Return)
            {
                db.AuditEntries.AddRange(candidate.ReturnProposal(recommendation, command.Comments ?? "", currentUser.Actor, now));
                await db.SaveChangesAsync(cancellationToken);
                await TellAssessorAsync(candidate, command.Comments!, cancellationToken);
                return;
            }

            var plan = await db.AssessmentPlans.AsNoTracking().SingleAsync(p => p.CandidateId == candidateId, cancellationToken);
            var records = await db.AssessmentRecords.AsNoTracking().Where(r => r.CandidateId == candidateId).ToListAsync(cancellationToken);
            var evidence = await db.EvidenceItems.AsNoTracking().Where(i => i.CandidateId == candidateId).ToListAsync(cancellationToken);
            db.AuditEntries.AddRange(candidate.ConfirmOutcome(recommendation, plan, records, evidence, currentUser.Actor, now));
            await db.SaveChangesAsync(cancellationToken);
            await TellCandidateAsync(candidate, recommendation, cancellationToken);
        }

        private async Task TellAssessorAsync(Candidate candidate, string comments, CancellationToken cancellationToken)
        {
            if (candidate.AssessorId is not { } assessorId || await accounts.FindAsync(assessorId, cancellationToken) is not { IsActive: true } assessor) return;
            await email.SendAsync(new EmailMessage(assessor.Email, $"Proposal returned by moderation: {candidate.FullName}",
                $"""
                {currentUser.Actor.Name} has returned your proposal for {candidate.FullName}:

                {comments.Trim()}

                Sign in to the Assessment Only portal to change the final judgements or the proposal, then propose again.
                """) { Link = $"/candidates/{candidate.Id}/recommendation" }, cancellationToken);
        }

        private Task TellCandidateAsync(Candidate candidate, Recommendation recommendation, CancellationToken cancellationToken) =>
            email.SendAsync(recommendation.Outcome == RecommendationOutcome.Recommend
                ? new EmailMessage(candidate.Email, "Your assessment outcome: recommended for QTS",
                    $"""
                    Dear {candidate.FirstNames},

                    Congratulations: your assessment is complete and you have been recommended for Qualified Teacher Status (QTS). You met the requirements on {AssessmentPlan.Day(recommendation.RequirementsMetOn!.Value)}.

                    We will now send your recommendation to the Department for Education, who award QTS. They usually confirm it within a few days.

                    Sign in to the Assessment Only portal to read your outcome and the summary for your school.
                    """) { Link = $"/candidates/{candidate.Id}/outcome" }
                : new EmailMessage(candidate.Email, "Your assessment outcome",
                    $"""
                    Dear {candidate.FirstNames},

                    Your assessment is complete. This time you have not been recommended for Qualified Teacher Status (QTS): some of the Teachers' Standards are not yet met.

                    Sign in to the Assessment Only portal to read your outcome and the reasons. Your assessor will be in touch about what you can do next.
                    """) { Link = $"/candidates/{candidate.Id}/outcome" }, cancellationToken);
    }
}
