using AoPortal.Application.Abstractions;
using AoPortal.Application.Common;
using AoPortal.Application.Features.Candidates;
using AoPortal.Domain.Assessments;
using AoPortal.Domain.Evidence;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Application.Features.Evidence;

/// <summary>
/// The standards coverage map of one candidate, the same for the candidate, their assessor and their school lead: only
/// accepted items and shared records count. Three queries, however much evidence there is, reading only the columns the
/// map needs: an item's standards and title, not its versions and reviews; a record's judgements, not its amendments.
/// </summary>
public static class GetCoverage
{
    public sealed record Result(
        Guid CandidateId, string CandidateName, IReadOnlyList<CoverageRow> Rows,
        IReadOnlyDictionary<Guid, string> ItemTitles, IReadOnlyDictionary<Guid, string> RecordTitles);

    public sealed class Handler(IAppDbContext db, ICurrentUser currentUser)
    {
        public async Task<Result> Handle(Guid candidateId, CancellationToken cancellationToken)
        {
            var candidate = await db.Candidates.AsNoTracking().Where(c => c.Id == candidateId).VisibleTo(currentUser)
                .Select(c => new { c.Id, c.FirstNames, c.LastName })
                .SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("The candidate");
            var items = await db.EvidenceItems.AsNoTracking()
                .Where(i => i.CandidateId == candidateId && i.Status == EvidenceStatus.Accepted)
                .Select(i => new { i.Title, Covering = new CoveringItem(i.Id, i.Standards, i.Status) })
                .ToListAsync(cancellationToken);
            var records = await db.AssessmentRecords.AsNoTracking()
                .Where(r => r.CandidateId == candidateId && r.Status == RecordStatus.Shared)
                .Select(r => new { r.Content.Date, Covering = new CoveringRecord(r.Id, r.Kind, r.Status, r.Content.Standards) })
                .ToListAsync(cancellationToken);
            return new Result(candidate.Id, $"{candidate.FirstNames} {candidate.LastName}",
                StandardsCoverage.Of(items.Select(i => i.Covering), records.Select(r => r.Covering)),
                items.ToDictionary(i => i.Covering.Id, i => i.Title),
                records.ToDictionary(r => r.Covering.Id, r => $"{AssessmentRecord.NameOf(r.Covering.Kind)}, {AssessmentPlan.Day(r.Date)}"));
        }
    }
}
