using AoPortal.Application.Abstractions;
using AoPortal.Application.Common;
using AoPortal.Domain.Recommendations;
using Microsoft.EntityFrameworkCore;
using FluentValidation;

namespace AoPortal.Application.Features.Recommendations;

/// <summary>
/// An admin records that the candidate has left the route, with one of the structured reasons (and details, needed for
/// "another reason"). It cannot be undone. The form carries the candidate's version.
/// </summary>
public static class WithdrawCandidate
{
    public const int MaxDetailsLength = 2000;

    public sealed class Command
    {
        public WithdrawalReason? Reason { get; set; }

        public string? Details { get; set; }

        /// <summary>The candidate's version when the form was shown.</summary>
        public Guid Version { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Reason).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage("Select the reason for the withdrawal")
                .IsInEnum().WithMessage("Select the reason for the withdrawal");
            When(c => c.Reason == WithdrawalReason.Other, () =>
                RuleFor(c => c.Details).RequiredText("Enter the details of the reason for the withdrawal", "The details", MaxDetailsLength));
            When(c => c.Reason != WithdrawalReason.Other, () =>
                RuleFor(c => c.Details).MaximumLength(MaxDetailsLength).WithMessage($"The details must be {MaxDetailsLength} characters or fewer"));
        }
    }

    public sealed class Handler(IAppDbContext db, ICurrentUser currentUser, TimeProvider clock)
    {
        public async Task Handle(Guid candidateId, Command command, CancellationToken cancellationToken)
        {
            currentUser.EnsureAdmin();
            var candidate = await db.CandidateForChangeAsync(candidateId, command.Version, cancellationToken);
            if (command.Reason is not { } reason)
                throw new Domain.Common.DomainRuleException("Select the reason for the withdrawal", nameof(Command.Reason));
            var current = await db.Recommendations.CurrentFor(candidateId).SingleOrDefaultAsync(cancellationToken);
            db.AuditEntries.Add(candidate.Withdraw(reason, command.Details, currentUser.Actor, clock.GetUtcNow().UtcDateTime, current));
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
