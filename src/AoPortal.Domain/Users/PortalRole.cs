namespace AoPortal.Domain.Users;

/// <summary>The roles a portal user can hold. A person may hold more than one (an assessor who moderates).</summary>
public enum PortalRole
{
    Admin,
    Assessor,
    Moderator,
    SchoolLead,
    Candidate,
}
