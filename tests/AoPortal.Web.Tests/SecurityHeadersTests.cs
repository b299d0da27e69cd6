using System.Net;
using AoPortal.Web.Tests.Support;

namespace AoPortal.Web.Tests;

[Collection(PortalCollection.Name)]
public sealed class SecurityHeadersTests(PortalFactory factory)
{
    public static TheoryData<string?, string, HttpStatusCode> Pages => new()
    {
        { null, "/sign-in", HttpStatusCode.OK },
        { null, "/set-password?userId=00000000-0000-0000-0000-000000000000&token=x", HttpStatusCode.OK },
        { DemoAccounts.Admin, "/", HttpStatusCode.OK },
        { DemoAccounts.Admin, "/admin/schools/new", HttpStatusCode.OK },
        { DemoAccounts.Admin, "/admin/users/new", HttpStatusCode.OK },
        { DemoAccounts.Admin, "/candidates/new", HttpStatusCode.OK },
        { DemoAccounts.Assessor, "/candidates", HttpStatusCode.OK },
        { DemoAccounts.SchoolLead, "/", HttpStatusCode.OK },
        { DemoAccounts.Candidate, "/", HttpStatusCode.OK },
        { DemoAccounts.Candidate, "/standards", HttpStatusCode.OK },
        { DemoAccounts.Candidate, "/admin/users", HttpStatusCode.Forbidden },
        { DemoAccounts.Candidate, "/no-such-page", HttpStatusCode.NotFound },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_page_carries_the_security_headers(string? signedInAs, string path, HttpStatusCode status)
    {
        var client = factory.CreatePortalClient();
        if (signedInAs is not null) await client.SignInAsync(signedInAs);

        using var response = await client.GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("default-src 'self'", csp);
        Assert.Contains("form-action 'self'", csp);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task No_page_needs_inline_script_or_style_that_the_policy_would_block(string? signedInAs, string path, HttpStatusCode status)
    {
        var client = factory.CreatePortalClient();
        if (signedInAs is not null) await client.SignInAsync(signedInAs);

        var page = await client.GetPageAsync(path, status);

        Assert.Empty(page.QuerySelectorAll("script:not([src])"));
        Assert.Empty(page.QuerySelectorAll("style"));
        Assert.Empty(page.QuerySelectorAll("[style]"));
        Assert.DoesNotContain(page.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public async Task Redirects_and_the_health_check_carry_the_headers_too()
    {
        var client = factory.CreatePortalClient();

        using var redirect = await client.GetAsync("/candidates");
        using var health = await client.GetAsync("/health");

        foreach (var response in new[] { redirect, health })
        {
            Assert.Contains("frame-ancestors 'none'", Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
            Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        }
    }

    [Fact]
    public async Task The_session_cookie_set_at_sign_in_is_http_only_and_same_site_lax()
    {
        var client = factory.CreatePortalClient();

        using var response = await client.TrySignInAsync(DemoAccounts.Admin, DemoAccounts.Password);

        var cookie = response.SetCookie(PortalClient.SessionCookieName);
        Assert.NotNull(cookie);
        var attributes = cookie.Split(';').Select(a => a.Trim().ToLowerInvariant()).ToList();
        Assert.Contains("httponly", attributes);
        Assert.Contains("samesite=lax", attributes);
    }

    [Fact]
    public async Task Signed_in_pages_are_not_cached()
    {
        var client = factory.CreatePortalClient();
        using var signIn = await client.TrySignInAsync(DemoAccounts.Admin, DemoAccounts.Password);

        Assert.Contains("no-store", signIn.Headers.CacheControl?.ToString() ?? "");
    }
}
