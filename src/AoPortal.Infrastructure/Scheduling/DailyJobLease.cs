using AoPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Infrastructure.Scheduling;

/// <summary>
/// Makes a daily job run once a day however many instances of the portal are running. An instance takes the job's lease
/// with one conditional UPDATE (not yet done today, and nobody holds a live lease), checked by the rows it changed, so
/// two instances can never both take it. The lease runs out on its own, so a job whose instance died mid-run is taken
/// over once it lapses; the job itself must therefore be safe to run again (the reminders are, by their keys).
/// </summary>
public sealed class DailyJobLease(AoPortalDbContext db, TimeProvider clock)
{
    /// <summary>Takes the job for <paramref name="day"/> if it is not done that day and nobody holds it. Null when someone else has it or it is done.</summary>
    public async Task<Guid?> TryTakeAsync(string job, DateOnly day, TimeSpan lease, CancellationToken cancellationToken)
    {
        await EnsureExistsAsync(job, cancellationToken);
        var holder = Guid.NewGuid();
        var now = clock.GetUtcNow().UtcDateTime;
        var until = now + lease;
        var taken = await db.ScheduledJobs
            .Where(j => j.Name == job)
            .Where(j => j.LastCompletedOn == null || j.LastCompletedOn < day)
            .Where(j => j.LeasedUntil == null || j.LeasedUntil < now)
            .ExecuteUpdateAsync(s => s
                .SetProperty(j => j.LeaseHolder, holder)
                .SetProperty(j => j.LeasedUntil, until), cancellationToken);
        return taken == 1 ? holder : null;
    }

    /// <summary>Marks the day done and gives the lease up; false when the lease had lapsed and another instance took the job over.</summary>
    public async Task<bool> CompleteAsync(string job, Guid holder, DateOnly day, CancellationToken cancellationToken) =>
        await db.ScheduledJobs
            .Where(j => j.Name == job && j.LeaseHolder == holder)
            .ExecuteUpdateAsync(s => s
                .SetProperty(j => j.LastCompletedOn, day)
                .SetProperty(j => j.LeaseHolder, (Guid?)null)
                .SetProperty(j => j.LeasedUntil, (DateTime?)null), cancellationToken) == 1;

    /// <summary>Gives the lease up without marking the day done, after a failed run, so the next look tries again.</summary>
    public Task ReleaseAsync(string job, Guid holder, CancellationToken cancellationToken) =>
        db.ScheduledJobs
            .Where(j => j.Name == job && j.LeaseHolder == holder)
            .ExecuteUpdateAsync(s => s
                .SetProperty(j => j.LeaseHolder, (Guid?)null)
                .SetProperty(j => j.LeasedUntil, (DateTime?)null), cancellationToken);

    private async Task EnsureExistsAsync(string job, CancellationToken cancellationToken)
    {
        if (await db.ScheduledJobs.AsNoTracking().AnyAsync(j => j.Name == job, cancellationToken)) return;
        db.ScheduledJobs.Add(new ScheduledJob(job));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another instance added the row first: the same row is what we wanted.
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }
}
