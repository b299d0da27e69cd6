using System.Net;
using AoPortal.Web.Tests.Support;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace AoPortal.Web.Tests.Hostile;

/// <summary>
/// Every POST endpoint the app maps (read from its EndpointDataSource, so a new one is covered without a change here),
/// posted by every demo role and anonymously with no antiforgery token, a made-up token, and a real token from another
/// session. Each is refused (400; an anonymous person is sent to sign in first, a person without the role gets 403) and
/// nothing changes. AntiforgeryTests covers the same for adding a school and signing in and out, one case each.
/// </summary>
public sealed class AntiforgeryOnEveryPostTests(PortalFactory portal, ITestOutputHelper output) : IClassFixture<PortalFactory>
{
    private static readonly string[] Roles = [DemoAccounts.Admin, DemoAccounts.Assessor, DemoAccounts.Moderator, DemoAccounts.SchoolLead, DemoAccounts.Candidate];

    [Fact]
    public async Task Every_post_endpoint_refuses_a_missing_made_up_or_foreign_antiforgery_token_and_changes_nothing()
    {
        var candidate = await AssessmentCandidates.StartedAsync(portal);
        var routes = PostRoutes(candidate.Id);
        Assert.True(routes.Count >= 40, $"Expected the portal's POST endpoints, found {routes.Count}");

        var clients = new List<(string Who, PortalClient Client)> { ("anonymous", portal.CreatePortalClient()) };
        foreach (var email in Roles) clients.Add((email, await portal.SignedInAsync(email)));
        clients.Add(("the candidate", await portal.SignedInAsync(candidate.Email, TestAccounts.Password)));
        // A real token, issued to another (anonymous) session: valid in itself, but not for these people or their cookies.
        var foreign = (await portal.CreatePortalClient().GetPageAsync("/sign-in"))
            .QuerySelector("form[action='/sign-in'] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var tokens = new (string Name, string? Value)[] { ("no token", null), ("made-up token", "CfDJ8" + new string('A', 150)), ("another session's token", foreign) };

        var before = await PortalState.TakeAsync(portal);
        // By id, not by time: entries made on the test clock share timestamps, so their order is the database's choice.
        var auditBefore = (await portal.WithDbAsync(db => db.AuditEntries.AsNoTracking().Select(a => a.Id).ToListAsync())).ToHashSet();
        var failures = new List<string>();
        var refused400 = new HashSet<string>();
        var tried = 0;
        foreach (var route in routes)
        {
            foreach (var (who, client) in clients)
            {
                foreach (var (tokenName, token) in tokens)
                {
                    List<KeyValuePair<string, string>> fields = [new("Form.Name", "<script>alert(1)</script>"), new("Form.Text", "Forged")];
                    if (token is not null) fields.Add(new("__RequestVerificationToken", token));
                    using var response = await client.PostRawAsync(route, fields);
                    tried++;
                    var status = (int)response.StatusCode;
                    var ok = status switch
                    {
                        400 => refused400.Add(route) || true,
                        403 => who != "anonymous",
                        302 => who == "anonymous" && response.RedirectTarget().StartsWith("/sign-in", StringComparison.Ordinal),
                        _ => false,
                    };
                    if (!ok) failures.Add($"POST {route} as {who} with {tokenName}: {status} {response.Headers.Location}");
                }
            }
        }

        var after = await PortalState.TakeAsync(portal);
        HostileInputLog.Count("antiforgery: every POST endpoint", tried);
        HostileInputLog.Write();
        output.WriteLine($"{routes.Count} POST endpoints x {clients.Count} people x {tokens.Length} tokens = {tried} forged posts:\n{string.Join("\n", routes)}");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(40)));
        Assert.Empty(routes.Except(refused400));
        // A 403 is audited ("Access denied", by the authorization handler): the only change these posts may make.
        var changes = after.DifferencesFrom(before);
        var added = (await portal.WithDbAsync(db => db.AuditEntries.AsNoTracking().Select(a => new { a.Id, a.Action }).ToListAsync()))
            .Where(a => !auditBefore.Contains(a.Id)).Select(a => a.Action).ToList();
        if (changes.StartsWith("table AuditEntries:", StringComparison.Ordinal) && !changes.Contains(';') && added.All(a => a == "Access denied"))
            changes = "";
        else if (changes.Length > 0)
            changes += "; audit entries added: " + string.Join(", ", added.GroupBy(a => a).Select(g => $"{g.Key} x{g.Count()}"));

        Assert.True(changes.Length == 0, changes);
    }

    /// <summary>The path of every POST endpoint, with its parameters filled in with values that reach the action.</summary>
    private List<string> PostRoutes(Guid candidateId)
    {
        var endpoints = portal.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Contains("POST") == true);
        return endpoints.Select(e => "/" + string.Join("/", e.RoutePattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
            {
                RoutePatternLiteralPart literal => literal.Content,
                RoutePatternSeparatorPart separator => separator.Content,
                RoutePatternParameterPart parameter => ValueFor(parameter, candidateId),
                _ => "",
            })))))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static string ValueFor(RoutePatternParameterPart parameter, Guid candidateId)
    {
        var constraints = string.Join(",", parameter.ParameterPolicies.Select(p => p.Content));
        return parameter.Name switch
        {
            "id" or "candidateId" when constraints.Contains("guid") => candidateId.ToString(),
            _ when constraints.Contains("guid") => Guid.NewGuid().ToString(),
            _ when constraints.Contains("int") => "1",
            "subject" => "english",
            "requirement" => "Degree",
            "code" => "TS1",
            "kind" => "degree",
            _ => "x",
        };
    }
}
