using AoPortal.Application.Abstractions;
using AoPortal.Application.Common;
using AoPortal.Application.Features.Assessments;
using AoPortal.Application.Features.Eligibility;
using AoPortal.Domain.Assessments;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Common;
using AoPortal.Domain.Recommendations;
using AoPortal.Domain.Users;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Application.Features.Recommendations;

/// <summary>
/// The assessor proposes the outcome: QTS (with the date the requirements were met, the age range and subjects, and the
/// strengths and induction targets for the hand-over), or not recommended. The domain refuses a proposal whose gates are
/// not passed, listing what is missing. Moderators are emailed that a proposal is waiting.
/// </summary>
public static class ProposeOutcome
{
    public sealed class Command : IAgeRangeAndSubjects
    {
        public RecommendationOutcome? Outcome { get; set; }
        public DateParts RequirementsMetOn { get; set; } = new();
        public string? AgeRange { get; set; }

        /// <summary>One or more subjects, separated by commas.</summary>
        public string? Subjects { get; set; }

        public string? Strengths { get; set; }
        public string? InductionTargets { get; set; }
        public Guid Version { get; set; }

        public IReadOnlyList<string> SubjectList => IAgeRangeAndSubjects.SplitSubjects(Subjects);
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider clock)
        {
            RuleFor(c => c.Outcome).NotNull().WithMessage("Select the outcome you propose");
            When(c => c.Outcome == RecommendationOutcome.Recommend, () =>
            {
                RuleFor(c => c.RequirementsMetOn).PastDate("The date the requirements were met", clock);
                this.AgeRangeAndSubjects("Select the age range QTS is recommended for", "Enter the subject QTS is recommended in");
                RuleFor(c => c.Strengths).RequiredText("Enter the candidate's strengths", "Strengths", Recommendation.MaxTextLength);
                RuleFor(c => c.InductionTargets).RequiredText("Enter the targets for induction", "Targets for induction", Recommendation.MaxTextLength);
            });
        }
    }

    public sealed class Handler(IAppDbContext db, ICurrentUser currentUser, IUserAccounts accounts, IEmailSender email, TimeProvider clock)
    {
        public async Task Handle(Guid candidateId, Command command, CancellationToken cancellationToken)
        {
            var candidate = await db.Candidates.SingleOrDefaultAsync(c => c.Id == candidateId, cancellationToken)
                ?? throw new NotFoundException("The candidate");
            currentUser.EnsureCanManage(candidate);
            db.ExpectVersion(candidate, command.Version);
            var plan = await db.AssessmentPlans.AsNoTracking().SingleOrDefaultAsync(p => p.CandidateId == candidateId, cancellationToken)
                ?? throw new NotFoundException("The assessment plan");
            var recommendation = await db.Recommendations.CurrentFor(candidateId).SingleOrDefaultAsync(cancellationToken)
                ?? throw new DomainRuleException("Record the final judgement of every standard before you propose an outcome", nameof(Command.Outcome));
            var records = await db.AssessmentRecords.AsNoTracking().Where(r => r.CandidateId == candidateId).ToListAsync(cancellationToken);

            AgeRange? ageRange = null;
            if (command.Outcome == RecommendationOutcome.Recommend)
            {
                await AgeRangeChoices.EnsureOfferedAsync(db, command.AgeRange, plan.AgeRange, nameof(Command.AgeRange), cancellationToken);
                ageRange = AgeRange.Parse(command.AgeRange!);
            }

            var proposal = new RecommendationProposal(command.Outcome!.Value, command.RequirementsMetOn.AsDate, ageRange, command.SubjectList,
                command.Strengths, command.InductionTargets);
            var now = clock.GetUtcNow().UtcDateTime;
            db.AuditEntries.AddRange(candidate.ProposeOutcome(recommendation, proposal, plan, records,
                currentUser.Actor, now, UkDate.Today(clock)));
            await db.SaveChangesAsync(cancellationToken);

            foreach (var moderator in await accounts.EmailsInRoleAsync(PortalRole.Moderator, cancellationToken))
            {
                await email.SendAsync(new EmailMessage(moderator, $"Waiting for moderation: {candidate.FullName}",
                    $"""
                    {currentUser.Actor.Name} has proposed an outcome for {candidate.FullName}: {recommendation.Summary}.

                    A moderator who is not the candidate's assessor confirms it or returns it. Sign in to the Assessment Only portal and open the moderation queue.
                    """) { Link = $"/candidates/{candidate.Id}/moderation" }, cancellationToken);
            }
        }
    }
}
