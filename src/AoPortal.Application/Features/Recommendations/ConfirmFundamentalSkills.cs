using AoPortal.Application.Abstractions;
using AoPortal.Application.Common;
using AoPortal.Application.Features.Assessments;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Application.Features.Recommendations;

/// <summary>
/// The assessor confirms fundamental English and maths during the assessment, when selection left it to be confirmed:
/// QTS cannot be recommended until it is.
/// </summary>
public static class ConfirmFundamentalSkills
{
    public sealed class Command
    {
        public bool Confirmed { get; set; }
        public string? Note { get; set; }
        public Guid Version { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Confirmed).Equal(true).WithMessage("Confirm that the candidate has shown fundamental English and maths");
            RuleFor(c => c.Note).MaximumLength(2000).WithMessage("How it was shown must be 2000 characters or fewer");
        }
    }

    public sealed class Handler(IAppDbContext db, ICurrentUser currentUser, TimeProvider clock)
    {
        public async Task Handle(Guid candidateId, Command command, CancellationToken cancellationToken)
        {
            var candidate = await db.Candidates.SingleOrDefaultAsync(c => c.Id == candidateId, cancellationToken)
                ?? throw new NotFoundException("The candidate");
            currentUser.EnsureCanManage(candidate);
            db.ExpectVersion(candidate, command.Version);
            db.AuditEntries.Add(candidate.ConfirmFundamentalSkills(command.Note, currentUser.Actor, clock.GetUtcNow().UtcDateTime));
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
