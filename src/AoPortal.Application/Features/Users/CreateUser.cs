using AoPortal.Application.Abstractions;
using AoPortal.Application.Common;
using AoPortal.Domain.Common;
using AoPortal.Domain.Users;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Application.Features.Users;

/// <summary>An admin adds a member of provider staff or a school lead; they are emailed a link to set their password.</summary>
public static class CreateUser
{
    public sealed class Command
    {
        public string? DisplayName { get; set; }
        public string? Email { get; set; }
        public List<PortalRole> Roles { get; set; } = [];
        public Guid? SchoolId { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.DisplayName).RequiredText("Enter the person's full name", "Full name", 100);
            RuleFor(c => c.Email).ValidEmail();
            RuleFor(c => c.Roles).NotEmpty().WithMessage("Select at least one role");
            RuleForEach(c => c.Roles).Must(r => PortalRoleRules.StaffRoles.Contains(r)).WithMessage("Select a role from the list");
            When(c => c.Roles.Contains(PortalRole.SchoolLead), () =>
                RuleFor(c => c.SchoolId).NotNull().WithMessage("Select the school lead's school"));
        }
    }

    public sealed class Handler(IAppDbContext db, IUserAccounts accounts, ICurrentUser currentUser, TimeProvider clock)
    {
        public async Task<Guid> Handle(Command command, CancellationToken cancellationToken)
        {
            var roles = command.Roles.Distinct().ToList();
            // A school is only kept for a school lead; the form may still post one chosen before the role changed.
            var schoolId = roles.Contains(PortalRole.SchoolLead) ? command.SchoolId : null;
            try
            {
                PortalRoleRules.EnsureValidCombination(roles, schoolId);
            }
            catch (DomainRuleException e)
            {
                throw new DomainRuleException(e.Message, nameof(Command.Roles));
            }

            if (schoolId is { } id && !await db.Schools.AnyAsync(s => s.Id == id, cancellationToken))
                throw new DomainRuleException("Select a school from the list", nameof(Command.SchoolId));
            if (await accounts.EmailInUseAsync(command.Email!, cancellationToken))
                throw new DomainRuleException("An account with this email address already exists", nameof(Command.Email));

            var userId = Guid.Empty;
            await db.InTransactionAsync(async ct =>
            {
                userId = await accounts.CreateAsync(new NewUserAccount(command.DisplayName!.Trim(), command.Email!.Trim(), roles, schoolId), ct);
                db.AuditEntries.Add(AuditEntry.Record(currentUser.Actor, clock.GetUtcNow().UtcDateTime, "User", userId, "User account created",
                    $"Roles: {string.Join(", ", roles.Select(r => r.DisplayName()))}"));
                await db.SaveChangesAsync(ct);
            }, cancellationToken);

            await accounts.SendInvitationAsync(userId, cancellationToken);
            return userId;
        }
    }
}
