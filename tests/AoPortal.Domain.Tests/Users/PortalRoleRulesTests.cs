using AoPortal.Domain.Common;
using AoPortal.Domain.Users;

namespace AoPortal.Domain.Tests.Users;

public class PortalRoleRulesTests
{
    private static readonly Guid SchoolId = Guid.Parse("3c2b1a0f-9e8d-4c7b-a6f5-e4d3c2b1a0f9");

    private static DomainRuleException Refused(Guid? schoolId, params PortalRole[] roles) =>
        Assert.Throws<DomainRuleException>(() => PortalRoleRules.EnsureValidCombination(roles, schoolId));

    private static void Accepted(Guid? schoolId, params PortalRole[] roles) =>
        PortalRoleRules.EnsureValidCombination(roles, schoolId); // throws if refused

    [Fact]
    public void At_least_one_role_is_required()
    {
        Assert.Equal("Select at least one role", Refused(null).Message);
    }

    [Theory]
    [InlineData(PortalRole.Candidate)]
    [InlineData(PortalRole.Assessor, PortalRole.Candidate)]
    public void The_candidate_role_cannot_be_given_on_the_users_page(params PortalRole[] roles)
    {
        Assert.Equal("Candidates get their account from their candidate record", Refused(null, roles).Message);
    }

    [Fact]
    public void A_school_lead_needs_a_school()
    {
        Assert.Equal("Select the school lead's school", Refused(null, PortalRole.SchoolLead).Message);
    }

    [Theory]
    [InlineData(PortalRole.Admin)]
    [InlineData(PortalRole.Assessor)]
    [InlineData(PortalRole.Moderator)]
    public void A_school_lead_cannot_hold_a_provider_role(PortalRole other)
    {
        Assert.Equal("A school lead cannot also hold a provider role", Refused(SchoolId, PortalRole.SchoolLead, other).Message);
    }

    [Theory]
    [InlineData(PortalRole.Admin)]
    [InlineData(PortalRole.Assessor)]
    [InlineData(PortalRole.Assessor, PortalRole.Moderator)]
    public void Only_a_school_lead_belongs_to_a_school(params PortalRole[] roles)
    {
        Assert.Equal("Only a school lead belongs to a school", Refused(SchoolId, roles).Message);
    }

    [Theory]
    [InlineData(PortalRole.Moderator)]
    [InlineData(PortalRole.Admin, PortalRole.Moderator)]
    public void A_moderator_must_also_be_an_assessor(params PortalRole[] roles)
    {
        Assert.Equal("A moderator must also be an assessor", Refused(null, roles).Message);
    }

    [Theory]
    [InlineData(PortalRole.Admin)]
    [InlineData(PortalRole.Assessor)]
    [InlineData(PortalRole.Assessor, PortalRole.Moderator)]
    [InlineData(PortalRole.Admin, PortalRole.Assessor, PortalRole.Moderator)]
    public void Provider_roles_without_a_school_are_accepted(params PortalRole[] roles)
    {
        var error = Record.Exception(() => Accepted(null, roles));

        Assert.Null(error);
    }

    [Fact]
    public void A_school_lead_with_a_school_is_accepted()
    {
        var error = Record.Exception(() => Accepted(SchoolId, PortalRole.SchoolLead));

        Assert.Null(error);
    }

    [Theory]
    [InlineData(PortalRole.Admin, "Provider admin")]
    [InlineData(PortalRole.Assessor, "Assessor")]
    [InlineData(PortalRole.Moderator, "Moderator")]
    [InlineData(PortalRole.SchoolLead, "School lead")]
    [InlineData(PortalRole.Candidate, "Candidate")]
    public void Each_role_has_a_display_name(PortalRole role, string name)
    {
        Assert.Equal(name, role.DisplayName());
    }

    [Fact]
    public void Staff_roles_are_every_role_but_candidate()
    {
        Assert.Equal(
            new[] { PortalRole.Admin, PortalRole.Assessor, PortalRole.Moderator, PortalRole.SchoolLead },
            PortalRoleRules.StaffRoles);
    }
}
