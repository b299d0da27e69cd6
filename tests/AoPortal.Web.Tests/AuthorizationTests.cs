using System.Net;
using AoPortal.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Web.Tests;

[Collection(PortalCollection.Name)]
public sealed class AuthorizationTests(PortalFactory factory)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/admin/schools")]
    [InlineData("/admin/users")]
    [InlineData("/candidates")]
    [InlineData("/candidates/new")]
    [InlineData("/standards")]
    [InlineData("/account/change-password")]
    [InlineData("/account")]
    [InlineData("/notifications")]
    public async Task Someone_not_signed_in_is_sent_to_sign_in_and_back(string path)
    {
        var client = factory.CreatePortalClient();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/sign-in?returnUrl={Uri.EscapeDataString(path)}", response.RedirectTarget());
    }

    [Fact]
    public async Task The_health_check_answers_without_signing_in()
    {
        var client = factory.CreatePortalClient();

        using var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(DemoAccounts.Candidate, "/admin/schools")]
    [InlineData(DemoAccounts.Candidate, "/admin/schools/new")]
    [InlineData(DemoAccounts.Candidate, "/admin/users")]
    [InlineData(DemoAccounts.Candidate, "/candidates")]
    [InlineData(DemoAccounts.Candidate, "/candidates/new")]
    [InlineData(DemoAccounts.SchoolLead, "/admin/users")]
    [InlineData(DemoAccounts.SchoolLead, "/admin/schools")]
    [InlineData(DemoAccounts.SchoolLead, "/candidates")]
    [InlineData(DemoAccounts.Assessor, "/admin/schools")]
    [InlineData(DemoAccounts.Assessor, "/admin/users")]
    [InlineData(DemoAccounts.Assessor, "/candidates/new")]
    [InlineData(DemoAccounts.Moderator, "/admin/users/new")]
    public async Task A_signed_in_person_without_the_role_gets_the_permission_page(string email, string path)
    {
        var client = factory.CreatePortalClient();
        await client.SignInAsync(email);

        var page = await client.GetPageAsync(path, HttpStatusCode.Forbidden);

        Assert.Equal("You do not have permission to see this page", PageAssert.Heading(page));
    }

    [Theory]
    [InlineData(DemoAccounts.Assessor, "/candidates")]
    [InlineData(DemoAccounts.Moderator, "/candidates")]
    [InlineData(DemoAccounts.Admin, "/candidates/new")]
    [InlineData(DemoAccounts.Admin, "/admin/schools")]
    [InlineData(DemoAccounts.Admin, "/admin/users")]
    [InlineData(DemoAccounts.Admin, "/admin/users/new")]
    [InlineData(DemoAccounts.Candidate, "/standards")]
    [InlineData(DemoAccounts.SchoolLead, "/standards")]
    public async Task A_signed_in_person_with_the_role_sees_the_page(string email, string path)
    {
        var client = factory.CreatePortalClient();
        await client.SignInAsync(email);

        var page = await client.GetPageAsync(path);

        Assert.NotEqual("You do not have permission to see this page", PageAssert.Heading(page));
    }

    [Fact]
    public async Task A_school_lead_cannot_open_a_candidate_record_at_another_school()
    {
        var riversideCandidate = await factory.WithDbAsync(db => db.Candidates.Where(c => c.Email == "daniel.evans@demo.test").Select(c => c.Id).SingleAsync());
        var client = factory.CreatePortalClient();
        await client.SignInAsync(DemoAccounts.SchoolLead);

        var page = await client.GetPageAsync($"/candidates/{riversideCandidate}", HttpStatusCode.Forbidden);

        Assert.DoesNotContain("Daniel Evans", page.DocumentElement.TextContent);
    }

    [Fact]
    public async Task A_candidate_cannot_open_their_own_or_anyone_elses_record_page()
    {
        var ids = await factory.WithDbAsync(db => db.Candidates.Where(c => c.Email == DemoAccounts.Candidate || c.Email == "tom.baker@demo.test").Select(c => c.Id).ToListAsync());
        var client = factory.CreatePortalClient();
        await client.SignInAsync(DemoAccounts.Candidate);

        foreach (var id in ids)
        {
            var page = await client.GetPageAsync($"/candidates/{id}", HttpStatusCode.Forbidden);
            Assert.DoesNotContain("Tom Baker", page.DocumentElement.TextContent);
        }
    }

    [Fact]
    public async Task A_candidate_cannot_post_to_an_admin_form()
    {
        var schools = await factory.WithDbAsync(db => db.Schools.CountAsync());
        var client = factory.CreatePortalClient();
        await client.SignInAsync(DemoAccounts.Candidate);
        // A token the candidate may legitimately hold, from a page they can see.
        var page = await client.GetPageAsync("/standards");
        var token = page.QuerySelector("form[action='/sign-out'] input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? "";

        using var response = await client.PostRawAsync("/admin/schools/new", Fields.Of(
            ("__RequestVerificationToken", token), ("Form.Name", "Sneaky School"), ("Form.Country", "Portugal"), ("Form.Phase", "Primary")));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(schools, await factory.WithDbAsync(db => db.Schools.CountAsync()));
    }

    [Fact]
    public async Task The_navigation_offers_only_what_the_person_may_use()
    {
        var candidate = factory.CreatePortalClient();
        await candidate.SignInAsync(DemoAccounts.Candidate);
        var admin = factory.CreatePortalClient();
        await admin.SignInAsync(DemoAccounts.Admin);
        var assessor = factory.CreatePortalClient();
        await assessor.SignInAsync(DemoAccounts.Assessor);

        var candidateLinks = (await candidate.GetPageAsync("/")).QuerySelectorAll("#navigation a").Select(a => a.GetAttribute("href")).ToList();
        var adminLinks = (await admin.GetPageAsync("/")).QuerySelectorAll("#navigation a").Select(a => a.GetAttribute("href")).ToList();
        var assessorLinks = (await assessor.GetPageAsync("/")).QuerySelectorAll("#navigation a").Select(a => a.GetAttribute("href")).ToList();
        var moderator = factory.CreatePortalClient();
        await moderator.SignInAsync(DemoAccounts.Moderator);
        var moderatorLinks = (await moderator.GetPageAsync("/")).QuerySelectorAll("#navigation a").Select(a => a.GetAttribute("href")).ToList();

        Assert.Equal(["/", "/standards"], candidateLinks);
        Assert.Equal(["/", "/candidates", "/admin/schools", "/admin/users", "/eligibility-policy", "/register-exports", "/reports", "/standards"], adminLinks);
        Assert.Equal(["/", "/caseload", "/evidence/review", "/candidates", "/standards"], assessorLinks);
        Assert.Equal(["/", "/caseload", "/evidence/review", "/moderation", "/candidates", "/standards"], moderatorLinks);
    }
}
