using AoPortal.Application.Abstractions;
using FluentValidation;

namespace AoPortal.Application.Features.Recommendations;

/// <summary>
/// An admin records the candidate's teacher reference number, which DfE issues after registration, so that the Register
/// export can include them. The form carries the candidate's version, so two admins cannot overwrite each other unseen.
/// </summary>
public static class RecordTrn
{
    public sealed class Command
    {
        public string? Trn { get; set; }

        /// <summary>The candidate's version when the form was shown.</summary>
        public Guid Version { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() =>
            RuleFor(c => c.Trn).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Enter the TRN")
                .Must(t => Domain.Applications.PersonalDetails.IsValidTrn(t!.Trim())).WithMessage("TRN must be 7 digits, like 1234567");
    }

    public sealed class Handler(IAppDbContext db, ICurrentUser currentUser, TimeProvider clock)
    {
        public async Task Handle(Guid candidateId, Command command, CancellationToken cancellationToken)
        {
            currentUser.EnsureAdmin();
            var candidate = await db.CandidateForChangeAsync(candidateId, command.Version, cancellationToken);
            db.AuditEntries.Add(candidate.RecordTrn(command.Trn ?? "", currentUser.Actor, clock.GetUtcNow().UtcDateTime));
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
