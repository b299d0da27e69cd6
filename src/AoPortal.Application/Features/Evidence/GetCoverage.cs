using AoPortal.Application.Abstractions;
using AoPortal.Application.Common;
using AoPortal.Application.Features.Candidates;
using AoPortal.Domain.Assessments;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Evidence;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Application.Features.Evidence;

/// <summary>
/// The standards coverage map of one candidate, the same for the candidate, their assessor and their school lead: only
/// accepted items and shared records count. Three queries, however much evidence there is, reading only the columns the
/// map needs: an item's standards and title, not its versions and reviews; a record's judgements, not its amendments.
/// The queries are compiled once (ADR-018): the map is opened often and reads little, so building each query afresh
/// was most of its cost. The map itself is kept until candidates' progress changes (<see cref="IProgressCache"/>): who
/// may see it is checked against the candidate read on every view. Each map worked out has an edition of its own, so
/// the page can keep what it rendered from it for as long as the map is kept.
/// </summary>
public static class GetCoverage
{
    /// <param name="Edition">New each time the map is worked out afresh; the same while it is kept.</param>
    public sealed record Result(
        Guid CandidateId, string CandidateName, IReadOnlyList<CoverageRow> Rows,
        IReadOnlyDictionary<Guid, string> ItemTitles, IReadOnlyDictionary<Guid, string> RecordTitles, Guid Edition);

    /// <summary>The map and the names of what it cites: the same whoever looks at it.</summary>
    private sealed record Map(
        IReadOnlyList<CoverageRow> Rows, IReadOnlyDictionary<Guid, string> ItemTitles, IReadOnlyDictionary<Guid, string> RecordTitles, Guid Edition);

    private sealed record CandidateRow(string FirstNames, string LastName, Guid? EmployingSchoolId, Guid UserId);

    private sealed record ItemRow(string Title, CoveringItem Covering);

    private sealed record RecordRow(DateOnly Date, CoveringRecord Covering);

    private static readonly Func<DbContext, Guid, CancellationToken, Task<CandidateRow?>> CandidateById =
        EF.CompileAsyncQuery((DbContext db, Guid id, CancellationToken _) => db.Set<Candidate>().AsNoTracking()
            .Where(c => c.Id == id)
            .Select(c => new CandidateRow(c.FirstNames, c.LastName, c.EmployingSchoolId, c.UserId))
            .SingleOrDefault());

    private static readonly Func<DbContext, Guid, IAsyncEnumerable<ItemRow>> AcceptedItems =
        EF.CompileAsyncQuery((DbContext db, Guid candidateId) => db.Set<EvidenceItem>().AsNoTracking()
            .Where(i => i.CandidateId == candidateId && i.Status == EvidenceStatus.Accepted)
            .Select(i => new ItemRow(i.Title, new CoveringItem(i.Id, i.Standards, i.Status))));

    private static readonly Func<DbContext, Guid, IAsyncEnumerable<RecordRow>> SharedRecords =
        EF.CompileAsyncQuery((DbContext db, Guid candidateId) => db.Set<AssessmentRecord>().AsNoTracking()
            .Where(r => r.CandidateId == candidateId && r.Status == RecordStatus.Shared)
            .Select(r => new RecordRow(r.Content.Date, new CoveringRecord(r.Id, r.Kind, r.Status, r.Content.Standards))));

    public sealed class Handler(IAppDbContext db, ICurrentUser currentUser, IProgressCache progress)
    {
        public async Task<Result> Handle(Guid candidateId, CancellationToken cancellationToken)
        {
            var candidate = await CandidateById(db.Context, candidateId, cancellationToken);
            if (candidate is null || !currentUser.MaySee(candidate.EmployingSchoolId, candidate.UserId)) throw new NotFoundException("The candidate");
            var map = await progress.GetOrAddAsync($"coverage of {candidateId}", ct => WorkOutAsync(candidateId, ct), cancellationToken);
            return new Result(candidateId, $"{candidate.FirstNames} {candidate.LastName}", map.Rows, map.ItemTitles, map.RecordTitles, map.Edition);
        }

        private async Task<Map> WorkOutAsync(Guid candidateId, CancellationToken cancellationToken)
        {
            var items = await AcceptedItems(db.Context, candidateId).ToListAsync(cancellationToken);
            var records = await SharedRecords(db.Context, candidateId).ToListAsync(cancellationToken);
            return new Map(StandardsCoverage.Of(items.Select(i => i.Covering), records.Select(r => r.Covering)),
                items.ToDictionary(i => i.Covering.Id, i => i.Title),
                records.ToDictionary(r => r.Covering.Id, r => $"{AssessmentRecord.NameOf(r.Covering.Kind)}, {AssessmentPlan.Day(r.Date)}"),
                Guid.NewGuid());
        }
    }
}
