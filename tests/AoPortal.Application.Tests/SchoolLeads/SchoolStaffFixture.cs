using AoPortal.Application.Tests.Support;
using AoPortal.Domain.Assessments;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Common;
using AoPortal.Domain.Eligibility;
using AoPortal.Domain.Evidence;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Application.Tests.SchoolLeads;

/// <summary>
/// Staff of a school at the stages a school lead follows, made through the domain's own methods: in assessment with a
/// plan, shared and draft records, accepted evidence and evidence awaiting review; or submitted, waiting for support.
/// </summary>
public sealed class SchoolStaffFixture(SqliteTestDatabase database)
{
    public static readonly DateTime Now = FakeTimeProvider.DefaultNow.UtcDateTime;
    public static readonly DateOnly Today = DateOnly.FromDateTime(Now);
    private static readonly Actor Assessor = new(null, "Sam Assessor");

    public async Task<Guid> SchoolAsync(string name = "Oakfield Primary School") => (await new SchoolBuilder().Named(name).SaveAsync(database)).Id;

    /// <summary>In assessment since <paramref name="daysAgo"/> days, allocated to Sam Assessor.</summary>
    public async Task<Candidate> InAssessmentAsync(Guid schoolId, string lastName, int daysAgo = 14)
    {
        var assessorId = await StaffAccounts.CreateAsync(database);
        var candidate = await new CandidateBuilder(schoolId).Named("Ada", lastName).ForAgeRange("11-16", "Mathematics")
            .WithStoredStatus(CandidateStatus.Accepted).SaveAsync(database);
        await using var db = database.NewContext();
        var stored = await db.Candidates.SingleAsync(c => c.Id == candidate.Id);
        db.AuditEntries.Add(stored.AllocateAssessor(assessorId, "Sam Assessor", new Actor(null, "Admin"), Now));
        var template = await db.PlanTemplates.AsNoTracking().OrderByDescending(t => t.Version).FirstAsync();
        var (plan, audit) = stored.StartAssessment(template, Today.AddDays(-daysAgo), new AgeRange(11, 16), ["Mathematics"], Assessor, Now, Today);
        db.AssessmentPlans.Add(plan);
        db.AuditEntries.Add(audit);
        await db.SaveChangesAsync();
        return stored;
    }

    /// <summary>An observation judging the standard met, shared with the candidate or left as a draft.</summary>
    public async Task RecordAsync(Guid candidateId, string standard, bool share, string? targets = null)
    {
        await using var db = database.NewContext();
        var plan = await db.AssessmentPlans.AsNoTracking().SingleAsync(p => p.CandidateId == candidateId);
        var lesson = new LessonDetails("Brookfield School", YearGroup.Year9, "Mathematics", "Equations", null, null, targets, null);
        var content = RecordContent.Observation(Today.AddDays(-1), lesson, [new StandardJudgement(standard, StandardOutcome.Met, null, [])]);
        var (record, audit) = AssessmentRecord.Draft(plan, content, ["Brookfield School"], Assessor, Now, Today);
        db.AssessmentRecords.Add(record);
        db.AuditEntries.Add(audit);
        if (share) db.AuditEntries.Add(record.Share(Assessor, Now));
        await db.SaveChangesAsync();
    }

    /// <summary>A portfolio item for the standard, accepted or still awaiting review.</summary>
    public async Task EvidenceAsync(Candidate candidate, string standard, bool accept, string title = "Lesson plan")
    {
        var file = new EvidenceFile(Guid.NewGuid().ToString("N"), "plan.pdf", "application/pdf", 4096, new string('e', 64));
        var (item, audit) = EvidenceItem.Add(candidate.Id, EvidenceKind.LessonPlan, title, Today.AddDays(-1), null, null, [standard], true,
            [file], null, new Actor(candidate.UserId, candidate.FullName), Now, Today);
        item.RecordScan(file.Id, ScanResult.Clean);
        await using var db = database.NewContext();
        db.EvidenceItems.Add(item);
        db.AuditEntries.Add(audit);
        if (accept) db.AuditEntries.Add(item.Accept(Assessor, Now));
        await db.SaveChangesAsync();
    }

    /// <summary>Submitted; the school's support confirmed or not.</summary>
    public async Task<Candidate> SubmittedAsync(Guid schoolId, string lastName, bool supportConfirmed)
    {
        var candidate = await new CandidateBuilder(schoolId).Named("Ben", lastName).WithStoredStatus(CandidateStatus.Submitted).SaveAsync(database);
        if (supportConfirmed)
        {
            await using var db = database.NewContext();
            var stored = await db.Candidates.SingleAsync(c => c.Id == candidate.Id);
            db.AuditEntries.Add(stored.ConfirmSchoolSupport(new SchoolSupportConfirmation("We support them", "Mo Mentor", null, "Helen Head", Now),
                new Actor(Guid.NewGuid(), "Helen Head"), Now));
            await db.SaveChangesAsync();
        }

        return candidate;
    }
}
