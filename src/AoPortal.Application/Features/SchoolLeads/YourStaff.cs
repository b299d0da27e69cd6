using AoPortal.Application.Abstractions;
using AoPortal.Application.Common;
using AoPortal.Domain.Assessments;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Evidence;
using AoPortal.Domain.Schools;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Application.Features.SchoolLeads;

/// <summary>
/// A school lead's home: every member of staff employed at their school with where their assessment stands, 50 a page by
/// name, and the applications waiting for the school to confirm its support. Six queries however many staff there are:
/// the school with its staff counted, the page of candidates, then the page's plans, shared records and accepted
/// evidence, one query each, and the support confirmations waiting.
/// </summary>
public static class YourStaff
{
    public const int PageSize = 50;

    public sealed record Member(Guid Id, string FullName, string Email, CandidateStatus Status, string? AssessorName, StaffProgress Progress);

    /// <summary>An application the school lead is asked to support.</summary>
    public sealed record SupportWaiting(Guid Id, string FullName, CandidateStatus Status, DateTime? SubmittedAt);

    public sealed record Result(string SchoolName, PagedList<Member> Staff, IReadOnlyList<SupportWaiting> SupportWaitingFor);

    private sealed record SchoolRow(string Name, int Staff);

    private sealed record StaffRow(Guid Id, string FirstNames, string LastName, string Email, CandidateStatus Status, string? AssessorName);

    private sealed record JudgementsRow(Guid CandidateId, IReadOnlyList<StandardJudgement> Standards);

    private sealed record ItemStandardsRow(Guid CandidateId, string Standards);

    // Compiled once (ADR-018): the page reads little for each of its queries, so building each afresh was most of its cost.
    // Only the school's own staff: the same rule as CandidateVisibility, written out because the school is the subject here.
    private static readonly Func<DbContext, Guid, CancellationToken, Task<SchoolRow?>> SchoolWithStaffCount =
        EF.CompileAsyncQuery((DbContext db, Guid schoolId, CancellationToken _) => db.Set<School>()
            .Where(s => s.Id == schoolId)
            .Select(s => new SchoolRow(s.Name, db.Set<Candidate>().Count(c => c.EmployingSchoolId == schoolId)))
            .SingleOrDefault());

    private static readonly Func<DbContext, Guid, int, IAsyncEnumerable<StaffRow>> StaffPage =
        EF.CompileAsyncQuery((DbContext db, Guid schoolId, int skip) => db.Set<Candidate>().AsNoTracking()
            .Where(c => c.EmployingSchoolId == schoolId)
            .OrderBy(c => c.LastName).ThenBy(c => c.FirstNames).ThenBy(c => c.Id)
            .Skip(skip).Take(PageSize)
            .Select(c => new StaffRow(c.Id, c.FirstNames, c.LastName, c.Email, c.Status, c.AssessorName)));

    private static readonly Func<DbContext, List<Guid>, IAsyncEnumerable<AssessmentPlan>> PlansOf =
        EF.CompileAsyncQuery((DbContext db, List<Guid> ids) => db.Set<AssessmentPlan>().AsNoTracking()
            .Where(p => ids.Contains(p.CandidateId)));

    // Only the standards columns: the page counts standards evidenced, it never shows the items or records themselves.
    private static readonly Func<DbContext, List<Guid>, IAsyncEnumerable<JudgementsRow>> SharedJudgementsOf =
        EF.CompileAsyncQuery((DbContext db, List<Guid> ids) => db.Set<AssessmentRecord>().AsNoTracking()
            .Where(r => ids.Contains(r.CandidateId) && r.Status == RecordStatus.Shared)
            .Select(r => new JudgementsRow(r.CandidateId, r.Content.Standards)));

    private static readonly Func<DbContext, List<Guid>, IAsyncEnumerable<ItemStandardsRow>> AcceptedItemStandardsOf =
        EF.CompileAsyncQuery((DbContext db, List<Guid> ids) => db.Set<EvidenceItem>().AsNoTracking()
            .Where(i => ids.Contains(i.CandidateId) && i.Status == EvidenceStatus.Accepted)
            .Select(i => new ItemStandardsRow(i.CandidateId, i.Standards)));

    private static readonly Func<DbContext, Guid, IAsyncEnumerable<SupportWaiting>> SupportWaitingAt =
        EF.CompileAsyncQuery((DbContext db, Guid schoolId) => db.Set<Candidate>().AsNoTracking()
            .Where(c => c.EmployingSchoolId == schoolId)
            .Where(c => (c.Status == CandidateStatus.Submitted || c.Status == CandidateStatus.EligibilityReview) && c.Review.SchoolSupport == null)
            .OrderBy(c => c.Application.SubmittedAt).ThenBy(c => c.LastName).ThenBy(c => c.FirstNames)
            .Select(c => new SupportWaiting(c.Id, c.FirstNames + " " + c.LastName, c.Status, c.Application.SubmittedAt)));

    public sealed class Handler(IAppDbContext db, ICurrentUser currentUser, TimeProvider clock)
    {
        public async Task<Result> Handle(int page, CancellationToken cancellationToken)
        {
            var schoolId = currentUser.SchoolId ?? throw new NotFoundException("Your school");
            var school = await SchoolWithStaffCount(db.Context, schoolId, cancellationToken) ?? throw new NotFoundException("Your school");
            var today = UkDate.Today(clock);

            var current = Math.Clamp(page, 1, Math.Max(1, (school.Staff + PageSize - 1) / PageSize));
            var candidates = await StaffPage(db.Context, schoolId, (current - 1) * PageSize).ToListAsync(cancellationToken);
            var ids = candidates.Select(c => c.Id).ToList();

            var planOf = await PlansOf(db.Context, ids).ToDictionaryAsync(p => p.CandidateId, cancellationToken: cancellationToken);
            var judgementsOf = (await SharedJudgementsOf(db.Context, ids).ToListAsync(cancellationToken)).ToLookup(r => r.CandidateId, r => r.Standards);
            var itemStandardsOf = (await AcceptedItemStandardsOf(db.Context, ids).ToListAsync(cancellationToken)).ToLookup(i => i.CandidateId, i => i.Standards);
            var members = candidates.Select(c => new Member(c.Id, $"{c.FirstNames} {c.LastName}", c.Email, c.Status, c.AssessorName,
                    StaffProgress.Of(c.Status, planOf.GetValueOrDefault(c.Id), itemStandardsOf[c.Id], judgementsOf[c.Id].SelectMany(j => j), today)))
                .ToList();

            var waiting = await SupportWaitingAt(db.Context, schoolId).ToListAsync(cancellationToken);
            return new Result(school.Name, new PagedList<Member>(members, current, PageSize, school.Staff), waiting);
        }
    }
}
