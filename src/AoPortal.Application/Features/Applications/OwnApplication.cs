using AoPortal.Application.Abstractions;
using AoPortal.Application.Common;
using AoPortal.Domain.Candidates;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Application.Features.Applications;

/// <summary>The signed-in candidate's own record, the only one their application pages may change.</summary>
public static class OwnApplication
{
    public static async Task<Candidate> LoadAsync(IAppDbContext db, ICurrentUser currentUser, CancellationToken cancellationToken)
    {
        var userId = currentUser.UserId ?? throw new NotFoundException("Your application");
        return await db.Candidates.SingleOrDefaultAsync(c => c.UserId == userId, cancellationToken)
            ?? throw new NotFoundException("Your application");
    }

    /// <summary>Loads the candidate's record, applies one change through the domain, and saves it.</summary>
    public static async Task ChangeAsync(IAppDbContext db, ICurrentUser currentUser, Action<Candidate> change, CancellationToken cancellationToken)
    {
        var candidate = await LoadAsync(db, currentUser, cancellationToken);
        change(candidate);
        await db.SaveChangesAsync(cancellationToken);
    }
}
