using AoPortal.Application.Abstractions;
using AoPortal.Application.Common;
using AoPortal.Domain.Candidates;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Application.Features.Assessments;

/// <summary>
/// The assessor starts the assessment: the agreed start date and the age range and subjects they confirmed. The plan is
/// made from the provider's current plan template, and the candidate moves into assessment, in one save.
/// </summary>
public static class StartAssessment
{
    public sealed class Command : IAgeRangeAndSubjects
    {
        public DateParts StartDate { get; set; } = new();
        public string? AgeRange { get; set; }

        /// <summary>One or more subjects, separated by commas.</summary>
        public string? Subjects { get; set; }

        public IReadOnlyList<string> SubjectList => IAgeRangeAndSubjects.SplitSubjects(Subjects);
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.StartDate).RealDate("The start date");
            this.AgeRangeAndSubjects("Select the age range the candidate will be assessed for", "Enter the subject the candidate will be assessed in");
        }
    }

    public sealed class Handler(IAppDbContext db, ICurrentUser currentUser, IEmailSender email, TimeProvider clock)
    {
        public async Task Handle(Guid candidateId, Command c, CancellationToken cancellationToken)
        {
            var candidate = await db.Candidates.SingleOrDefaultAsync(x => x.Id == candidateId, cancellationToken)
                ?? throw new NotFoundException("The candidate");
            currentUser.EnsureCanManage(candidate);
            await Eligibility.AgeRangeChoices.EnsureOfferedAsync(db, c.AgeRange, candidate.IntendedAgeRange, nameof(Command.AgeRange), cancellationToken);
            var template = await GetPlanTemplates.LoadCurrentAsync(db, cancellationToken);
            var now = clock.GetUtcNow().UtcDateTime;
            var (plan, audit) = candidate.StartAssessment(template, c.StartDate.AsDate!.Value, AgeRange.Parse(c.AgeRange!), c.SubjectList,
                currentUser.Actor, now, UkDate.Today(clock));
            db.AssessmentPlans.Add(plan);
            db.AuditEntries.Add(audit);
            await db.SaveChangesAsync(cancellationToken);

            await email.SendAsync(new EmailMessage(candidate.Email, "Your assessment for QTS has been planned",
                $"""
                Dear {candidate.FirstNames},

                Your assessor, {candidate.AssessorName}, has planned your assessment. It starts on {Domain.Assessments.AssessmentPlan.Day(plan.StartDate)} and ends on {Domain.Assessments.AssessmentPlan.Day(plan.EndDate)}.

                Sign in to the Assessment Only portal to see your plan week by week.
                """) { Link = $"/candidates/{candidate.Id}/assessment" }, cancellationToken);
        }
    }
}
