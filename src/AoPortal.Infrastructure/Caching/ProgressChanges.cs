using AoPortal.Domain.Assessments;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Evidence;
using AoPortal.Domain.Recommendations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace AoPortal.Infrastructure.Caching;

/// <summary>
/// Counts the committed changes to candidates' progress, for <see cref="ProgressCache"/>: <see cref="Generation"/>
/// advances when a save adding, changing or removing a candidate, plan, record or evidence item or a recommendation is
/// committed.
/// </summary>
public sealed class ProgressChanges : CommittedChanges
{
    private static readonly object Everyone = new();

    private static readonly Type[] Watched =
        [typeof(Candidate), typeof(AssessmentPlan), typeof(AssessmentRecord), typeof(EvidenceItem), typeof(Recommendation)];

    public long Generation => GenerationOf(Everyone);

    protected override IEnumerable<object> KeysChangedIn(DbContext context)
    {
        var changed = context.ChangeTracker.Entries()
            .Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && Watched.Contains(Root(e.Metadata).ClrType));
        return changed ? [Everyone] : [];
    }

    /// <summary>The entity a row belongs to: a milestone or an evidence version (stored inside its owner's JSON) may change alone.</summary>
    private static IReadOnlyEntityType Root(IReadOnlyEntityType type) =>
        type.FindOwnership() is { } ownership ? Root(ownership.PrincipalEntityType) : type;
}
