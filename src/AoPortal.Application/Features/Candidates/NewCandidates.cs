using AoPortal.Application.Abstractions;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Common;
using AoPortal.Domain.Users;

namespace AoPortal.Application.Features.Candidates;

/// <summary>
/// The steps every new candidate goes through, whoever creates them (<see cref="CreateCandidate"/>, <see cref="NominateStaff"/>):
/// the email must be free; the account and the record are saved in one transaction; the invitation goes only once both are saved.
/// </summary>
internal static class NewCandidates
{
    public static async Task EnsureEmailFreeAsync(IUserAccounts accounts, string email, CancellationToken cancellationToken)
    {
        if (await accounts.EmailInUseAsync(email, cancellationToken))
            throw new DomainRuleException("An account with this email address already exists", nameof(INewCandidateFields.Email));
    }

    /// <summary>
    /// Creates the candidate's account, then the record <paramref name="create"/> makes for that account (with its audit
    /// entry), together; then emails the candidate their link to set a password.
    /// </summary>
    public static async Task<Candidate> CreateAndInviteAsync(
        IAppDbContext db,
        IUserAccounts accounts,
        CandidateDetails details,
        Func<Guid, (Candidate Candidate, AuditEntry Audit)> create,
        CancellationToken cancellationToken)
    {
        Candidate? candidate = null;
        await db.InTransactionAsync(async ct =>
        {
            var userId = await accounts.CreateAsync(
                new NewUserAccount($"{details.FirstNames.Trim()} {details.LastName.Trim()}", details.Email.Trim(), [PortalRole.Candidate], null), ct);
            (candidate, var audit) = create(userId);
            db.Candidates.Add(candidate);
            db.AuditEntries.Add(audit);
            await db.SaveChangesAsync(ct);
        }, cancellationToken);

        await accounts.SendInvitationAsync(candidate!.UserId, cancellationToken);
        return candidate;
    }
}
