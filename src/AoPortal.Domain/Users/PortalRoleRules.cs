namespace AoPortal.Domain.Users;

public static class PortalRoleRules
{
    /// <summary>Roles an admin can give on the users page; candidates get their account from their candidate record.</summary>
    public static readonly IReadOnlyList<PortalRole> StaffRoles =
        [PortalRole.Admin, PortalRole.Assessor, PortalRole.Moderator, PortalRole.SchoolLead];

    public static string DisplayName(this PortalRole role) => role switch
    {
        PortalRole.Admin => "Provider admin",
        PortalRole.Assessor => "Assessor",
        PortalRole.Moderator => "Moderator",
        PortalRole.SchoolLead => "School lead",
        PortalRole.Candidate => "Candidate",
        _ => role.ToString(),
    };

    /// <summary>
    /// Checks a set of roles for a new user: at least one; a school lead belongs to exactly one school and holds no provider role;
    /// a moderator is also an assessor (moderators are assessors who check others' recommendations).
    /// </summary>
    public static void EnsureValidCombination(IReadOnlyCollection<PortalRole> roles, Guid? schoolId)
    {
        roles = roles.Distinct().ToList();
        if (schoolId == Guid.Empty) schoolId = null;
        if (roles.Count == 0) throw new Common.DomainRuleException("Select at least one role");
        if (roles.Contains(PortalRole.Candidate))
            throw new Common.DomainRuleException("Candidates get their account from their candidate record");
        var isSchoolLead = roles.Contains(PortalRole.SchoolLead);
        if (isSchoolLead && roles.Count > 1)
            throw new Common.DomainRuleException("A school lead cannot also hold a provider role");
        if (isSchoolLead && schoolId is null) throw new Common.DomainRuleException("Select the school lead's school");
        if (!isSchoolLead && schoolId is not null) throw new Common.DomainRuleException("Only a school lead belongs to a school");
        if (roles.Contains(PortalRole.Moderator) && !roles.Contains(PortalRole.Assessor))
            throw new Common.DomainRuleException("A moderator must also be an assessor");
    }
}
