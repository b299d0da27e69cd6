using AoPortal.Application.Abstractions;
using AoPortal.Application.Common;
using AoPortal.Application.Features.Review;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Common;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Application.Features.Schools;

/// <summary>
/// An admin links a candidate who named a school not on the list to that school, once it is listed. If the application is
/// already with the provider, the school's leads are asked to confirm support, as they would have been on submission.
/// </summary>
public static class LinkRequestedSchool
{
    public sealed class Command
    {
        public Guid? SchoolId { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.SchoolId).NotNull().WithMessage("Select the school the candidate works at");
    }

    public sealed class Handler(IAppDbContext db, ICurrentUser currentUser, IUserAccounts accounts, IEmailSender email, TimeProvider clock)
    {
        public async Task<(Candidate Candidate, string SchoolName)> Handle(Guid candidateId, Command c, CancellationToken cancellationToken)
        {
            var schoolId = c.SchoolId!.Value;
            var schoolName = await db.Schools.AsNoTracking().Where(s => s.Id == schoolId).Select(s => s.Name).SingleOrDefaultAsync(cancellationToken)
                ?? throw new DomainRuleException("Select a school from the list", nameof(Command.SchoolId));
            var candidate = await db.Candidates.SingleOrDefaultAsync(x => x.Id == candidateId, cancellationToken)
                ?? throw new NotFoundException("The candidate");

            db.AuditEntries.Add(candidate.LinkRequestedSchool(schoolId, schoolName, currentUser.Actor, clock.GetUtcNow().UtcDateTime));
            await db.SaveChangesAsync(cancellationToken);

            if (candidate.Status is CandidateStatus.Submitted or CandidateStatus.EligibilityReview)
                await SupportRequest.SendAsync(accounts, email, candidate, schoolId, cancellationToken);
            return (candidate, schoolName);
        }
    }
}
