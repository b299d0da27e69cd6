using AoPortal.Domain.Candidates;
using AoPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Web.Tests.Support;

/// <summary>
/// Candidates at the start of their assessment, made straight in the database through the domain's own methods:
/// accepted (<see cref="ReviewCandidates.AcceptAsync"/>), allocated to the demo assessor, and started on a day given.
/// They teach 11 to 16 at Oakfield (their employer) and had posts at Hillside School and Brookfield School.
/// </summary>
public static class AssessmentCandidates
{
    public static DateOnly Today(PortalFactory factory) => Application.Common.UkDate.Today(factory.Clock);

    public static async Task<ReviewCandidate> AcceptedAsync(PortalFactory factory)
    {
        var candidate = await ReviewCandidates.CreateAsync(factory);
        await ReviewCandidates.AcceptAsync(factory, candidate.Id);
        return candidate;
    }

    public static async Task<ReviewCandidate> AllocatedAsync(PortalFactory factory)
    {
        var candidate = await AcceptedAsync(factory);
        var samId = await factory.UserIdAsync(DemoAccounts.Assessor);
        await ReviewCandidates.ChangeAsync(factory, candidate.Id, (c, _, now) => [c.AllocateAssessor(samId, "Sam Assessor", ReviewCandidates.SetUpReviewer, now)]);
        return candidate;
    }

    /// <summary>Allocated, and started <paramref name="daysAgo"/> days ago on the provider's current plan template.</summary>
    public static async Task<ReviewCandidate> StartedAsync(PortalFactory factory, int daysAgo = 0)
    {
        var candidate = await AllocatedAsync(factory);
        var samId = await factory.UserIdAsync(DemoAccounts.Assessor);
        await factory.WithDbAsync(async db =>
        {
            var stored = await db.Candidates.SingleAsync(c => c.Id == candidate.Id);
            var template = await db.PlanTemplates.AsNoTracking().OrderByDescending(t => t.Version).FirstAsync();
            var (plan, audit) = stored.StartAssessment(template, Today(factory).AddDays(-daysAgo), new AgeRange(11, 16), ["Mathematics"],
                new Actor(samId, "Sam Assessor"), factory.Clock.GetUtcNow().UtcDateTime, Today(factory));
            db.AssessmentPlans.Add(plan);
            db.AuditEntries.Add(audit);
            await db.SaveChangesAsync();
        });
        return candidate;
    }
}
