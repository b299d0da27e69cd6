using AoPortal.Application.Tests.Support;
using AoPortal.Domain.Assessments;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Common;
using AoPortal.Domain.Recommendations;
using AoPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Application.Tests.Reports;

/// <summary>
/// Rows the reports read, set up straight in the database: candidates with an assessor's name, the audit entries of
/// acceptance and withdrawal (in the words the lifecycle writes), confirmed or withdrawn decisions, and plans made through
/// the domain with milestones done on chosen days. The domain's own paths to these are tested elsewhere.
/// </summary>
public sealed class ReportRows(SqliteTestDatabase database)
{
    private static readonly Actor Admin = new(null, TestUsers.AdminName);
    private Guid? _schoolId;
    private Guid? _assessorUserId;

    public async Task<Guid> CandidateAsync(string? assessorName = null, string ageRange = "5-11", CandidateStatus? status = null, params string[] subjects)
    {
        _schoolId ??= (await new SchoolBuilder().SaveAsync(database)).Id;
        var candidate = await new CandidateBuilder(_schoolId.Value).ForAgeRange(ageRange, subjects).SaveAsync(database);
        await using var db = database.NewContext();
        await db.Candidates.Where(c => c.Id == candidate.Id).ExecuteUpdateAsync(set => set
            .SetProperty(c => c.AssessorName, assessorName)
            .SetProperty(c => c.Status, status ?? CandidateStatus.ApplicationDraft));
        return candidate.Id;
    }

    public Task AcceptedAsync(Guid candidateId, DateTime at) => AuditAsync(candidateId, "Application accepted", at);

    public Task WithdrawnAsync(Guid candidateId, DateTime at) => AuditAsync(candidateId, "Candidate withdrawn", at);

    public async Task AuditAsync(Guid candidateId, string action, DateTime at)
    {
        await using var db = database.NewContext();
        db.AuditEntries.Add(AuditEntry.Record(Admin, at, nameof(Candidate), candidateId, action, "Set up by the test"));
        await db.SaveChangesAsync();
    }

    public async Task DecisionAsync(
        Guid candidateId, RecommendationOutcome outcome, DateTime confirmedAt, RecommendationStatus status = RecommendationStatus.Confirmed, string proposedBy = "Sam Assessor")
    {
        var recommendation = Recommendation.Start(candidateId, confirmedAt.AddDays(-10));
        await using var db = database.NewContext();
        db.Recommendations.Add(recommendation);
        await db.SaveChangesAsync();
        await db.Recommendations.Where(r => r.Id == recommendation.Id).ExecuteUpdateAsync(set => set
            .SetProperty(r => r.Status, status)
            .SetProperty(r => r.Outcome, outcome)
            .SetProperty(r => r.ProposedByName, proposedBy)
            .SetProperty(r => r.ProposedAt, confirmedAt.AddDays(-1))
            .SetProperty(r => r.ConfirmedByName, "Morgan Moderator")
            .SetProperty(r => r.ConfirmedAt, confirmedAt));
    }

    /// <summary>
    /// A plan started on <paramref name="start"/> with milestones due the given numbers of weeks later, each done on the
    /// day given (null: not done). Returns the candidate's id.
    /// </summary>
    public async Task<Guid> PlanAsync(DateOnly start, params (int Week, DateOnly? DoneOn)[] milestones)
    {
        var candidateId = await CandidateAsync("Sam Assessor", status: CandidateStatus.Accepted);
        _assessorUserId ??= await StaffAccounts.CreateAsync(database);
        var assessor = new Actor(_assessorUserId, "Sam Assessor");
        var now = start.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc);
        await using var db = database.NewContext();
        var candidate = await db.Candidates.SingleAsync(c => c.Id == candidateId);
        await db.Candidates.Where(c => c.Id == candidateId).ExecuteUpdateAsync(set => set.SetProperty(c => c.AssessorName, (string?)null));
        candidate.AllocateAssessor(_assessorUserId.Value, "Sam Assessor", Admin, now);
        var weeks = milestones.Max(m => m.Week);
        var template = new PlanTemplate(1, Math.Max(1, weeks), 0, 90,
            milestones.Select((m, i) => new MilestoneTemplate(MilestoneKind.Other, $"Milestone {i + 1}", m.Week)), now);
        var (plan, _) = candidate.StartAssessment(template, start, new AgeRange(5, 11), [], assessor, now, start);
        var farFuture = new DateOnly(2100, 1, 1);
        var byTitle = plan.Milestones.ToDictionary(m => m.Title);
        for (var i = 0; i < milestones.Length; i++)
        {
            if (milestones[i].DoneOn is { } done) plan.CompleteMilestone(byTitle[$"Milestone {i + 1}"].Id, done, null, assessor, now, farFuture);
        }

        db.AssessmentPlans.Add(plan);
        await db.SaveChangesAsync();
        return candidateId;
    }

    /// <summary>Defers the candidate's assessment from a day: the clock is still paused.</summary>
    public async Task DeferAsync(Guid candidateId, DateOnly pausedOn)
    {
        await using var db = database.NewContext();
        var candidate = await db.Candidates.SingleAsync(c => c.Id == candidateId);
        var plan = await db.AssessmentPlans.SingleAsync(p => p.CandidateId == candidateId);
        candidate.Defer(plan, pausedOn, "Illness", Admin, pausedOn.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), pausedOn);
        await db.SaveChangesAsync();
    }

    /// <summary>A context that counts its SQL commands, when a counter is given.</summary>
    public static AoPortalDbContext Context(SqliteTestDatabase database, CommandCounter? counter = null)
    {
        var builder = new DbContextOptionsBuilder<AoPortalDbContext>();
        using (var probe = database.NewContext()) builder.UseProvider(DatabaseProvider.Sqlite, probe.Database.GetConnectionString()!);
        if (counter is not null) builder.AddInterceptors(counter);
        return new AoPortalDbContext(builder.Options);
    }

    public static DateTime Utc(int year, int month, int day, int hour = 0, int minute = 0, int second = 0) =>
        new(year, month, day, hour, minute, second, DateTimeKind.Utc);
}
