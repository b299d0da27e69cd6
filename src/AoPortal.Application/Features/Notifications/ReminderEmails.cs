using AoPortal.Application.Abstractions;
using AoPortal.Domain.Common;
using FluentValidation;

namespace AoPortal.Application.Features.Notifications;

/// <summary>
/// The person's choice, on their account page, to have reminders emailed or only listed in the portal. Emails about
/// decisions (an application accepted, a recommendation confirmed) are sent either way. The change is audited.
/// </summary>
public static class ReminderEmails
{
    public sealed class Command
    {
        /// <summary>"on" or "off", from the radios.</summary>
        public string? Choice { get; set; }

        public bool On => Choice == "on";
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() =>
            RuleFor(c => c.Choice).Must(c => c is "on" or "off").WithMessage("Select whether you want reminder emails");
    }

    public sealed class Handler(IAppDbContext db, ICurrentUser currentUser, IUserAccounts accounts, TimeProvider clock)
    {
        public async Task<bool> GetAsync(CancellationToken cancellationToken) =>
            await accounts.GetsReminderEmailsAsync(currentUser.RequiredUserId(), cancellationToken);

        /// <summary>Saves the choice; throws when it is already as chosen, so the person is told rather than shown a false success.</summary>
        public async Task Handle(Command command, CancellationToken cancellationToken)
        {
            var userId = currentUser.RequiredUserId();
            await db.InTransactionAsync(async ct =>
            {
                if (!await accounts.SetReminderEmailsAsync(userId, command.On, ct))
                    throw new DomainRuleException(command.On ? "Reminder emails are already on" : "Reminder emails are already off", nameof(Command.Choice));
                db.AuditEntries.Add(AuditEntry.Record(currentUser.Actor, clock.GetUtcNow().UtcDateTime, "User", userId,
                    command.On ? "Reminder emails turned on" : "Reminder emails turned off"));
                await db.SaveChangesAsync(ct);
            }, cancellationToken);
        }
    }
}
