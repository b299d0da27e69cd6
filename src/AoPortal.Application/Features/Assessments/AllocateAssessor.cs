using AoPortal.Application.Abstractions;
using AoPortal.Application.Common;
using AoPortal.Domain.Common;
using AoPortal.Domain.Users;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Application.Features.Assessments;

/// <summary>An admin allocates, or re-allocates, the assessor of an accepted candidate; the assessor is told by email.</summary>
public static class AllocateAssessor
{
    public sealed record Choice(Guid Id, string Name);

    public sealed class Command
    {
        public Guid? AssessorId { get; set; }

        /// <summary>The candidate's version when the form was shown: two admins allocating at once cannot both win unseen.</summary>
        public Guid Version { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.AssessorId).NotNull().WithMessage("Select the assessor");
    }

    public sealed class Handler(IAppDbContext db, IUserAccounts accounts, ICurrentUser currentUser, IEmailSender email, TimeProvider clock)
    {
        /// <summary>Active accounts with the assessor role, by name.</summary>
        public async Task<IReadOnlyList<Choice>> ChoicesAsync(CancellationToken cancellationToken) =>
            (await accounts.ListAsync(cancellationToken))
                .Where(u => u.IsActive && u.Roles.Contains(PortalRole.Assessor))
                .Select(u => new Choice(u.Id, u.DisplayName))
                .ToList();

        public async Task<string> Handle(Guid candidateId, Command c, CancellationToken cancellationToken)
        {
            var assessor = (await ChoicesAsync(cancellationToken)).FirstOrDefault(a => a.Id == c.AssessorId)
                ?? throw new DomainRuleException("Select an assessor from the list", nameof(Command.AssessorId));
            var candidate = await db.Candidates.SingleOrDefaultAsync(x => x.Id == candidateId, cancellationToken)
                ?? throw new NotFoundException("The candidate");
            db.ExpectVersion(candidate, c.Version);
            db.AuditEntries.Add(candidate.AllocateAssessor(assessor.Id, assessor.Name, currentUser.Actor, clock.GetUtcNow().UtcDateTime));
            await db.SaveChangesAsync(cancellationToken);

            if (await accounts.FindAsync(assessor.Id, cancellationToken) is { } account)
            {
                await email.SendAsync(new EmailMessage(account.Email, $"You are now {candidate.FullName}'s assessor",
                    $"""
                    Dear {account.DisplayName},

                    You have been allocated as the assessor of {candidate.FullName} for the Assessment Only route to QTS.

                    Sign in to the portal and open your caseload to plan their assessment.
                    """) { Link = $"/candidates/{candidate.Id}/assessment" }, cancellationToken);
            }

            return assessor.Name;
        }
    }
}
