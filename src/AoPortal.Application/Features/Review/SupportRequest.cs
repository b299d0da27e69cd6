using AoPortal.Application.Abstractions;
using AoPortal.Domain.Candidates;

namespace AoPortal.Application.Features.Review;

/// <summary>
/// Asks the school leads of a candidate's school to confirm the school's support: when the candidate submits, and when
/// the provider links a school the candidate asked to be added.
/// </summary>
public static class SupportRequest
{
    public static async Task SendAsync(IUserAccounts accounts, IEmailSender email, Candidate candidate, Guid schoolId, CancellationToken cancellationToken)
    {
        foreach (var lead in await accounts.SchoolLeadEmailsAsync(schoolId, cancellationToken))
        {
            await email.SendAsync(new EmailMessage(lead, "Please confirm your school's support for an Assessment Only candidate",
                $"""
                {candidate.FullName} has applied for the Assessment Only route to QTS and named your school as their employer.

                Sign in to the portal: your home page lists the applications waiting for you. Confirm the school's support and name their mentor.
                """) { Link = $"/school/candidates/{candidate.Id}/support" }, cancellationToken);
        }
    }
}
