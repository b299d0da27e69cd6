using System.Data.Common;
using System.Runtime.CompilerServices;
using AoPortal.Domain.Assessments;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Evidence;
using AoPortal.Domain.Recommendations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata;

namespace AoPortal.Infrastructure.Caching;

/// <summary>
/// Counts the committed changes to candidates' progress, for <see cref="ProgressCache"/>: an interceptor on every context
/// that advances <see cref="Generation"/> when a save adding, changing or removing a candidate, plan, record or evidence
/// item or a recommendation is committed. It advances after the commit and not before, so a read model worked out while the change is
/// in flight is kept under the generation before it and never outlives it.
/// </summary>
public sealed class ProgressChanges : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private static readonly Type[] Watched =
        [typeof(Candidate), typeof(AssessmentPlan), typeof(AssessmentRecord), typeof(EvidenceItem), typeof(Recommendation)];

    /// <summary>The contexts whose saved progress changes wait for their transaction's commit.</summary>
    private readonly ConditionalWeakTable<DbContext, object> _pending = new();

    private long _generation;

    public long Generation => Interlocked.Read(ref _generation);

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Note(eventData.Context);
        return ValueTask.FromResult(result);
    }

    // Without a transaction of the caller's the save committed its own (and TransactionCommitted has already counted it,
    // unless EF needed no transaction for a single statement); inside one, nothing is visible until that commits.
    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        CountIfCommitted(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        CountIfCommitted(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Count(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Count(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    private void Note(DbContext? context)
    {
        if (context is null) return;
        var changed = context.ChangeTracker.Entries()
            .Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && Watched.Contains(Root(e.Metadata).ClrType));
        if (changed) _pending.AddOrUpdate(context, this);
    }

    /// <summary>The entity a row belongs to: a milestone or an evidence version (stored inside its owner's JSON) may change alone.</summary>
    private static IReadOnlyEntityType Root(IReadOnlyEntityType type) =>
        type.FindOwnership() is { } ownership ? Root(ownership.PrincipalEntityType) : type;

    private void CountIfCommitted(DbContext? context)
    {
        if (context?.Database.CurrentTransaction is null) Count(context);
    }

    private void Count(DbContext? context)
    {
        if (context is not null && _pending.Remove(context)) Interlocked.Increment(ref _generation);
    }

    private void Forget(DbContext? context)
    {
        if (context is not null) _pending.Remove(context);
    }
}
