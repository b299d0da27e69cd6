using AoPortal.Application.Abstractions;
using AoPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Application.Common;

/// <summary>
/// Makes a create form safe to send twice: each form carries a one-time submission id (a hidden field, new each time the
/// form is shown); the first sending records it with what it created, in the same save; a later sending of the same
/// form, by the same person, gets that result back and changes nothing. Two sendings racing each other meet at the
/// submission's primary key: the loser's save fails, and it too gets the winner's result.
/// </summary>
public static class OncePerSubmission
{
    /// <summary>What an earlier sending of this form by this person created; null when this is the first (or the form carried no id).</summary>
    public static async Task<Guid?> EarlierResultAsync(this IAppDbContext db, Guid? submissionId, ICurrentUser currentUser, CancellationToken cancellationToken) =>
        submissionId is { } id && id != Guid.Empty
            ? await db.FormSubmissions.AsNoTracking()
                .Where(f => f.Id == id && f.UserId == currentUser.UserId)
                .Select(f => (Guid?)f.ResultId)
                .SingleOrDefaultAsync(cancellationToken)
            : null;

    /// <summary>
    /// Records the submission with what it created and saves everything; returns null, or, when the same form won a race
    /// to the save, what that sending created (nothing of this one is saved).
    /// </summary>
    public static async Task<Guid?> SaveOnceAsync(this IAppDbContext db, Guid? submissionId, Guid resultId, ICurrentUser currentUser, DateTime now,
        CancellationToken cancellationToken)
    {
        var once = submissionId is { } id && id != Guid.Empty;
        if (once) db.FormSubmissions.Add(FormSubmission.Of(submissionId!.Value, resultId, currentUser.Actor, now));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateException) when (once)
        {
            // Any other failure (the database itself, or a forged id of someone else's) goes on as it was.
            if (await db.EarlierResultAsync(submissionId, currentUser, cancellationToken) is { } earlier) return earlier;
            throw;
        }
    }
}
