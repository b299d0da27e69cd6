using System.Net;
using AoPortal.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Web.Tests;

/// <summary>
/// Provider staff read a candidate's answers on /candidates/{id}/application: never with Change links, and never the
/// declarations, which are safeguarding details read only on the audited safeguarding page. Uses the demo data:
/// Daniel Evans has a complete, submitted application.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class ApplicationAnswersForStaffTests(PortalFactory factory)
{
    [Theory]
    [InlineData(DemoAccounts.Admin)]
    [InlineData(DemoAccounts.Assessor)]
    [InlineData(DemoAccounts.Moderator)]
    public async Task Provider_staff_read_the_answers_without_change_links_or_declarations(string email)
    {
        var daniel = await DanielAsync();
        var client = factory.CreatePortalClient();
        await client.SignInAsync(email);
        var viewingsBefore = await SafeguardingViewingsAsync(daniel);

        var page = await client.GetPageAsync($"/candidates/{daniel}/application");

        Assert.Equal("Application", PageAssert.Heading(page));
        var text = PageAssert.MainText(page);
        Assert.Contains("University of Leeds", text);
        Assert.Contains("Hillside Community School", text);
        Assert.Contains("Submitted", text);
        Assert.DoesNotContain(page.QuerySelectorAll("main a"), a => a.TextContent.Trim().StartsWith("Change", StringComparison.Ordinal));
        var declarations = page.GetElementById("answers-declarations")?.TextContent ?? "";
        Assert.Contains("shown with the safeguarding details", declarations);
        Assert.DoesNotContain("Health questionnaire", declarations);
        Assert.Equal(viewingsBefore, await SafeguardingViewingsAsync(daniel));
    }

    [Theory]
    [InlineData(DemoAccounts.Candidate)]
    [InlineData(DemoAccounts.SchoolLead)]
    public async Task A_candidate_or_school_lead_cannot_read_a_candidates_answers_here(string email)
    {
        var daniel = await DanielAsync();
        var client = factory.CreatePortalClient();
        await client.SignInAsync(email);

        var page = await client.GetPageAsync($"/candidates/{daniel}/application", HttpStatusCode.Forbidden);

        Assert.Equal("You do not have permission to see this page", PageAssert.Heading(page));
    }

    [Fact]
    public async Task An_unknown_candidate_is_not_found()
    {
        var client = factory.CreatePortalClient();
        await client.SignInAsync(DemoAccounts.Admin);

        await client.GetPageAsync($"/candidates/{Guid.NewGuid()}/application", HttpStatusCode.NotFound);
    }

    private Task<Guid> DanielAsync() =>
        factory.WithDbAsync(db => db.Candidates.Where(c => c.Email == "daniel.evans@demo.test").Select(c => c.Id).SingleAsync());

    private Task<int> SafeguardingViewingsAsync(Guid candidateId) =>
        factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.SubjectId == candidateId && a.Action == "Safeguarding details viewed"));
}
