using AoPortal.Application.Abstractions;
using AoPortal.Application.Common;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Common;
using AoPortal.Domain.Schools;
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

    private sealed record Row(Result Candidate, Guid? EmployingSchoolId);

    // Compiled once (ADR-018): the record is the page staff open most for one candidate. Given an id or an account
    // (the other null, which EF leaves out of the SQL); who may see it is checked on the candidate read.
    private static readonly Func<DbContext, Guid?, Guid?, CancellationToken, Task<Row?>> CandidateBy =
        EF.CompileAsyncQuery((DbContext db, Guid? candidateId, Guid? userId, CancellationToken _) => db.Set<Candidate>().AsNoTracking()
            .Where(c => (candidateId == null || c.Id == candidateId) && (userId == null || c.UserId == userId))
            .LeftJoin(db.Set<School>(), c => c.EmployingSchoolId, s => (Guid?)s.Id, (c, s) => new Row(new Result(
                c.Id, c.UserId, c.FirstNames, c.LastName, c.Email, c.Trn, s == null ? null : s.Name, c.Application.RequestedSchoolName,
                c.IntendedAgeRange, c.Subjects, c.Status, c.CreatedAt, c.NominatedByName), c.EmployingSchoolId))
            .SingleOrDefault());

    // The record's own entries and its account's (invitations, password set).
    private static readonly Func<DbContext, Guid, Guid, IAsyncEnumerable<AuditEntry>> HistoryOf =
        EF.CompileAsyncQuery<DbContext, Guid, Guid, AuditEntry>((db, candidateId, userId) => db.Set<AuditEntry>().AsNoTracking()
            .Where(a => a.SubjectId == candidateId || a.SubjectId == userId)
            .OrderByDescending(a => a.OccurredAt));

    public sealed class Handler(IAppDbContext db, ICurrentUser currentUser)
    {
        public Task<Result> ById(Guid candidateId, CancellationToken cancellationToken) => Load(candidateId, null, cancellationToken);

        /// <summary>The signed-in candidate's own record.</summary>
        public Task<Result> ForUser(Guid userId, CancellationToken cancellationToken) => Load(null, userId, cancellationToken);

        private async Task<Result> Load(Guid? candidateId, Guid? userId, CancellationToken cancellationToken)
        {
            var row = await CandidateBy(db.Context, candidateId, userId, cancellationToken);
            if (row is null || !currentUser.MaySee(row.EmployingSchoolId, row.Candidate.UserId)) throw new NotFoundException("The candidate");
            var history = await HistoryOf(db.Context, row.Candidate.Id, row.Candidate.UserId).ToListAsync(cancellationToken);
            return row.Candidate with { History = history };
        }
    }
}
