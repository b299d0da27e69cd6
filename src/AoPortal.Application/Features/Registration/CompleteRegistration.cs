using AoPortal.Application.Abstractions;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Common;
using AoPortal.Domain.Users;

namespace AoPortal.Application.Features.Registration;

/// <summary>
/// The person follows their confirmation link and chooses a password: that proves the address, so the account and the
/// candidate record are created together, and the application can start.
/// </summary>
public static class CompleteRegistration
{
    public enum LinkState
    {
        /// <summary>The link is good and the address has no account yet.</summary>
        Valid,

        /// <summary>The link is missing, altered or past its lifetime.</summary>
        Expired,

        /// <summary>The address has an account now: the link was used already, or an admin invited the person meanwhile.</summary>
        AlreadyRegistered,
    }

    public sealed record Check(LinkState State, RegistrationRequest? Registration);

    public sealed class Handler(IAppDbContext db, IUserAccounts accounts, IRegistrationLinks links, TimeProvider clock)
    {
        public async Task<Check> CheckAsync(string? token, CancellationToken cancellationToken)
        {
            if (links.Read(token) is not { } registration) return new Check(LinkState.Expired, null);
            return await accounts.EmailInUseAsync(registration.Email, cancellationToken)
                ? new Check(LinkState.AlreadyRegistered, registration)
                : new Check(LinkState.Valid, registration);
        }

        /// <summary>
        /// Creates the account with the password and the candidate record, in one transaction; returns the account's id.
        /// A password Identity refuses is a <see cref="DomainRuleException"/> on the "Password" field, and nothing is stored.
        /// </summary>
        public async Task<Guid> Handle(string? token, string password, CancellationToken cancellationToken)
        {
            var check = await CheckAsync(token, cancellationToken);
            if (check is not { State: LinkState.Valid, Registration: { } registration })
                throw new DomainRuleException("This link has expired or has already been used");

            var userId = Guid.Empty;
            await db.InTransactionAsync(async ct =>
            {
                var account = new NewUserAccount($"{registration.FirstNames} {registration.LastName}", registration.Email, [PortalRole.Candidate], null);
                userId = await accounts.CreateConfirmedAsync(account, password, ct);
                var (candidate, audit) = Candidate.Register(userId, registration.FirstNames, registration.LastName, registration.Email,
                    clock.GetUtcNow().UtcDateTime);
                db.Candidates.Add(candidate);
                db.AuditEntries.Add(audit);
                await db.SaveChangesAsync(ct);
            }, cancellationToken);
            return userId;
        }
    }
}
