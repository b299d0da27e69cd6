using AoPortal.Application.Abstractions;
using AoPortal.Application.Common;
using AoPortal.Application.Features.Candidates;
using AoPortal.Domain.Assessments;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Common;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Application.Features.Assessments;

/// <summary>
/// Observations and professional discussions: reading them (provider staff see drafts; the candidate and their school lead
/// only what is shared), drafting, changing, sharing and amending them (the candidate's assessor, a moderator or an admin),
/// and the candidate's reflection.
/// </summary>
public static class AssessmentRecords
{
    public sealed record Overview(GetPlan.Result Plan, IReadOnlyList<AssessmentRecord> Records, ObservationCoverage? Coverage, IReadOnlyList<string> Schools);

    public sealed record One(GetPlan.Result Plan, AssessmentRecord Record, IReadOnlyList<string> Schools);

    /// <summary>The candidate's reflection on a shared record.</summary>
    public sealed class Reflection
    {
        public string? Text { get; set; }
        public Guid Version { get; set; }
    }

    public sealed class ReflectionValidator : AbstractValidator<Reflection>
    {
        public ReflectionValidator() =>
            RuleFor(r => r.Text).RequiredText("Enter your reflection", "Your reflection", 8000);
    }

    public sealed class Handler(IAppDbContext db, ICurrentUser currentUser, GetPlan.Handler plans, IEmailSender email, TimeProvider clock)
    {
        /// <summary>The candidate's records, newest first, and what the observations cover. Three queries.</summary>
        public async Task<Overview> ListAsync(Guid candidateId, CancellationToken cancellationToken)
        {
            var plan = await plans.Handle(candidateId, cancellationToken);
            var records = await Visible(candidateId).ToListAsync(cancellationToken);
            var ordered = records.OrderByDescending(r => r.Content.Date).ThenByDescending(r => r.RecordedAt).ToList();
            var coverage = plan.Plan is { } p ? ObservationCoverage.Of(p.AgeRange, ordered) : null;
            return new Overview(plan, ordered, coverage, plan.CanManage ? await SchoolsOfAsync(candidateId, cancellationToken) : []);
        }

        public async Task<One> GetAsync(Guid candidateId, Guid recordId, CancellationToken cancellationToken)
        {
            var plan = await plans.Handle(candidateId, cancellationToken);
            var record = await Visible(candidateId).SingleOrDefaultAsync(r => r.Id == recordId, cancellationToken)
                ?? throw new NotFoundException("The record");
            return new One(plan, record, plan.CanManage ? await SchoolsOfAsync(candidateId, cancellationToken) : []);
        }

        /// <summary>The schools an observation may be at: where the candidate works, and the settings in their application.</summary>
        public async Task<IReadOnlyList<string>> SchoolsOfAsync(Guid candidateId, CancellationToken cancellationToken)
        {
            var candidate = await db.Candidates.AsNoTracking().Where(c => c.Id == candidateId)
                .LeftJoin(db.Schools, c => c.EmployingSchoolId, s => (Guid?)s.Id, (c, s) => new { Employer = s == null ? null : s.Name, c.Application })
                .SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("The candidate");
            return candidate.Application.Experience.Select(e => e.SettingName)
                .Prepend(candidate.Employer)
                .OfType<string>()
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .ToList();
        }

        public async Task<Guid> DraftAsync(Guid candidateId, RecordForm form, CancellationToken cancellationToken)
        {
            var (candidate, plan) = await LoadForChangeAsync(candidateId, cancellationToken);
            if (await db.EarlierResultAsync(form.SubmissionId, currentUser, cancellationToken) is { } earlier) return earlier;
            var (record, audit) = AssessmentRecord.Draft(plan, form.ToContent(), await SchoolsOfAsync(candidate.Id, cancellationToken),
                currentUser.Actor, Now, Today);
            db.AssessmentRecords.Add(record);
            db.AuditEntries.Add(audit);
            return await db.SaveOnceAsync(form.SubmissionId, record.Id, currentUser, Now, cancellationToken) ?? record.Id;
        }

