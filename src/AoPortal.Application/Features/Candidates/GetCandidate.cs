using AoPortal.Application.Abstractions;
using AoPortal.Application.Common;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Application.Features.Candidates;

/// <summary>A candidate's record and its history, for someone allowed to see it.</summary>
public static class GetCandidate
{
    public sealed record Result(
        Guid Id,
        Guid UserId,
        string FirstNames,
        string LastName,
        string Email,
        string? Trn,
        string? SchoolName,
        string? RequestedSchoolName,
        AgeRange? AgeRange,
        IReadOnlyList<string> Subjects,
        CandidateStatus Status,
        DateTime CreatedAt,
        string? NominatedByName)
    {
        public string FullName => $"{FirstNames} {LastName}";
        public string School => SchoolNames.Describe(SchoolName, RequestedSchoolName);
        public IReadOnlyList<AuditEntry> History { get; init; } = [];
    }

    public sealed class Handler(IAppDbContext db, ICurrentUser currentUser)
    {
        public Task<Result> ById(Guid candidateId, CancellationToken cancellationToken) =>
            Load(db.Candidates.Where(c => c.Id == candidateId), cancellationToken);

        /// <summary>The signed-in candidate's own record.</summary>
        public Task<Result> ForUser(Guid userId, CancellationToken cancellationToken) =>
            Load(db.Candidates.Where(c => c.UserId == userId), cancellationToken);

        private async Task<Result> Load(IQueryable<Candidate> which, CancellationToken cancellationToken)
        {
            var result = await which.AsNoTracking().VisibleTo(currentUser)
                .LeftJoin(db.Schools, c => c.EmployingSchoolId, s => (Guid?)s.Id, (c, s) => new Result(
                    c.Id, c.UserId, c.FirstNames, c.LastName, c.Email, c.Trn, s == null ? null : s.Name, c.Application.RequestedSchoolName,
                    c.IntendedAgeRange, c.Subjects, c.Status, c.CreatedAt, c.NominatedByName))
                .SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("The candidate");
            // The record's own entries and its account's (invitations, password set).
            var history = await db.AuditEntries.AsNoTracking()
                .Where(a => a.SubjectId == result.Id || a.SubjectId == result.UserId)
                .OrderByDescending(a => a.OccurredAt)
                .ToListAsync(cancellationToken);
            return result with { History = history };
        }
    }
}
