using AoPortal.Domain.Users;
using AoPortal.Infrastructure.Identity;
using AoPortal.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Web.Tests;

[Collection(PortalCollection.Name)]
public sealed class UserAdminTests(PortalFactory factory)
{
    private const string NewUserForm = "form[action='/admin/users/new']";

    /// <summary>
    /// Fails today with a 500: IdentityUserAccounts.ListAsync orders by a member of the UserRow record after projecting
    /// into it, which EF Core cannot translate.
    /// </summary>
    [Fact]
    public async Task The_users_list_shows_staff_and_school_leads_but_not_candidates()
    {
        var admin = await AdminAsync();

        var page = await admin.GetPageAsync("/admin/users");

        var rows = PageAssert.TableRows(page);
        foreach (var name in new[] { "Alex Admin", "Sam Assessor", "Morgan Moderator", "Helen Head" })
            Assert.Single(rows, r => r.Contains(name));
        Assert.Contains(DemoAccounts.OakfieldPrimary, Assert.Single(rows, r => r.Contains("Helen Head")));
        Assert.Contains("Assessor, Moderator", Assert.Single(rows, r => r.Contains("Morgan Moderator")));
        Assert.DoesNotContain(rows, r => r.Contains("Priya Sharma") || r.Contains(DemoAccounts.Candidate) || r.Contains("Daniel Evans"));
    }

    [Fact]
    public async Task A_user_with_several_roles_is_created_from_the_checkboxes()
    {
        var email = TestAccounts.UniqueEmail("two-roles");
        var admin = await AdminAsync();

        using var response = await admin.PostFormAsync("/admin/users/new", NewUserForm, Fields.Of(
            ("Form.DisplayName", "Two Hats"), ("Form.Email", email), ("Form.Roles", "Assessor"), ("Form.Roles", "Moderator")));

        var userId = await factory.UserIdAsync(email);
        Assert.Equal($"/admin/users/{userId}", response.RedirectTarget());
        var roles = await factory.WithDbAsync(db => db.UserRoles.Where(r => r.UserId == userId).Select(r => r.RoleId).ToListAsync());
        Assert.Equal(
            new[] { PortalRoleNames.RoleIds[PortalRole.Assessor], PortalRoleNames.RoleIds[PortalRole.Moderator] }.Order(),
            roles.Order());
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.SubjectId == userId && a.Action == "User account created")));
        var details = await admin.FollowAsync(response);
        Assert.Equal("Two Hats", PageAssert.Heading(details));
        Assert.Contains("Assessor, Moderator", PageAssert.MainText(details));
    }

    [Fact]
    public async Task A_school_lead_is_created_with_their_school()
    {
        var email = TestAccounts.UniqueEmail("school-lead");
        var oakfield = await factory.SchoolIdAsync(DemoAccounts.OakfieldPrimary);
        var admin = await AdminAsync();

        using var response = await admin.PostFormAsync("/admin/users/new", NewUserForm, Fields.Of(
            ("Form.DisplayName", "New Lead"), ("Form.Email", email), ("Form.Roles", "SchoolLead"), ("Form.SchoolId", oakfield.ToString())));

        var user = await factory.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Email == email));
        Assert.Equal($"/admin/users/{user.Id}", response.RedirectTarget());
        Assert.Equal(oakfield, user.SchoolId);
    }

    [Fact]
    public async Task A_school_lead_without_a_school_is_refused()
    {
        var email = TestAccounts.UniqueEmail("lead-no-school");
        var admin = await AdminAsync();

        using var response = await admin.PostFormAsync("/admin/users/new", NewUserForm, Fields.Of(
            ("Form.DisplayName", "Lead Without School"), ("Form.Email", email), ("Form.Roles", "SchoolLead")));

        var page = await response.ReadPageAsync();
        PageAssert.ErrorSummaryLists(page, "Select the school lead's school", "form-schoolid");
        PageAssert.FieldHasError(page, "form-schoolid", "Select the school lead's school");
        Assert.NotNull(page.QuerySelector("#form-roles-4[checked]"));
        await AssertNoAccountAsync(email);
    }

    [Fact]
    public async Task A_moderator_who_is_not_an_assessor_is_refused()
    {
        var email = TestAccounts.UniqueEmail("moderator-only");
        var admin = await AdminAsync();

        using var response = await admin.PostFormAsync("/admin/users/new", NewUserForm, Fields.Of(
            ("Form.DisplayName", "Only Moderates"), ("Form.Email", email), ("Form.Roles", "Moderator")));

        var page = await response.ReadPageAsync();
        PageAssert.ErrorSummaryLists(page, "A moderator must also be an assessor", "form-roles");
        PageAssert.FieldHasError(page, "form-roles", "A moderator must also be an assessor");
        Assert.Equal("Only Moderates", page.GetElementById("form-displayname")?.GetAttribute("value"));
        await AssertNoAccountAsync(email);
    }

    [Fact]
    public async Task An_email_address_already_in_use_is_refused()
    {
        var before = await factory.WithDbAsync(db => db.Users.CountAsync());
        var admin = await AdminAsync();

        using var response = await admin.PostFormAsync("/admin/users/new", NewUserForm, Fields.Of(
            ("Form.DisplayName", "Second Admin"), ("Form.Email", DemoAccounts.Assessor), ("Form.Roles", "Admin")));

        var page = await response.ReadPageAsync();
        PageAssert.ErrorSummaryLists(page, "An account with this email address already exists", "form-email");
        PageAssert.FieldHasError(page, "form-email", "An account with this email address already exists");
        Assert.Equal(before, await factory.WithDbAsync(db => db.Users.CountAsync()));
    }

    [Fact]
    public async Task Missing_answers_are_listed()
    {
        var before = await factory.WithDbAsync(db => db.Users.CountAsync());
        var admin = await AdminAsync();

        using var response = await admin.PostFormAsync("/admin/users/new", NewUserForm, Fields.Of(("Form.DisplayName", ""), ("Form.Email", "")));

        var page = await response.ReadPageAsync();
        PageAssert.ErrorSummaryLists(page, "Enter the person's full name", "form-displayname");
        PageAssert.ErrorSummaryLists(page, "Select at least one role", "form-roles");
        PageAssert.FieldHasError(page, "form-email", "Enter");
        Assert.Equal(before, await factory.WithDbAsync(db => db.Users.CountAsync()));
    }

    [Fact]
    public async Task The_candidate_role_cannot_be_given_on_the_users_page()
    {
        var email = TestAccounts.UniqueEmail("not-candidate");
        var admin = await AdminAsync();

        using var response = await admin.PostFormAsync("/admin/users/new", NewUserForm, Fields.Of(
            ("Form.DisplayName", "Sneaky Candidate"), ("Form.Email", email), ("Form.Roles", "Candidate")));

        PageAssert.ErrorSummaryLists(await response.ReadPageAsync(), "Select a role from the list");
        await AssertNoAccountAsync(email);
    }

    private async Task<PortalClient> AdminAsync()
    {
        var client = factory.CreatePortalClient();
        await client.SignInAsync(DemoAccounts.Admin);
        return client;
    }

    private async Task AssertNoAccountAsync(string email)
    {
        Assert.False(await factory.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email)));
        Assert.Equal(0, factory.Mailbox.CountTo(email));
    }
}