        /// <summary>Changes a draft, or amends a shared record with the reason given.</summary>
        public async Task SaveAsync(Guid candidateId, Guid recordId, RecordForm form, CancellationToken cancellationToken)
        {
            var (candidate, plan) = await LoadForChangeAsync(candidateId, cancellationToken);
            var record = await TrackedAsync(candidateId, recordId, form.Version, cancellationToken);
            var schools = await SchoolsOfAsync(candidate.Id, cancellationToken);
            db.AuditEntries.Add(record.Status == RecordStatus.Draft
                ? record.Update(plan, form.ToContent(), schools, currentUser.Actor, Now, Today)
                : record.Amend(plan, form.ToContent(), form.AmendmentReason ?? "", schools, currentUser.Actor, Now, Today));
            await db.SaveChangesAsync(cancellationToken);
        }

        /// <summary>Shares a draft with the candidate, who is told by email.</summary>
        public async Task ShareAsync(Guid candidateId, Guid recordId, Guid version, CancellationToken cancellationToken)
        {
            var (candidate, _) = await LoadForChangeAsync(candidateId, cancellationToken);
            var record = await TrackedAsync(candidateId, recordId, version, cancellationToken);
            db.AuditEntries.Add(record.Share(currentUser.Actor, Now));
            await db.SaveChangesAsync(cancellationToken);
            await email.SendAsync(new EmailMessage(candidate.Email, $"{record.Name} feedback is ready to read",
                $"""
                Dear {candidate.FirstNames},

                {currentUser.Actor.Name} has shared the {record.Name.ToLowerInvariant()} of {AssessmentPlan.Day(record.Content.Date)} with you.

                Sign in to the Assessment Only portal to read it and add your reflection.
                """) { Link = $"/candidates/{candidateId}/assessment/records/{record.Id}" }, cancellationToken);
        }

        /// <summary>The candidate adds or changes their reflection on one of their own shared records.</summary>
        public async Task ReflectAsync(Guid recordId, Reflection reflection, CancellationToken cancellationToken)
        {
            var userId = currentUser.UserId ?? Guid.Empty;
            var candidateId = await db.Candidates.Where(c => c.UserId == userId).Select(c => (Guid?)c.Id).SingleOrDefaultAsync(cancellationToken)
                ?? throw new NotFoundException("The record");
            var record = await db.AssessmentRecords.SingleOrDefaultAsync(r => r.Id == recordId && r.CandidateId == candidateId && r.Status == RecordStatus.Shared, cancellationToken)
                ?? throw new NotFoundException("The record");
            db.ExpectVersion(record, reflection.Version);
            db.AuditEntries.Add(record.Reflect(reflection.Text!, currentUser.Actor, Now));
            await db.SaveChangesAsync(cancellationToken);
        }

        private DateTime Now => clock.GetUtcNow().UtcDateTime;
        private DateOnly Today => UkDate.Today(clock);

        /// <summary>Provider staff see every record of a candidate they may see; anyone else only the shared ones.</summary>
        private IQueryable<AssessmentRecord> Visible(Guid candidateId)
        {
            var candidates = db.Candidates.Where(c => c.Id == candidateId).VisibleTo(currentUser).Select(c => c.Id);
            var records = db.AssessmentRecords.AsNoTracking().Where(r => candidates.Contains(r.CandidateId));
            return currentUser.IsProviderStaff() ? records : records.Where(r => r.Status == RecordStatus.Shared);
        }

        private async Task<(Candidate Candidate, AssessmentPlan Plan)> LoadForChangeAsync(Guid candidateId, CancellationToken cancellationToken)
        {
            var candidate = await db.Candidates.AsNoTracking().SingleOrDefaultAsync(c => c.Id == candidateId, cancellationToken)
                ?? throw new NotFoundException("The candidate");
            currentUser.EnsureCanManage(candidate);
            var plan = await db.AssessmentPlans.AsNoTracking().SingleOrDefaultAsync(p => p.CandidateId == candidateId, cancellationToken)
                ?? throw new DomainRuleException("The assessment has not started yet");
            return (candidate, plan);
        }

        private async Task<AssessmentRecord> TrackedAsync(Guid candidateId, Guid recordId, Guid version, CancellationToken cancellationToken)
        {
            var record = await db.AssessmentRecords.SingleOrDefaultAsync(r => r.Id == recordId && r.CandidateId == candidateId, cancellationToken)
                ?? throw new NotFoundException("The record");
            db.ExpectVersion(record, version);
            return record;
        }
    }
}
