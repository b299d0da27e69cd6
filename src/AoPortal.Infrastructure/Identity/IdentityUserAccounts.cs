using AoPortal.Application.Abstractions;
using AoPortal.Domain.Common;
using AoPortal.Domain.Users;
using AoPortal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Infrastructure.Identity;

public sealed class IdentityUserAccounts(
    UserManager<ApplicationUser> userManager,
    AoPortalDbContext db,
    IEmailSender email,
    ISetPasswordLinks links,
    TimeProvider clock) : IUserAccounts
{
    // Compiled once (ADR-018): the candidate's record page reads it on every view.
    private static readonly Func<AoPortalDbContext, Guid, CancellationToken, Task<AccountState?>> StateOf =
        EF.CompileAsyncQuery((AoPortalDbContext db, Guid userId, CancellationToken _) => db.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new AccountState(u.IsActive, u.PasswordHash != null))
            .SingleOrDefault());

    public async Task<bool> EmailInUseAsync(string emailAddress, CancellationToken cancellationToken) =>
        await userManager.FindByEmailAsync(emailAddress.Trim()) is not null;

    public async Task<Guid> CreateAsync(NewUserAccount account, CancellationToken cancellationToken)
    {
        var user = NewUser(account);
        Succeeded(await userManager.CreateAsync(user));
        Succeeded(await userManager.AddToRolesAsync(user, account.Roles.Select(PortalRoleNames.Name)));
        return user.Id;
    }

    public async Task<Guid> CreateConfirmedAsync(NewUserAccount account, string password, CancellationToken cancellationToken)
    {
        var user = NewUser(account);
        user.EmailConfirmed = true;
        var created = await userManager.CreateAsync(user, password);
        if (!created.Succeeded) throw new DomainRuleException(created.Errors.First().Description, "Password");
        Succeeded(await userManager.AddToRolesAsync(user, account.Roles.Select(PortalRoleNames.Name)));
        return user.Id;
    }

    private ApplicationUser NewUser(NewUserAccount account) =>
        new ApplicationUser
        {
            Id = Guid.NewGuid(),
            UserName = account.Email,
            Email = account.Email,
            DisplayName = account.DisplayName,
            SchoolId = account.SchoolId,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };

    public async Task SendInvitationAsync(Guid userId, CancellationToken cancellationToken)
    {
        var user = await FindUser(userId);
        // A new stamp voids any link sent before this one.
        Succeeded(await userManager.UpdateSecurityStampAsync(user));
        var token = await userManager.GeneratePasswordResetTokenAsync(user);
        var link = links.Build(user.Id, token);
        var days = (int)InvitationTokenProvider.Lifespan.TotalDays;
        await email.SendAsync(new EmailMessage(user.Email!, "Set your password for the Assessment Only portal",
            $"""
            Dear {user.DisplayName},

            An account has been created for you on the Assessment Only portal.

            Set your password to sign in:
            {link}

            The link works once and expires in {days} days. If it has expired, ask your provider to send a new one.
            """) { CarriesSecret = true }, cancellationToken);
    }

    public async Task DeactivateAsync(Guid userId, CancellationToken cancellationToken)
    {
        var user = await FindUser(userId);
        user.IsActive = false;
        Succeeded(await userManager.UpdateAsync(user));
        // A new stamp ends the person's sessions at their next check and voids any unused invitation.
        Succeeded(await userManager.UpdateSecurityStampAsync(user));
    }

    public async Task<IReadOnlyList<UserAccountSummary>> ListAsync(CancellationToken cancellationToken)
    {
        var candidateRoleId = PortalRoleNames.RoleIds[PortalRole.Candidate];
        var users = await Summaries(db.Users
                .Where(u => !db.UserRoles.Any(r => r.UserId == u.Id && r.RoleId == candidateRoleId))
                .OrderBy(u => u.DisplayName))
            .ToListAsync(cancellationToken);
        var roles = await RolesOf(users.Select(u => u.Id).ToList(), cancellationToken);
        return users.Select(u => u.ToSummary(roles)).ToList();
    }

    public async Task<UserAccountSummary?> FindAsync(Guid userId, CancellationToken cancellationToken)
    {
        var user = await Summaries(db.Users.Where(u => u.Id == userId)).SingleOrDefaultAsync(cancellationToken);
        return user?.ToSummary(await RolesOf([userId], cancellationToken));
    }

    public Task<AccountState?> StateAsync(Guid userId, CancellationToken cancellationToken) => StateOf(db, userId, cancellationToken);

    public async Task<IReadOnlyList<string>> EmailsInRoleAsync(PortalRole role, CancellationToken cancellationToken)
    {
        var roleId = PortalRoleNames.RoleIds[role];
        return await db.Users.AsNoTracking()
            .Where(u => u.IsActive && db.UserRoles.Any(r => r.UserId == u.Id && r.RoleId == roleId))
            .OrderBy(u => u.Email)
            .Select(u => u.Email!)
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<string>> SchoolLeadEmailsAsync(Guid schoolId, CancellationToken cancellationToken) =>
        await db.Users.AsNoTracking()
            .Where(u => u.IsActive && u.SchoolId == schoolId)
            .OrderBy(u => u.Email)
            .Select(u => u.Email!)
            .ToListAsync(cancellationToken);

    public async Task<ILookup<Guid, Guid>> SchoolLeadIdsAsync(IReadOnlyCollection<Guid> schoolIds, CancellationToken cancellationToken)
    {
        var leads = await db.Users.AsNoTracking()
            .Where(u => u.IsActive && u.SchoolId != null && schoolIds.Contains(u.SchoolId.Value))
            .Select(u => new { SchoolId = u.SchoolId!.Value, u.Id })
            .ToListAsync(cancellationToken);
        return leads.ToLookup(l => l.SchoolId, l => l.Id);
    }

    public Task<bool> GetsReminderEmailsAsync(Guid userId, CancellationToken cancellationToken) =>
        db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.ReminderEmails).SingleAsync(cancellationToken);

    public async Task<bool> SetReminderEmailsAsync(Guid userId, bool on, CancellationToken cancellationToken) =>
        await db.Users.Where(u => u.Id == userId && u.ReminderEmails != on)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.ReminderEmails, on), cancellationToken) == 1;

    private IQueryable<UserRow> Summaries(IQueryable<ApplicationUser> users) =>
        users.AsNoTracking().Select(u => new UserRow(
            u.Id, u.DisplayName, u.Email!, db.Schools.Where(s => s.Id == u.SchoolId).Select(s => s.Name).FirstOrDefault(),
            u.IsActive, u.PasswordHash != null, u.CreatedAt));

    private async Task<ILookup<Guid, PortalRole>> RolesOf(List<Guid> userIds, CancellationToken cancellationToken)
    {
        var pairs = await db.UserRoles.AsNoTracking()
            .Where(ur => userIds.Contains(ur.UserId))
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .ToListAsync(cancellationToken);
        return pairs.ToLookup(p => p.UserId, p => Enum.Parse<PortalRole>(p.Name!));
    }

    private async Task<ApplicationUser> FindUser(Guid userId) =>
        await userManager.FindByIdAsync(userId.ToString()) ?? throw new InvalidOperationException($"User {userId} does not exist.");

    private static void Succeeded(IdentityResult result)
    {
        if (!result.Succeeded) throw new DomainRuleException(result.Errors.First().Description);
    }

    private sealed record UserRow(Guid Id, string DisplayName, string Email, string? SchoolName, bool IsActive, bool HasSetPassword, DateTime CreatedAt)
    {
        public UserAccountSummary ToSummary(ILookup<Guid, PortalRole> roles) =>
            new(Id, DisplayName, Email, roles[Id].Order().ToList(), SchoolName, IsActive, HasSetPassword, CreatedAt);
    }
}
