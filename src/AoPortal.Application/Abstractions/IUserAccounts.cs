namespace AoPortal.Application.Abstractions;

/// <summary>Sign-in accounts (ASP.NET Core Identity behind it).</summary>
public interface IUserAccounts
{
    Task<bool> EmailInUseAsync(string email, CancellationToken cancellationToken);

    /// <summary>Creates an account with no password; the person sets one from their invitation.</summary>
    Task<Guid> CreateAsync(NewUserAccount account, CancellationToken cancellationToken);

    /// <summary>
    /// Creates an account whose owner has proved their email address and chosen a password. A password the rules refuse
    /// is a <see cref="Domain.Common.DomainRuleException"/> on the "Password" field.
    /// </summary>
    Task<Guid> CreateConfirmedAsync(NewUserAccount account, string password, CancellationToken cancellationToken);

    /// <summary>Emails a one-time link to set a password. Any earlier link stops working.</summary>
    Task SendInvitationAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>Stops the account signing in, ends its sessions and voids its invitation links.</summary>
    Task DeactivateAsync(Guid userId, CancellationToken cancellationToken);

    Task<IReadOnlyList<UserAccountSummary>> ListAsync(CancellationToken cancellationToken);

    Task<UserAccountSummary?> FindAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>Only whether the account is active and has a password, in one query, for pages that show its tag.</summary>
    Task<AccountState?> StateAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>The email addresses of the active accounts holding a role, for notifications.</summary>
    Task<IReadOnlyList<string>> EmailsInRoleAsync(Domain.Users.PortalRole role, CancellationToken cancellationToken);

    /// <summary>The email addresses of the active school leads of a school.</summary>
    Task<IReadOnlyList<string>> SchoolLeadEmailsAsync(Guid schoolId, CancellationToken cancellationToken);

    /// <summary>The active school leads of the given schools, by school, in one query.</summary>
    Task<ILookup<Guid, Guid>> SchoolLeadIdsAsync(IReadOnlyCollection<Guid> schoolIds, CancellationToken cancellationToken);

    /// <summary>Whether the person has reminders emailed as well as listed in the portal.</summary>
    Task<bool> GetsReminderEmailsAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>Turns the person's reminder emails on or off. False when it already was as asked.</summary>
    Task<bool> SetReminderEmailsAsync(Guid userId, bool on, CancellationToken cancellationToken);
}
