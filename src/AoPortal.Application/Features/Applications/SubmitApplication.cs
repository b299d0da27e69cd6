using AoPortal.Application.Abstractions;
using AoPortal.Application.Features.Review;
using AoPortal.Domain.Users;

namespace AoPortal.Application.Features.Applications;

/// <summary>
/// The candidate sends their completed application. The provider's admins are told, and so are the employing school's
/// leads, who are asked to confirm the school's support.
/// </summary>
public static class SubmitApplication
{
    public sealed class Handler(IAppDbContext db, ICurrentUser currentUser, IUserAccounts accounts, IEmailSender email, TimeProvider clock)
    {
        public async Task Handle(CancellationToken cancellationToken)
        {
            var candidate = await OwnApplication.LoadAsync(db, currentUser, cancellationToken);
            db.AuditEntries.Add(candidate.Submit(currentUser.Actor, clock.GetUtcNow().UtcDateTime));
            await db.SaveChangesAsync(cancellationToken);

            foreach (var admin in await accounts.EmailsInRoleAsync(PortalRole.Admin, cancellationToken))
            {
                await email.SendAsync(new EmailMessage(admin, "An application has been submitted",
                    $"""
                    {candidate.FullName} has submitted their application for the Assessment Only route.

                    Review it in the portal: find the candidate on the candidates page.
                    """) { Link = $"/candidates/{candidate.Id}" }, cancellationToken);
            }

            if (candidate.EmployingSchoolId is { } schoolId) await SupportRequest.SendAsync(accounts, email, candidate, schoolId, cancellationToken);
        }
    }
}
