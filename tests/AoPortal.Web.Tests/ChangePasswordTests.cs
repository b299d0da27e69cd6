using AoPortal.Domain.Users;
using AoPortal.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Web.Tests;

[Collection(PortalCollection.Name)]
public sealed class ChangePasswordTests(PortalFactory factory)
{
    private const string Form = "form[action='/account/change-password']";
    private const string NewPassword = "a brand new passphrase 77";

    [Fact]
    public async Task A_wrong_current_password_is_refused_and_changes_nothing()
    {
        var email = TestAccounts.UniqueEmail("change-wrong");
        var userId = await TestAccounts.CreateAsync(factory, "Wrong Current", email, PortalRole.Assessor);
        var client = factory.CreatePortalClient();
        await client.SignInAsync(email, TestAccounts.Password);
        var hash = await PasswordHashAsync(userId);

        using var response = await client.PostFormAsync("/account/change-password", Form, Fields.Of(
            ("CurrentPassword", "not my password at all"), ("NewPassword", NewPassword), ("ConfirmPassword", NewPassword)));

        var page = await response.ReadPageAsync();
        PageAssert.ErrorSummaryLists(page, "Your current password is incorrect", "currentpassword");
        PageAssert.FieldHasError(page, "currentpassword", "Your current password is incorrect");
        Assert.Equal(hash, await PasswordHashAsync(userId));
    }

    [Fact]
    public async Task A_new_password_must_follow_the_same_rules_as_a_first_one()
    {
        var email = TestAccounts.UniqueEmail("change-rules");
        await TestAccounts.CreateAsync(factory, "Rule Follower", email, PortalRole.Assessor);
        var client = factory.CreatePortalClient();
        await client.SignInAsync(email, TestAccounts.Password);

        using var tooShort = await client.PostFormAsync("/account/change-password", Form, Fields.Of(
            ("CurrentPassword", TestAccounts.Password), ("NewPassword", "tiny"), ("ConfirmPassword", "tiny")));
        using var common = await client.PostFormAsync("/account/change-password", Form, Fields.Of(
            ("CurrentPassword", TestAccounts.Password), ("NewPassword", "password123456"), ("ConfirmPassword", "password123456")));

        PageAssert.FieldHasError(await tooShort.ReadPageAsync(), "newpassword", "Password must be 12 characters or more");
        PageAssert.FieldHasError(await common.ReadPageAsync(), "newpassword", "too common");
    }

    [Fact]
    public async Task A_changed_password_works_after_signing_out_and_the_old_one_does_not()
    {
        var email = TestAccounts.UniqueEmail("change-ok");
        var userId = await TestAccounts.CreateAsync(factory, "Pat Changer", email, PortalRole.Assessor);
        var client = factory.CreatePortalClient();
        await client.SignInAsync(email, TestAccounts.Password);

        using var response = await client.PostFormAsync("/account/change-password", Form, Fields.Of(
            ("CurrentPassword", TestAccounts.Password), ("NewPassword", NewPassword), ("ConfirmPassword", NewPassword)));

        Assert.Equal("/", response.RedirectTarget());
        var home = await client.FollowAsync(response);
        PageAssert.SuccessBanner(home, "Your password has been changed");
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.SubjectId == userId && a.Action == "Password changed")));

        using var signedOut = await client.SignOutAsync();
        Assert.Equal("/sign-in", signedOut.RedirectTarget());
        using var oldPassword = await client.TrySignInAsync(email, TestAccounts.Password);
        PageAssert.ErrorSummaryLists(await oldPassword.ReadPageAsync(), "Enter a correct email address and password");
        await client.SignInAsync(email, NewPassword);
        Assert.Equal("Welcome, Pat Changer", PageAssert.Heading(await client.GetPageAsync("/")));
    }

    private Task<string?> PasswordHashAsync(Guid userId) =>
        factory.WithDbAsync(db => db.Users.Where(u => u.Id == userId).Select(u => u.PasswordHash).SingleAsync());
}
