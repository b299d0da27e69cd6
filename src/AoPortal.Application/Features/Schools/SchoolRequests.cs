using AoPortal.Application.Abstractions;
using AoPortal.Application.Common;
using AoPortal.Domain.Candidates;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Application.Features.Schools;

/// <summary>
/// Candidates who named a school that is not on the provider's list, oldest first, for an admin to add or match it.
/// One query, however many there are.
/// </summary>
public static class SchoolRequests
{
    public sealed record Item(Guid CandidateId, string FirstNames, string LastName, string RequestedSchoolName, CandidateStatus Status, DateTime CreatedAt)
    {
        public string FullName => $"{FirstNames} {LastName}";
    }

    public sealed class Handler(IAppDbContext db)
    {
        public async Task<IReadOnlyList<Item>> Handle(CancellationToken cancellationToken) =>
            await Requests().OrderBy(c => c.CreatedAt).ThenBy(c => c.Id)
                .Select(c => new Item(c.Id, c.FirstNames, c.LastName, c.Application.RequestedSchoolName!, c.Status, c.CreatedAt))
                .ToListAsync(cancellationToken);

        public async Task<Item> One(Guid candidateId, CancellationToken cancellationToken) =>
            await Requests().Where(c => c.Id == candidateId)
                .Select(c => new Item(c.Id, c.FirstNames, c.LastName, c.Application.RequestedSchoolName!, c.Status, c.CreatedAt))
                .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("The school request");

        /// <summary>
        /// Only requests that can still be acted on: a decided application keeps its request as history. A candidate who
        /// asked for a school has no listed one, so the indexed column narrows the rows before the JSON is read.
        /// </summary>
        private IQueryable<Candidate> Requests() =>
            db.Candidates.AsNoTracking().Where(c => c.EmployingSchoolId == null && c.Application.RequestedSchoolName != null
                && (c.Status == CandidateStatus.ApplicationDraft || c.Status == CandidateStatus.Submitted || c.Status == CandidateStatus.EligibilityReview));
    }
}
