using System.Net;
using AoPortal.Web.Infrastructure;
using AoPortal.Web.Tests.Support;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AoPortal.Web.Tests;

/// <summary>Has a portal of its own: these tests move its clock on by hours.</summary>
public sealed class SessionCookieTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_session_cookie_is_http_only_same_site_lax_and_ends_with_the_browser()
    {
        var client = factory.CreatePortalClient();

        using var response = await client.TrySignInAsync(DemoAccounts.Assessor, DemoAccounts.Password);

        Assert.Equal("/", response.RedirectTarget());
        var cookie = response.SetCookie(PortalClient.SessionCookieName);
        Assert.NotNull(cookie);
        var attributes = cookie.Split(';').Skip(1).Select(a => a.Trim().ToLowerInvariant()).ToList();
        Assert.Contains("httponly", attributes);
        Assert.Contains("samesite=lax", attributes);
        Assert.Contains("path=/", attributes);
        Assert.DoesNotContain(attributes, a => a.StartsWith("expires=", StringComparison.Ordinal) || a.StartsWith("max-age=", StringComparison.Ordinal));
    }

    [Fact]
    public void The_session_is_configured_for_a_thirty_minute_sliding_idle_timeout()
    {
        var options = factory.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme);

        Assert.Equal(TimeSpan.FromMinutes(30), options.ExpireTimeSpan);
        Assert.True(options.SlidingExpiration);
        Assert.Equal(SessionCookie.Name, options.Cookie.Name);
        Assert.True(options.Cookie.HttpOnly);
        Assert.Equal(SameSiteMode.Lax, options.Cookie.SameSite);
        Assert.Equal("/sign-in", options.LoginPath.Value);
    }

    [Fact]
    public async Task The_session_ends_after_thirty_minutes_without_a_request()
    {
        var client = factory.CreatePortalClient();
        await client.SignInAsync(DemoAccounts.Assessor);
        factory.Clock.Advance(TimeSpan.FromMinutes(29));
        await client.GetPageAsync("/candidates");

        factory.Clock.Advance(TimeSpan.FromMinutes(31));
        using var response = await client.GetAsync("/candidates");

        Assert.Equal("/sign-in?returnUrl=%2Fcandidates", response.RedirectTarget());
    }

    [Fact]
    public async Task A_busy_session_still_ends_twelve_hours_after_signing_in()
    {
        var client = factory.CreatePortalClient();
        await client.SignInAsync(DemoAccounts.Assessor);

        // A request every 20 minutes keeps the session from going idle for 11 hours 40 minutes.
        for (var elapsed = TimeSpan.Zero; elapsed < TimeSpan.FromHours(11.6); elapsed += TimeSpan.FromMinutes(20))
        {
            factory.Clock.Advance(TimeSpan.FromMinutes(20));
            using var busy = await client.GetAsync("/candidates");
            Assert.True(busy.StatusCode == HttpStatusCode.OK, $"The session ended early, {elapsed + TimeSpan.FromMinutes(20)} after signing in");
        }

        factory.Clock.Advance(TimeSpan.FromMinutes(25));
        using var response = await client.GetAsync("/candidates");

        Assert.Equal("/sign-in?returnUrl=%2Fcandidates", response.RedirectTarget());
    }

    [Fact]
    public async Task Changing_the_password_does_not_restart_the_twelve_hours()
    {
        var email = TestAccounts.UniqueEmail("twelve-hours");
        await TestAccounts.CreateAsync(factory, "Long Day", email, AoPortal.Domain.Users.PortalRole.Assessor);
        var client = factory.CreatePortalClient();
        await client.SignInAsync(email, TestAccounts.Password);
        for (var i = 0; i < 35; i++)
        {
            factory.Clock.Advance(TimeSpan.FromMinutes(20));
            using var busy = await client.GetAsync("/candidates");
            Assert.Equal(HttpStatusCode.OK, busy.StatusCode);
        }

        using var changed = await client.PostFormAsync("/account/change-password", "form[action='/account/change-password']", Fields.Of(
            ("CurrentPassword", TestAccounts.Password), ("NewPassword", "the second long passphrase"), ("ConfirmPassword", "the second long passphrase")));
        Assert.Equal("/", changed.RedirectTarget());
        factory.Clock.Advance(TimeSpan.FromMinutes(25));
        using var response = await client.GetAsync("/candidates");

        Assert.Equal("/sign-in?returnUrl=%2Fcandidates", response.RedirectTarget());
    }
}
