using AoPortal.Application.Abstractions;
using AoPortal.Domain.Common;

namespace AoPortal.Application.Features.Users;

/// <summary>
/// Audit entries for the events a security review asks about: each sign-in, each refused sign-in, and each page or
/// action refused to a signed-in person (a 403). Kept with every other audit entry (subject type "User"), so a person's
/// history shows them. No password, and no typed email address, is ever recorded.
/// </summary>
public static class SecurityAudit
{
    public const string SubjectType = "User";
    public const string SignedIn = "Signed in";
    public const string SignInRefused = "Sign-in refused";
    public const string AccessDenied = "Access denied";

    /// <summary>Who a refused sign-in is recorded as: nobody is signed in yet.</summary>
    public static readonly Actor SomeoneSigningIn = new(null, "Someone signing in");

    public sealed class Handler(IAppDbContext db, TimeProvider clock)
    {
        public Task SignedInAsync(Guid userId, string name, CancellationToken cancellationToken) =>
            RecordAsync(new Actor(userId, name), userId, SignedIn, null, cancellationToken);

        /// <summary>
        /// A refused sign-in: against the account when the address is one (<paramref name="userId"/>), otherwise against no
        /// account (an empty subject id), so repeated guesses at addresses still show in the audit.
        /// </summary>
        public Task SignInRefusedAsync(Guid? userId, string reason, CancellationToken cancellationToken) =>
            RecordAsync(SomeoneSigningIn, userId ?? Guid.Empty, SignInRefused, reason, cancellationToken);

        /// <summary>A refused request, by method and path (no query string: it may carry search terms), cut to 500 characters.</summary>
        public Task AccessDeniedAsync(Actor actor, string method, string path, CancellationToken cancellationToken)
        {
            var request = $"{method} {path}";
            return RecordAsync(actor, actor.UserId ?? Guid.Empty, AccessDenied, request.Length <= 500 ? request : request[..500], cancellationToken);
        }

        private async Task RecordAsync(Actor actor, Guid subjectId, string action, string? detail, CancellationToken cancellationToken)
        {
            db.AuditEntries.Add(AuditEntry.Record(actor, clock.GetUtcNow().UtcDateTime, SubjectType, subjectId, action, detail));
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
