using AoPortal.Application.Abstractions;
using AoPortal.Application.Common;
using AoPortal.Domain.Assessments;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Evidence;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Application.Features.SchoolLeads;

/// <summary>
/// A school lead's home: every member of staff employed at their school with where their assessment stands, 50 a page by
/// name, and the applications waiting for the school to confirm its support. Seven queries however many staff there are:
/// the school, the count, the page of candidates, then the page's plans, shared records and accepted evidence, one query
/// each, and the support confirmations waiting.
/// </summary>
public static class YourStaff
{
    public const int PageSize = 50;

    public sealed record Member(Guid Id, string FullName, string Email, CandidateStatus Status, string? AssessorName, StaffProgress Progress);

    /// <summary>An application the school lead is asked to support.</summary>
    public sealed record SupportWaiting(Guid Id, string FullName, CandidateStatus Status, DateTime? SubmittedAt);

    public sealed record Result(string SchoolName, PagedList<Member> Staff, IReadOnlyList<SupportWaiting> SupportWaitingFor);

    public sealed class Handler(IAppDbContext db, ICurrentUser currentUser, TimeProvider clock)
    {
        public async Task<Result> Handle(int page, CancellationToken cancellationToken)
        {
            var schoolId = currentUser.SchoolId ?? throw new NotFoundException("Your school");
            var schoolName = await db.Schools.AsNoTracking().Where(s => s.Id == schoolId).Select(s => s.Name).SingleOrDefaultAsync(cancellationToken)
                ?? throw new NotFoundException("Your school");
            var today = UkDate.Today(clock);

            // Only the school's own staff: the same rule as CandidateVisibility, written out because the school is the subject here.
            var staff = db.Candidates.AsNoTracking().Where(c => c.EmployingSchoolId == schoolId);
            var total = await staff.CountAsync(cancellationToken);
            var current = Math.Clamp(page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
            var candidates = await staff
                .OrderBy(c => c.LastName).ThenBy(c => c.FirstNames).ThenBy(c => c.Id)
                .Skip((current - 1) * PageSize).Take(PageSize)
                .Select(c => new { c.Id, c.FirstNames, c.LastName, c.Email, c.Status, c.AssessorName })
                .ToListAsync(cancellationToken);
            var ids = candidates.Select(c => c.Id).ToList();

            var plans = await db.AssessmentPlans.AsNoTracking()
                .Where(p => ids.Contains(p.CandidateId)).ToListAsync(cancellationToken);
            // Only the standards columns: the page counts standards evidenced, it never shows the items or records themselves.
            var judgements = await db.AssessmentRecords.AsNoTracking()
                .Where(r => ids.Contains(r.CandidateId) && r.Status == RecordStatus.Shared)
                .Select(r => new { r.CandidateId, r.Content.Standards }).ToListAsync(cancellationToken);
            var itemStandards = await db.EvidenceItems.AsNoTracking()
                .Where(i => ids.Contains(i.CandidateId) && i.Status == EvidenceStatus.Accepted)
                .Select(i => new { i.CandidateId, i.Standards }).ToListAsync(cancellationToken);

            var planOf = plans.ToDictionary(p => p.CandidateId);
            var judgementsOf = judgements.ToLookup(r => r.CandidateId, r => r.Standards);
            var itemStandardsOf = itemStandards.ToLookup(i => i.CandidateId, i => i.Standards);
            var members = candidates.Select(c => new Member(c.Id, $"{c.FirstNames} {c.LastName}", c.Email, c.Status, c.AssessorName,
                    StaffProgress.Of(c.Status, planOf.GetValueOrDefault(c.Id), itemStandardsOf[c.Id], judgementsOf[c.Id].SelectMany(j => j), today)))
                .ToList();

            var waiting = await staff
                .Where(c => (c.Status == CandidateStatus.Submitted || c.Status == CandidateStatus.EligibilityReview) && c.Review.SchoolSupport == null)
                .OrderBy(c => c.Application.SubmittedAt).ThenBy(c => c.LastName).ThenBy(c => c.FirstNames)
                .Select(c => new SupportWaiting(c.Id, c.FirstNames + " " + c.LastName, c.Status, c.Application.SubmittedAt))
                .ToListAsync(cancellationToken);

            return new Result(schoolName, new PagedList<Member>(members, current, PageSize, total), waiting);
        }
    }
}
