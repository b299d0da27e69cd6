using System.Collections.Concurrent;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AoPortal.Infrastructure.Caching;

/// <summary>
/// An interceptor on every context that keeps a <see cref="GenerationOf">generation</see> per key and advances the keys a
/// save touches once that save is <b>committed</b>: after EF's own transaction, or for work inside
/// <c>InTransactionAsync</c> at that transaction's commit, and not at all when it rolls back. A read model kept with the
/// generation of its key, read before it was worked out, is current while the generation stays the same: a change
/// committed while the work runs leaves it a generation behind rather than hiding the change.
/// </summary>
public abstract class CommittedChanges : SaveChangesInterceptor, IDbTransactionInterceptor
{
    /// <summary>The keys each context's saved changes will advance when its transaction commits.</summary>
    private readonly ConditionalWeakTable<DbContext, HashSet<object>> _pending = new();

    private readonly ConcurrentDictionary<object, long> _generations = new();

    public long GenerationOf(object key) => _generations.TryGetValue(key, out var generation) ? generation : 0;

    /// <summary>The keys whose read models the context's added, changed or removed entities make out of date.</summary>
    protected abstract IEnumerable<object> KeysChangedIn(DbContext context);

    /// <summary>For a change made without the change tracker (a bulk update), once it is committed.</summary>
    protected void Advance(object key) => _generations.AddOrUpdate(key, 1, (_, generation) => generation + 1);

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
        var keys = KeysChangedIn(context).ToList();
        // A context is used by one request at a time, so its own set needs no lock.
        if (keys.Count > 0) _pending.GetOrCreateValue(context).UnionWith(keys);
    }

    private void CountIfCommitted(DbContext? context)
    {
        if (context?.Database.CurrentTransaction is null) Count(context);
    }

    private void Count(DbContext? context)
    {
        if (context is null || !_pending.TryGetValue(context, out var keys)) return;
        _pending.Remove(context);
        foreach (var key in keys) Advance(key);
    }

    private void Forget(DbContext? context)
    {
        if (context is not null) _pending.Remove(context);
    }
}
