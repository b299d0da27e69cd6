using AoPortal.Application.Abstractions;
using AoPortal.Application.Common;
using AoPortal.Domain.Common;
using AoPortal.Domain.Recommendations;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Application.Features.Recommendations;

/// <summary>
/// An admin withdraws a confirmed decision, with the reason, within <see cref="RecommendationOptions.WithdrawalWindowDays"/>
/// days of its confirmation and before it is exported to Register. The decision stays on record as withdrawn and the
/// candidate returns to assessment, where the assessor may propose again. The form carries the candidate's version.
/// </summary>
public static class WithdrawDecision
{
    public sealed class Command
    {
        public string? Reason { get; set; }

        /// <summary>The candidate's version when the form was shown.</summary>
        public Guid Version { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() =>
            RuleFor(c => c.Reason).RequiredText("Enter the reason for withdrawing the decision", "The reason", Recommendation.MaxTextLength);
    }

    public sealed class Handler(IAppDbContext db, ICurrentUser currentUser, RecommendationOptions options, TimeProvider clock)
    {
        public async Task Handle(Guid candidateId, Command command, CancellationToken cancellationToken)
        {
            currentUser.EnsureAdmin();
            var candidate = await db.CandidateForChangeAsync(candidateId, command.Version, cancellationToken);
            var recommendation = await db.Recommendations.CurrentFor(candidateId).SingleOrDefaultAsync(cancellationToken)
                ?? throw new DomainRuleException("There is no confirmed decision to withdraw");
            db.AuditEntries.Add(candidate.WithdrawDecision(
                recommendation, command.Reason ?? "", options.WithdrawalWindowDays, currentUser.Actor, clock.GetUtcNow().UtcDateTime));
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
