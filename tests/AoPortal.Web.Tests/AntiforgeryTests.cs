using System.Net;
using AoPortal.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Web.Tests;

[Collection(PortalCollection.Name)]
public sealed class AntiforgeryTests(PortalFactory factory)
{
    [Fact]
    public async Task Adding_a_school_without_the_antiforgery_token_is_refused_and_saves_nothing()
    {
        var client = factory.CreatePortalClient();
        await client.SignInAsync(DemoAccounts.Admin);
        await client.GetPageAsync("/admin/schools/new");
        var before = await factory.WithDbAsync(db => db.Schools.CountAsync());

        using var response = await client.PostRawAsync("/admin/schools/new", Fields.Of(
            ("Form.Name", "Forged Academy"), ("Form.Country", "England"), ("Form.Urn", "999111"), ("Form.Phase", "Primary"),
            ("Form.LocalAuthority", "Leeds"), ("Form.Postcode", "LS1 1AA")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Sorry, we could not accept that", PageAssert.Heading(await response.ReadPageAsync(HttpStatusCode.BadRequest)));
        Assert.Equal(before, await factory.WithDbAsync(db => db.Schools.CountAsync()));
        Assert.False(await factory.WithDbAsync(db => db.Schools.AnyAsync(s => s.Name == "Forged Academy")));
    }

    [Fact]
    public async Task A_token_from_another_session_is_refused()
    {
        var attacker = factory.CreatePortalClient();
        await attacker.SignInAsync(DemoAccounts.Assessor);
        var attackerToken = (await attacker.GetPageAsync("/standards"))
            .QuerySelector("form[action='/sign-out'] input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? "";
        var admin = factory.CreatePortalClient();
        await admin.SignInAsync(DemoAccounts.Admin);

        using var response = await admin.PostRawAsync("/admin/schools/new", Fields.Of(
            ("__RequestVerificationToken", attackerToken), ("Form.Name", "Cross Site School"), ("Form.Country", "Portugal"), ("Form.Phase", "Primary")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.Schools.AnyAsync(s => s.Name == "Cross Site School")));
    }

    [Fact]
    public async Task Signing_in_without_the_antiforgery_token_is_refused()
    {
        var client = factory.CreatePortalClient();
        await client.GetPageAsync("/sign-in");

        using var response = await client.PostRawAsync("/sign-in", Fields.Of(("Email", DemoAccounts.Admin), ("Password", DemoAccounts.Password)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.SetCookie(PortalClient.SessionCookieName));
    }

    [Fact]
    public async Task Signing_out_without_the_antiforgery_token_is_refused_and_keeps_the_session()
    {
        var client = factory.CreatePortalClient();
        await client.SignInAsync(DemoAccounts.Assessor);

        using var response = await client.PostRawAsync("/sign-out", []);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await client.GetPageAsync("/");
    }

    /// <summary>MVC writes the token by itself only into forms without an explicit action; every form here has one.</summary>
    [Fact]
    public async Task Every_form_that_posts_carries_an_antiforgery_token_in_the_real_portal()
    {
        await using var portal = new PortalFactory();
        var anonymous = portal.CreatePortalClient();
        var signInPage = await anonymous.GetPageAsync("/sign-in");
        Assert.NotNull(signInPage.QuerySelector("form[action='/sign-in'] input[name=__RequestVerificationToken]"));

        var admin = portal.CreatePortalClient();
        await admin.SignInAsync(DemoAccounts.Admin);
        var userId = await portal.UserIdAsync(DemoAccounts.Assessor);
        foreach (var path in new[] { "/", "/admin/schools/new", "/admin/users/new", "/candidates/new", "/account/change-password", $"/admin/users/{userId}/deactivate" })
        {
            var page = await admin.GetPageAsync(path);
            var forms = page.QuerySelectorAll("form[method=post]");
            Assert.NotEmpty(forms);
            Assert.All(forms, f => Assert.NotNull(f.QuerySelector("input[name=__RequestVerificationToken]")));
        }
    }
}
