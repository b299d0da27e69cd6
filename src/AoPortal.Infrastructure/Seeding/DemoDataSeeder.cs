using AoPortal.Application.Abstractions;
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

    private static readonly (string First, string Last, string Email, string Urn, string AgeRange, string[] Subjects, bool CanSignIn)[] DemoCandidates =
    [
        ("Priya", "Sharma", "candidate@demo.test", PrimaryUrn, "5-11", [], true),
        ("Tom", "Baker", "tom.baker@demo.test", PrimaryUrn, "3-7", [], false),
        ("Aisha", "Okafor", "aisha.okafor@demo.test", PrimaryUrn, "7-11", [], false),
        ("Daniel", "Evans", "daniel.evans@demo.test", SecondaryUrn, "11-16", ["Mathematics"], false),
        ("Sofia", "Rossi", "sofia.rossi@demo.test", SecondaryUrn, "11-18", ["Modern foreign languages", "Italian"], false),
        ("Kwame", "Mensah", "kwame.mensah@demo.test", SecondaryUrn, "14-19", ["Physics"], false),
    ];

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
            await CandidateRecord(c.First, c.Last, c.Email, schools[c.Urn], AgeRange.Parse(c.AgeRange), c.Subjects, c.CanSignIn, cancellationToken);
        }
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

    private async Task CandidateRecord(string first, string last, string email, Guid schoolId, AgeRange ageRange, string[] subjects, bool canSignIn, CancellationToken cancellationToken)
    {
        if (await accounts.EmailInUseAsync(email, cancellationToken)) return;
        await db.InTransactionAsync(async ct =>
        {
            var userId = await accounts.CreateAsync(new NewUserAccount($"{first} {last}", email, [PortalRole.Candidate], null), ct);
            var (candidate, audit) = Candidate.Invite(userId, new CandidateDetails(first, last, email, schoolId, ageRange, subjects), Actor.System, Now);
            db.Candidates.Add(candidate);
            db.AuditEntries.Add(audit);
            await db.SaveChangesAsync(ct);
            if (canSignIn) await SetDemoPassword(userId);
        }, cancellationToken);
    }

    private async Task SetDemoPassword(Guid userId)
    {
        var user = await userManager.FindByIdAsync(userId.ToString());
        var result = await userManager.AddPasswordAsync(user!, DemoOptions.Password);
        if (!result.Succeeded) throw new InvalidOperationException(result.Errors.First().Description);
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
