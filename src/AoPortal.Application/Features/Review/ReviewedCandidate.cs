using AoPortal.Application.Abstractions;
using AoPortal.Application.Common;
using AoPortal.Application.Features.Candidates;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Application.Features.Review;

/// <summary>Loads a candidate the current user may see, applies one review step, stores its audit entries and saves.</summary>
public static class ReviewedCandidate
{
    public static async Task<Candidate> ChangeAsync(
        IAppDbContext db, ICurrentUser currentUser, Guid candidateId, Func<Candidate, IEnumerable<AuditEntry>> change, CancellationToken cancellationToken)
    {
        var candidate = await db.Candidates.Where(c => c.Id == candidateId).VisibleTo(currentUser).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("The candidate");
        db.AuditEntries.AddRange(change(candidate));
        await db.SaveChangesAsync(cancellationToken);
        return candidate;
    }

    /// <summary>Tells the candidate by email that their application has moved on.</summary>
    public static Task TellCandidateAsync(IEmailSender email, Candidate candidate, string subject, string body, CancellationToken cancellationToken) =>
        email.SendAsync(new EmailMessage(candidate.Email, subject, $"Dear {candidate.FirstNames},\n\n{body}\n\nSign in to the Assessment Only portal to see your application.")
            { Link = "/application" }, cancellationToken);
}
