using System.Net;
using AoPortal.Domain.Users;
using AoPortal.Infrastructure.Identity;
using AoPortal.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Web.Tests;

[Collection(PortalCollection.Name)]
public sealed class InvitationTests(PortalFactory factory)
{
    private const string SetPasswordForm = "form[action='/set-password']";
    private const string GoodPassword = "correct horse battery staple 9";

    [Fact]
    public async Task An_invited_user_sets_a_password_once_from_the_emailed_link_and_signs_in()
    {
        var email = TestAccounts.UniqueEmail("invited");
        var admin = factory.CreatePortalClient();
        await admin.SignInAsync(DemoAccounts.Admin);

        using var created = await admin.PostFormAsync("/admin/users/new", "form[action='/admin/users/new']", Fields.Of(
            ("Form.DisplayName", "Ivy Invited"), ("Form.Email", email), ("Form.Roles", "Assessor")));

        var user = await factory.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Email == email));
        Assert.Equal($"/admin/users/{user.Id}", created.RedirectTarget());
        Assert.Null(user.PasswordHash);
        Assert.True(user.IsActive);
        var roles = await factory.WithDbAsync(db => db.UserRoles.Where(r => r.UserId == user.Id).Select(r => r.RoleId).ToListAsync());
        Assert.Equal([PortalRoleNames.RoleIds[PortalRole.Assessor]], roles);
        var details = await admin.FollowAsync(created);
        PageAssert.SuccessBanner(details, "Account created for Ivy Invited");

        var message = factory.Mailbox.LatestTo(email);
        Assert.Equal("Set your password for the Assessment Only portal", message.Subject);
        Assert.Contains("Dear Ivy Invited", message.Body);
        var link = factory.Mailbox.SetPasswordLinkTo(email);
        Assert.Contains($"userId={user.Id}", link);

        var invitee = factory.CreatePortalClient();
        var page = await invitee.GetPageAsync(link);
        Assert.Equal("Set your password", PageAssert.Heading(page));

        using var tooShort = await invitee.PostFormAsync(page, SetPasswordForm, Fields.Of(("Password", "short one"), ("ConfirmPassword", "short one")));
        var tooShortPage = await tooShort.ReadPageAsync();
        PageAssert.ErrorSummaryLists(tooShortPage, "Password must be 12 characters or more", "password");
        PageAssert.FieldHasError(tooShortPage, "password", "Password must be 12 characters or more");

        using var common = await invitee.PostFormAsync(page, SetPasswordForm, Fields.Of(("Password", "password123456"), ("ConfirmPassword", "password123456")));
        var commonPage = await common.ReadPageAsync();
        PageAssert.ErrorSummaryLists(commonPage, "too common", "password");
        PageAssert.FieldHasError(commonPage, "password", "too common");

        using var mismatch = await invitee.PostFormAsync(page, SetPasswordForm, Fields.Of(("Password", GoodPassword), ("ConfirmPassword", GoodPassword + "0")));
        var mismatchPage = await mismatch.ReadPageAsync();
        PageAssert.ErrorSummaryLists(mismatchPage, "The passwords do not match", "confirmpassword");
        PageAssert.FieldHasError(mismatchPage, "confirmpassword", "The passwords do not match");

        Assert.Null(await factory.WithDbAsync(db => db.Users.Where(u => u.Id == user.Id).Select(u => u.PasswordHash).SingleAsync()));

        using var accepted = await invitee.PostFormAsync(page, SetPasswordForm, Fields.Of(("Password", GoodPassword), ("ConfirmPassword", GoodPassword)));

        Assert.Equal("/sign-in", accepted.RedirectTarget());
        var signInPage = await invitee.FollowAsync(accepted);
        PageAssert.SuccessBanner(signInPage, "Your password has been set");
        var saved = await factory.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == user.Id));
        Assert.NotNull(saved.PasswordHash);
        Assert.True(saved.EmailConfirmed);
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.SubjectId == user.Id && a.Action == "Password set from invitation")));

        await invitee.SignInAsync(email, GoodPassword);
        var home = await invitee.GetPageAsync("/");
        Assert.Equal("Welcome, Ivy Invited", PageAssert.Heading(home));

        var again = await factory.CreatePortalClient().GetPageAsync(link);
        Assert.Equal("This link has expired", PageAssert.Heading(again));
    }

    [Fact]
    public async Task A_used_link_cannot_set_the_password_again_even_by_posting_the_form()
    {
        var (userId, link) = await InviteAsync("reused");
        // The link opened twice, say in two tabs, before either form is sent.
        var first = factory.CreatePortalClient();
        var firstPage = await first.GetPageAsync(link);
        var second = factory.CreatePortalClient();
        var secondPage = await second.GetPageAsync(link);
        using var accepted = await first.PostFormAsync(firstPage, SetPasswordForm, Fields.Of(("Password", GoodPassword), ("ConfirmPassword", GoodPassword)));
        Assert.Equal("/sign-in", accepted.RedirectTarget());
        var hash = await PasswordHashAsync(userId);

        using var replay = await second.PostFormAsync(secondPage, SetPasswordForm, Fields.Of(("Password", "another quite long passphrase"), ("ConfirmPassword", "another quite long passphrase")));

        var replayPage = await replay.ReadPageAsync();
        Assert.Equal("This link has expired", PageAssert.Heading(replayPage));
        Assert.Equal(hash, await PasswordHashAsync(userId));
    }

    [Fact]
    public async Task A_tampered_link_shows_the_expired_page_and_sets_nothing()
    {
        var (userId, link) = await InviteAsync("tampered");
        // Change one letter in the middle of the token, as a mistyped or forged link would.
        var tokenStart = link.IndexOf("token=", StringComparison.Ordinal) + "token=".Length;
        var at = Enumerable.Range(tokenStart + ((link.Length - tokenStart) / 2), link.Length).First(i => char.IsLetter(link[i]));
        var tampered = link[..at] + (link[at] == 'A' ? 'B' : 'A') + link[(at + 1)..];
        var client = factory.CreatePortalClient();

        var page = await client.GetPageAsync(tampered);

        Assert.Equal("This link has expired", PageAssert.Heading(page));
        Assert.Null(page.QuerySelector(SetPasswordForm));
        var withForgedToken = await client.GetPageAsync(link);
        using var posted = await client.PostFormAsync(withForgedToken, SetPasswordForm, Fields.Of(
            ("Token", "not-a-token"), ("Password", GoodPassword), ("ConfirmPassword", GoodPassword)));
        Assert.Equal("This link has expired", PageAssert.Heading(await posted.ReadPageAsync()));
        Assert.Null(await PasswordHashAsync(userId));
        // The untouched link still works: only the change made it fail.
        Assert.Equal("Set your password", PageAssert.Heading(await client.GetPageAsync(link)));
    }

    [Fact]
    public async Task A_new_invitation_voids_the_earlier_link()
    {
        var (userId, firstLink) = await InviteAsync("resent");
        var admin = factory.CreatePortalClient();
        await admin.SignInAsync(DemoAccounts.Admin);

        using var resent = await admin.PostFormAsync($"/admin/users/{userId}", $"form[action='/admin/users/{userId}/resend-invitation']", []);

        Assert.Equal($"/admin/users/{userId}", resent.RedirectTarget());
        PageAssert.SuccessBanner(await admin.FollowAsync(resent), "We have emailed a new link");
        var client = factory.CreatePortalClient();
        Assert.Equal("This link has expired", PageAssert.Heading(await client.GetPageAsync(firstLink)));
        var email = await factory.WithDbAsync(db => db.Users.Where(u => u.Id == userId).Select(u => u.Email!).SingleAsync());
        Assert.Equal(2, factory.Mailbox.CountTo(email));
        Assert.Equal("Set your password", PageAssert.Heading(await client.GetPageAsync(factory.Mailbox.SetPasswordLinkTo(email))));
    }

    private async Task<(Guid UserId, string Link)> InviteAsync(string purpose)
    {
        var email = TestAccounts.UniqueEmail(purpose);
        var admin = factory.CreatePortalClient();
        await admin.SignInAsync(DemoAccounts.Admin);
        using var created = await admin.PostFormAsync("/admin/users/new", "form[action='/admin/users/new']", Fields.Of(
            ("Form.DisplayName", "Invited Person"), ("Form.Email", email), ("Form.Roles", "Assessor")));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        return (await factory.UserIdAsync(email), factory.Mailbox.SetPasswordLinkTo(email));
    }

    private Task<string?> PasswordHashAsync(Guid userId) =>
        factory.WithDbAsync(db => db.Users.Where(u => u.Id == userId).Select(u => u.PasswordHash).SingleAsync());
}
