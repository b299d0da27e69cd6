using AoPortal.Domain.Applications;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Common;
using AoPortal.Domain.Eligibility;
using AoPortal.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Web.Tests.Support;

/// <summary>A candidate made for one review test: their record, and the account they sign in with (<see cref="TestAccounts.Password"/>).</summary>
public sealed record ReviewCandidate(Guid Id, Guid UserId, string Email, string FirstNames, string FullName);

/// <summary>
/// Makes candidates for the eligibility review tests, each with a unique name and email so tests do not depend on one
/// another. The record is made the way CreateCandidate makes it (account, then Candidate.Invite); the application is
/// filled and submitted through the candidate's own methods, straight in the database, as the candidate would through
/// the pages. Review steps a test only needs as a starting point can be taken the same way.
/// </summary>
public static class ReviewCandidates
{
    /// <summary>A provider user the set-up steps run as.</summary>
    public static readonly Actor SetUpReviewer = new(null, "Test set-up");

    /// <summary>
    /// A candidate at the school given (Oakfield, whose school lead is a demo account, unless told otherwise) with a
    /// complete application for the age range given, submitted unless <paramref name="submit"/> is false.
    /// </summary>
    public static async Task<ReviewCandidate> CreateAsync(
        PortalFactory factory, string school = DemoAccounts.OakfieldPrimary, string ageRange = "11-16", bool submit = true)
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var firstNames = "Rhiannon";
        var lastName = $"Reviewed-{suffix}";
        var email = TestAccounts.UniqueEmail("reviewed");
        var userId = await TestAccounts.CreateAsync(factory, $"{firstNames} {lastName}", email, PortalRole.Candidate);
        var schoolId = await factory.SchoolIdAsync(school);
        var range = AgeRange.Parse(ageRange);
        IReadOnlyList<string> subjects = range.NeedsSubject ? ["Mathematics"] : [];
        var candidateId = await factory.WithDbAsync(async db =>
        {
            var now = factory.Clock.GetUtcNow().UtcDateTime;
            var (candidate, audit) = Candidate.Invite(userId, new CandidateDetails(firstNames, lastName, email, schoolId, range, subjects), Actor.System, now);
            db.Candidates.Add(candidate);
            db.AuditEntries.Add(audit);
            Complete(candidate, DateOnly.FromDateTime(now));
            if (submit) db.AuditEntries.Add(candidate.Submit(new Actor(userId, candidate.FullName), now));
            await db.SaveChangesAsync();
            return candidate.Id;
        });
        return new ReviewCandidate(candidateId, userId, email, firstNames, $"{firstNames} {lastName}");
    }

    public static Task<Candidate> LoadAsync(PortalFactory factory, Guid candidateId) =>
        factory.WithDbAsync(db => db.Candidates.AsNoTracking().SingleAsync(c => c.Id == candidateId));

    public static Task<int> AuditCountAsync(PortalFactory factory, Guid candidateId, string action) =>
        factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.SubjectId == candidateId && a.Action == action));

    /// <summary>Takes review steps straight in the database, for tests that only need them as a starting point.</summary>
    public static Task ChangeAsync(PortalFactory factory, Guid candidateId, Func<Candidate, EligibilityPolicy, DateTime, IEnumerable<AuditEntry>> change) =>
        factory.WithDbAsync(async db =>
        {
            var candidate = await db.Candidates.SingleAsync(c => c.Id == candidateId);
            var policy = await db.EligibilityPolicies.AsNoTracking().OrderByDescending(p => p.Version).FirstAsync();
            db.AuditEntries.AddRange(change(candidate, policy, factory.Clock.GetUtcNow().UtcDateTime).ToList());
            await db.SaveChangesAsync();
        });

    /// <summary>Judges the requirements given as met, straight in the database.</summary>
    public static Task JudgeMetAsync(PortalFactory factory, Guid candidateId, params EligibilityRequirement[] requirements) =>
        ChangeAsync(factory, candidateId, (candidate, policy, now) =>
            requirements.SelectMany(r => candidate.JudgeRequirement(r, JudgementOutcome.Met, null, policy, SetUpReviewer, now)).ToList());

    /// <summary>Records safeguarding checks with the DBS number given, straight in the database.</summary>
    public static Task RecordChecksAsync(PortalFactory factory, Guid candidateId, string dbsNumber) =>
        ChangeAsync(factory, candidateId, (candidate, _, now) => candidate.RecordSafeguardingChecks(
            new SafeguardingChecks(dbsNumber, new DateOnly(2025, 3, 27), "Alex Admin", new DateOnly(2025, 3, 28), null, DateOnly.FromDateTime(now)),
            SetUpReviewer, now));

    /// <summary>
    /// Takes a submitted candidate through the whole review to acceptance, straight in the database: checks recorded,
    /// support confirmed by the school lead, every requirement that applies judged met, accepted.
    /// </summary>
    public static Task AcceptAsync(PortalFactory factory, Guid candidateId) =>
        ChangeAsync(factory, candidateId, (candidate, policy, now) =>
        {
            var today = DateOnly.FromDateTime(now);
            var audit = new List<AuditEntry>();
            audit.AddRange(candidate.RecordSafeguardingChecks(
                new SafeguardingChecks("001234567890", new DateOnly(2025, 3, 27), "Alex Admin", new DateOnly(2025, 3, 28), null, today), SetUpReviewer, now));
            audit.Add(candidate.ConfirmSchoolSupport(new SchoolSupportConfirmation("We support this assessment.", "Jo Mentor", null, "Helen Head", now), SetUpReviewer, now));
            foreach (var result in EligibilityEvaluator.Evaluate(candidate, policy, today)
                         .Where(r => r.Status != ComputedStatus.NotApplicable && r.Requirement != EligibilityRequirement.SchoolSupport))
                audit.AddRange(candidate.JudgeRequirement(result.Requirement, JudgementOutcome.Met, null, policy, SetUpReviewer, now));
            audit.Add(candidate.Accept(policy, SetUpReviewer, now, today));
            return audit;
        });

    /// <summary>A complete application that meets every computed requirement: two schools, full-responsibility teaching since 2019.</summary>
    private static void Complete(Candidate candidate, DateOnly today)
    {
        var range = candidate.IntendedAgeRange!.Value;
        candidate.SavePersonalDetails(new PersonalDetails(candidate.FirstNames, candidate.LastName, null, new DateOnly(1988, 6, 14),
            "01632 960 001", "1 High Street, Leeds", "LS1 1AA", null, "British", today));
        candidate.SaveDegree(new Degree("History", "University of Leeds", "United Kingdom", 2010, "2:1", null, today));
        foreach (var subject in ApplicationProgress.RequiredGcses(range))
            candidate.SaveGcse(new GcseResult(subject, true, null, "6", 2005, today));
        candidate.SaveExperience(new ExperienceEntry(Guid.NewGuid(), "Hillside School", "England", "Class teacher",
            new DateOnly(2019, 9, 1), new DateOnly(2022, 8, 31), 1m, new AgesTaught(range.FromAge, range.ToAge), true, today));
        candidate.SaveExperience(new ExperienceEntry(Guid.NewGuid(), "Brookfield School", "England", "Class teacher",
            new DateOnly(2022, 9, 1), null, 1m, new AgesTaught(range.FromAge, range.ToAge), true, today));
        candidate.ConfirmExperienceComplete();
        candidate.SaveIntendedAssessment(range, candidate.Subjects);
        candidate.SaveDeclarations(new Declarations(HealthDeclaration.NoConditions, null, false, null, true));
        candidate.SaveSchoolSupport(candidate.EmployingSchoolId!.Value, null);
    }
}
