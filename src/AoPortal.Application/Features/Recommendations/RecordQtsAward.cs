using AoPortal.Application.Abstractions;
using AoPortal.Application.Common;
using AoPortal.Domain.Assessments;
using AoPortal.Domain.Common;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Application.Features.Recommendations;

/// <summary>
/// An admin records the date DfE awarded QTS on the candidate's exported recommendation, which closes the case; the
/// candidate is emailed their congratulations. The form carries the candidate's version.
/// </summary>
public static class RecordQtsAward
{
    public sealed class Command
    {
        public DateParts AwardedOn { get; set; } = new();

        /// <summary>The candidate's version when the form was shown.</summary>
        public Guid Version { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider clock) =>
            RuleFor(c => c.AwardedOn).Cascade(CascadeMode.Stop)
                .Must(d => d.IsComplete).WithMessage("Enter the date QTS was awarded")
                .Must(d => d.AsDate is not null).WithMessage("The date QTS was awarded must be a real date")
                .Must(d => d.AsDate <= UkDate.Today(clock)).WithMessage("The date QTS was awarded must be today or in the past");
    }

    public sealed class Handler(IAppDbContext db, ICurrentUser currentUser, IEmailSender email, TimeProvider clock)
    {
        public async Task Handle(Guid candidateId, Command command, CancellationToken cancellationToken)
        {
            currentUser.EnsureAdmin();
            var candidate = await db.CandidateForChangeAsync(candidateId, command.Version, cancellationToken);
            var recommendation = await db.Recommendations.CurrentFor(candidateId).SingleOrDefaultAsync(cancellationToken)
                ?? throw new DomainRuleException("There is no confirmed recommendation to record the award on");
            var awardedOn = command.AwardedOn.AsDate ?? throw new DomainRuleException("Enter the date QTS was awarded", nameof(Command.AwardedOn));
            db.AuditEntries.Add(candidate.RecordQtsAward(recommendation, awardedOn, currentUser.Actor, clock.GetUtcNow().UtcDateTime, UkDate.Today(clock)));
            await db.SaveChangesAsync(cancellationToken);

            await email.SendAsync(new EmailMessage(candidate.Email, "Congratulations: you have been awarded QTS",
                $"""
                Dear {candidate.FirstNames},

                Congratulations. The Department for Education has awarded you qualified teacher status (QTS) on {AssessmentPlan.Day(awardedOn)}.

                This is a real achievement, and it reflects the care and skill you bring to your teaching every day. Thank you for all the work you put into your assessment.

                Your next step is statutory induction as an early career teacher. Your school will arrange it with you.

                With our warmest wishes for your career.
                """) { Link = $"/candidates/{candidate.Id}/outcome" }, cancellationToken);
        }
    }
}
