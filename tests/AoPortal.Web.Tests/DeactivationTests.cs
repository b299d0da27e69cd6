using System.Net;
using AoPortal.Domain.Users;
using AoPortal.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Web.Tests;

/// <summary>Has a portal of its own: one test moves the clock on to let a session's security check come round.</summary>
public sealed class DeactivationTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task An_admin_is_asked_to_confirm_then_the_account_is_deactivated_and_cannot_sign_in()
    {
        var email = TestAccounts.UniqueEmail("deactivated");
        var userId = await TestAccounts.CreateAsync(factory, "Dee Parting", email, PortalRole.Assessor);
        var admin = factory.CreatePortalClient();
        await admin.SignInAsync(DemoAccounts.Admin);

        var confirm = await admin.GetPageAsync($"/admin/users/{userId}/deactivate");
        Assert.StartsWith("Are you sure you want to deactivate Dee Parting", PageAssert.Heading(confirm));
        Assert.True(await IsActiveAsync(userId), "Showing the question must not deactivate the account");

        using var response = await admin.PostFormAsync(confirm, $"form[action='/admin/users/{userId}/deactivate']", []);

        Assert.Equal($"/admin/users/{userId}", response.RedirectTarget());
        var details = await admin.FollowAsync(response);
        PageAssert.SuccessBanner(details, "The account has been deactivated");
        Assert.Null(details.QuerySelector($"a[href='/admin/users/{userId}/deactivate']"));
        Assert.False(await IsActiveAsync(userId));
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.SubjectId == userId && a.Action == "User account deactivated")));

        var person = factory.CreatePortalClient();
        using var signIn = await person.TrySignInAsync(email, TestAccounts.Password);
        var page = await signIn.ReadPageAsync(HttpStatusCode.OK);
        Assert.Null(signIn.SetCookie(PortalClient.SessionCookieName));
        PageAssert.ErrorSummaryLists(page, "Your account has been deactivated");

        using var wrongPassword = await person.TrySignInAsync(email, "a wrong password for them");
        PageAssert.ErrorSummaryLists(await wrongPassword.ReadPageAsync(), "Enter a correct email address and password");
    }

    [Fact]
    public async Task An_admin_cannot_deactivate_their_own_account()
    {
        var adminId = await factory.UserIdAsync(DemoAccounts.Admin);
        var admin = factory.CreatePortalClient();
        await admin.SignInAsync(DemoAccounts.Admin);
        var confirm = await admin.GetPageAsync($"/admin/users/{adminId}/deactivate");

        using var response = await admin.PostFormAsync(confirm, $"form[action='/admin/users/{adminId}/deactivate']", []);

        var page = await response.ReadPageAsync(HttpStatusCode.OK);
        PageAssert.ErrorSummaryLists(page, "You cannot deactivate your own account");
        Assert.True(await IsActiveAsync(adminId));
        Assert.False(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.SubjectId == adminId && a.Action == "User account deactivated")));
        await admin.GetPageAsync("/admin/schools");
    }

    [Fact]
    public async Task A_deactivated_persons_open_session_ends_within_a_minute_or_two()
    {
        var email = TestAccounts.UniqueEmail("session-ended");
        var userId = await TestAccounts.CreateAsync(factory, "Still Signed In", email, PortalRole.Assessor);
        var person = factory.CreatePortalClient();
        await person.SignInAsync(email, TestAccounts.Password);
        var admin = factory.CreatePortalClient();
        await admin.SignInAsync(DemoAccounts.Admin);

        using var deactivated = await admin.PostFormAsync($"/admin/users/{userId}/deactivate", $"form[action='/admin/users/{userId}/deactivate']", []);
        Assert.Equal(HttpStatusCode.Redirect, deactivated.StatusCode);
        factory.Clock.Advance(TimeSpan.FromMinutes(2));

        using var response = await person.GetAsync("/candidates");

        Assert.Equal("/sign-in?returnUrl=%2Fcandidates", response.RedirectTarget());
    }

    private Task<bool> IsActiveAsync(Guid userId) =>
        factory.WithDbAsync(db => db.Users.Where(u => u.Id == userId).Select(u => u.IsActive).SingleAsync());
}
