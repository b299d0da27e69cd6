using AoPortal.Application.Abstractions;
using AoPortal.Domain.Applications;
using AoPortal.Domain.Eligibility;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Common;
using AoPortal.Domain.Schools;
using AoPortal.Domain.Users;
using AoPortal.Infrastructure.Identity;
using AoPortal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace AoPortal.Infrastructure.Seeding;

/// <summary>
/// Demo schools, staff and candidates for development and trying the portal out. Each record is looked up
/// before it is made, so running it again changes nothing. Demo accounts share <see cref="DemoOptions.Password"/>.
/// </summary>
public sealed class DemoDataSeeder(
    AoPortalDbContext db,
    IUserAccounts accounts,
    UserManager<ApplicationUser> userManager,
    TimeProvider clock,
    ILogger<DemoDataSeeder> logger)
{
    public const string PrimaryUrn = "100001";
    public const string SecondaryUrn = "100002";

    private static readonly (string First, string Last, string Email, string Urn, string AgeRange, string[] Subjects, bool CanSignIn, DemoStage Stage)[] DemoCandidates =
    [
        ("Priya", "Sharma", "candidate@demo.test", PrimaryUrn, "5-11", [], true, DemoStage.Invited),
        ("Tom", "Baker", "tom.baker@demo.test", PrimaryUrn, "3-7", [], false, DemoStage.Invited),
        ("Aisha", "Okafor", "aisha.okafor@demo.test", PrimaryUrn, "7-11", [], false, DemoStage.ApplicationStarted),
        ("Daniel", "Evans", "daniel.evans@demo.test", SecondaryUrn, "11-16", ["Mathematics"], false, DemoStage.Submitted),
        ("Sofia", "Rossi", "sofia.rossi@demo.test", SecondaryUrn, "11-18", ["Modern foreign languages", "Italian"], false, DemoStage.Returned),
        ("Kwame", "Mensah", "kwame.mensah@demo.test", SecondaryUrn, "14-19", ["Physics"], false, DemoStage.Accepted),
    ];

    /// <summary>How far along the lifecycle a demo candidate is seeded.</summary>
    private enum DemoStage
    {
        Invited,
        ApplicationStarted,
        Submitted,
        Returned,
        Accepted,
    }

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var primary = await EnsureSchool(new SchoolDetails(PrimaryUrn, "Oakfield Primary School", SchoolPhase.Primary, "Leeds", "LS6 2AB", School.England), cancellationToken);
        var secondary = await EnsureSchool(new SchoolDetails(SecondaryUrn, "Riverside Academy", SchoolPhase.Secondary, "Bristol, City of", "BS3 4QT", School.England), cancellationToken);
        await EnsureSchool(new SchoolDetails(null, "British International School of Lisbon", SchoolPhase.AllThrough, null, null, "Portugal"), cancellationToken);

        await StaffUser("Alex Admin", "admin@demo.test", [PortalRole.Admin], null, cancellationToken);
        await StaffUser("Sam Assessor", "assessor@demo.test", [PortalRole.Assessor], null, cancellationToken);
        await StaffUser("Morgan Moderator", "moderator@demo.test", [PortalRole.Assessor, PortalRole.Moderator], null, cancellationToken);
        await StaffUser("Helen Head", "schoollead@demo.test", [PortalRole.SchoolLead], primary.Id, cancellationToken);

        var schools = new Dictionary<string, Guid> { [PrimaryUrn] = primary.Id, [SecondaryUrn] = secondary.Id };
        foreach (var c in DemoCandidates)
        {
            await CandidateRecord(c.First, c.Last, c.Email, schools[c.Urn], AgeRange.Parse(c.AgeRange), c.Subjects, c.CanSignIn, c.Stage, cancellationToken);
        }

        await RegisteredCandidate("Grace", "Adeyemi", "grace.adeyemi@demo.test", "St Mary's Primary School, Leeds", cancellationToken);
    }

    /// <summary>Someone who registered from the sign-in page and named a school that is not on the list yet.</summary>
    private async Task RegisteredCandidate(string first, string last, string email, string requestedSchool, CancellationToken cancellationToken)
    {
        if (await accounts.EmailInUseAsync(email, cancellationToken)) return;
        await db.InTransactionAsync(async ct =>
        {
            var userId = await accounts.CreateAsync(new NewUserAccount($"{first} {last}", email, [PortalRole.Candidate], null), ct);
            var (candidate, audit) = Candidate.Register(userId, first, last, email, Now);
            candidate.SaveSchoolSupport(null, requestedSchool);
            db.Candidates.Add(candidate);
            db.AuditEntries.Add(audit);
            await db.SaveChangesAsync(ct);
        }, cancellationToken);
    }

    private async Task<School> EnsureSchool(SchoolDetails details, CancellationToken cancellationToken)
    {
        var existing = await db.Schools.SingleOrDefaultAsync(s => s.Name == details.Name, cancellationToken);
        if (existing is not null) return existing;
        var school = School.Create(details);
        db.Schools.Add(school);
        db.AuditEntries.Add(AuditEntry.Record(Actor.System, Now, nameof(School), school.Id, "School added", "Demo data"));
        await db.SaveChangesAsync(cancellationToken);
        return school;
    }

    private async Task StaffUser(string name, string email, PortalRole[] roles, Guid? schoolId, CancellationToken cancellationToken)
    {
        if (await accounts.EmailInUseAsync(email, cancellationToken)) return;
        var userId = await accounts.CreateAsync(new NewUserAccount(name, email, roles, schoolId), cancellationToken);
        await SetDemoPassword(userId);
        logger.LogInformation("Demo user {UserId} created", userId);
    }

    private async Task CandidateRecord(string first, string last, string email, Guid schoolId, AgeRange ageRange, string[] subjects, bool canSignIn, DemoStage stage, CancellationToken cancellationToken)
    {
        if (await accounts.EmailInUseAsync(email, cancellationToken)) return;
        await db.InTransactionAsync(async ct =>
        {
            var userId = await accounts.CreateAsync(new NewUserAccount($"{first} {last}", email, [PortalRole.Candidate], null), ct);
            var (candidate, audit) = Candidate.Invite(userId, new CandidateDetails(first, last, email, schoolId, ageRange, subjects), Actor.System, Now);
            db.Candidates.Add(candidate);
            db.AuditEntries.Add(audit);
            if (stage >= DemoStage.ApplicationStarted) FillApplication(candidate, complete: stage >= DemoStage.Submitted);
            if (stage >= DemoStage.Submitted) db.AuditEntries.Add(candidate.Submit(new Actor(userId, candidate.FullName), Now));
            if (stage == DemoStage.Returned)
                db.AuditEntries.Add(candidate.Return("Please add the dates of your post at Hillside Community School.", await ReviewerAsync(ct), Now));
            if (stage == DemoStage.Accepted) db.AuditEntries.AddRange(await AcceptAsync(candidate, ct));
            await db.SaveChangesAsync(ct);
            if (canSignIn) await SetDemoPassword(userId);
        }, cancellationToken);
    }

    /// <summary>
    /// A believable application: two schools, full-responsibility teaching across the candidate's key stages.
    /// Unless <paramref name="complete"/>, only the first sections are filled in.
    /// </summary>
    private void FillApplication(Candidate candidate, bool complete)
    {
        var today = DateOnly.FromDateTime(Now);
        var range = candidate.IntendedAgeRange ?? throw new InvalidOperationException("Demo candidates are invited with an age range.");
        candidate.SavePersonalDetails(new PersonalDetails(candidate.FirstNames, candidate.LastName, null, today.AddYears(-34),
            "01632 960 001", "1 Demo Street, Leeds", "LS6 2AB", null, "British", today));
        candidate.SaveDegree(new Degree("History", "University of Leeds", "United Kingdom", today.Year - 12, "2:1", null, today));
        foreach (var subject in ApplicationProgress.RequiredGcses(range))
        {
            candidate.SaveGcse(new GcseResult(subject, true, null, "6", today.Year - 17, today));
        }

        candidate.SaveExperience(new ExperienceEntry(Guid.NewGuid(), "Hillside Community School", "England", "Class teacher",
            today.AddYears(-6), today.AddYears(-3).AddDays(-1), 1m, new AgesTaught(range.FromAge, range.FromAge + 3), true, today));
        if (!complete) return;

        candidate.SaveExperience(new ExperienceEntry(Guid.NewGuid(), "The school they work at now", "England", "Teacher",
            today.AddYears(-3), null, 0.8m, new AgesTaught(range.ToAge - 3, range.ToAge), true, today));
        candidate.ConfirmExperienceComplete();
        candidate.SaveIntendedAssessment(range, candidate.Subjects);
        candidate.SaveDeclarations(new Declarations(HealthDeclaration.NoConditions, null, false, null, true));
        candidate.SaveSchoolSupport(candidate.EmployingSchoolId, null);
    }

    /// <summary>Walks a submitted candidate through a full review to acceptance, as the demo assessor, admin and school lead would.</summary>
    private async Task<List<AuditEntry>> AcceptAsync(Candidate candidate, CancellationToken cancellationToken)
    {
        var policy = await db.EligibilityPolicies.OrderByDescending(p => p.Version).FirstAsync(cancellationToken);
        var reviewer = await ReviewerAsync(cancellationToken);
        var today = DateOnly.FromDateTime(Now);
        var audit = new List<AuditEntry>();
        audit.AddRange(candidate.RecordSafeguardingChecks(
            new SafeguardingChecks("001234567890", today.AddMonths(-2), reviewer.Name, today.AddMonths(-2), null, today), reviewer, Now));
        audit.Add(candidate.ConfirmSchoolSupport(
            new SchoolSupportConfirmation("The school will release the candidate for observations and a mentor meets them weekly.", "Jo Mentor", null, "Headteacher, Riverside Academy", Now),
            new Actor(null, "Headteacher, Riverside Academy"), Now));
        foreach (var result in EligibilityEvaluator.Evaluate(candidate, policy, today)
                     .Where(r => r.Status != ComputedStatus.NotApplicable && r.Requirement != EligibilityRequirement.SchoolSupport))
        {
            audit.AddRange(candidate.JudgeRequirement(result.Requirement, JudgementOutcome.Met, null, policy, reviewer, Now));
        }

        audit.Add(candidate.Accept(policy, reviewer, Now, today));
        return audit;
    }

    private async Task<Actor> ReviewerAsync(CancellationToken cancellationToken)
    {
        var assessor = await userManager.FindByEmailAsync("assessor@demo.test");
        return assessor is null ? Actor.System : new Actor(assessor.Id, assessor.DisplayName);
    }

    private async Task SetDemoPassword(Guid userId)
    {
        var user = await userManager.FindByIdAsync(userId.ToString());
        var result = await userManager.AddPasswordAsync(user!, DemoOptions.Password);
        if (!result.Succeeded) throw new InvalidOperationException(result.Errors.First().Description);
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
