using Microsoft.AspNetCore.Identity;

namespace AoPortal.Infrastructure.Identity;

/// <summary>A sign-in account. Candidates' personal details live on the candidate record, not here.</summary>
public sealed class ApplicationUser : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = "";

    /// <summary>The school a school lead belongs to.</summary>
    public Guid? SchoolId { get; set; }

    /// <summary>False once an admin deactivates the account: it can no longer sign in.</summary>
    public bool IsActive { get; set; } = true;

    public DateTime CreatedAt { get; set; }

    /// <summary>
    /// Whether reminders (milestones due, requests due, the end drawing near) are emailed as well as listed in the portal.
    /// The person's own choice, on their account page; emails about decisions are always sent.
    /// </summary>
    public bool ReminderEmails { get; set; } = true;
}
