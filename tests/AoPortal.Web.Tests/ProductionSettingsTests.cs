using System.Net;
using AoPortal.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Web.Tests;

/// <summary>
/// What the portal does outside Development (the test host runs as "Testing"): HSTS over HTTPS, and error pages that
/// say sorry without revealing what went wrong inside.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class ProductionSettingsTests(PortalFactory factory)
{
    [Fact]
    public async Task Https_responses_tell_browsers_to_use_https_from_now_on_and_plain_http_ones_do_not()
    {
        using var https = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://aoportal.example/"), AllowAutoRedirect = false });
        using var http = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://aoportal.example/"), AllowAutoRedirect = false });

        using var secure = await https.GetAsync("/sign-in");
        using var plain = await http.GetAsync("/sign-in");

        Assert.Contains("max-age=", string.Join(";", secure.Headers.GetValues("Strict-Transport-Security")));
        Assert.False(plain.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task An_unexpected_failure_shows_the_sorry_page_with_no_stack_trace_or_exception_detail()
    {
        // A record the portal cannot read (its application document corrupted outside the portal) fails the page.
        await using var portal = new PortalFactory();
        var candidate = await ReviewCandidates.CreateAsync(portal);
        await portal.WithDbAsync(db => db.Database.ExecuteSqlInterpolatedAsync(
            $"UPDATE \"Candidates\" SET \"Application\" = '{{\"broken\": [' WHERE \"Id\" = {candidate.Id}"));
        var admin = await portal.SignedInAsync(DemoAccounts.Admin);

        using var response = await admin.GetAsync($"/candidates/{candidate.Id}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("Sorry, there is a problem with the service", html);
        Assert.DoesNotContain("Exception", html);
        Assert.DoesNotContain(" at AoPortal.", html);
        Assert.DoesNotContain("broken", html);
    }
}
