using System.Net;
using AoPortal.Domain.Users;
using AoPortal.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Web.Tests;

/// <summary>
/// Who may open the eligibility review pages, on the demo data: Daniel Evans (submitted, at Riverside Academy) and
/// Priya Sharma (a draft, at Oakfield Primary, whose school lead is schoollead@demo.test). Nothing here changes a
/// candidate; opening the safeguarding page only adds audit entries.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class ReviewAccessTests(PortalFactory factory)
{
    private const string Forbidden = "You do not have permission to see this page";

    [Theory]
    [InlineData(DemoAccounts.Admin)]
    [InlineData(DemoAccounts.Assessor)]
    [InlineData(DemoAccounts.Moderator)]
    public async Task Provider_staff_see_the_entry_requirements(string email)
    {
        var daniel = await DanielAsync();
        var client = await factory.SignedInAsync(email);

        var page = await client.GetPageAsync($"/candidates/{daniel}/eligibility");

        Assert.Equal("Entry requirements", PageAssert.Heading(page));
        Assert.Contains("Daniel Evans", page.QuerySelector(".govuk-caption-l")?.TextContent);
        Assert.Equal(13, PageAssert.TableRows(page).Count);
        Assert.Contains("University of Leeds", page.GetElementById("requirement-Degree")?.TextContent);
        Assert.Contains("Not needed for the age range 11 to 16", page.GetElementById("requirement-GcseScience")?.TextContent);
    }

    [Theory]
    [InlineData("Foo")]
    [InlineData("12")]
    [InlineData("99")]
    public async Task A_review_address_that_names_no_requirement_is_not_found(string requirement)
    {
        var daniel = await DanielAsync();
        var client = await factory.SignedInAsync(DemoAccounts.Assessor);

        var page = await client.GetPageAsync($"/candidates/{daniel}/review/{requirement}", HttpStatusCode.NotFound);

        Assert.Equal("Page not found", PageAssert.Heading(page));
    }

    [Theory]
    [InlineData(DemoAccounts.Candidate)]
    [InlineData(DemoAccounts.SchoolLead)]
    public async Task A_candidate_or_school_lead_may_not_see_the_entry_requirements(string email)
    {
        var daniel = await DanielAsync();
        var client = await factory.SignedInAsync(email);

        var page = await client.GetPageAsync($"/candidates/{daniel}/eligibility", HttpStatusCode.Forbidden);

        Assert.Equal(Forbidden, PageAssert.Heading(page));
    }

    [Fact]
    public async Task A_school_lead_may_not_see_the_entry_requirements_even_for_their_own_staff()
    {
        var priya = await CandidateIdAsync(DemoAccounts.Candidate);
        var client = await factory.SignedInAsync(DemoAccounts.SchoolLead);

        var page = await client.GetPageAsync($"/candidates/{priya}/eligibility", HttpStatusCode.Forbidden);

        Assert.Equal(Forbidden, PageAssert.Heading(page));
    }

    [Fact]
    public async Task A_candidate_may_not_see_their_own_entry_requirements_page()
    {
        var priya = await CandidateIdAsync(DemoAccounts.Candidate);
        var client = await factory.SignedInAsync(DemoAccounts.Candidate);

        var page = await client.GetPageAsync($"/candidates/{priya}/eligibility", HttpStatusCode.Forbidden);

        Assert.Equal(Forbidden, PageAssert.Heading(page));
    }

    [Fact]
    public async Task A_moderator_who_is_not_an_assessor_sees_the_requirements_but_cannot_judge_or_decide()
    {
        var daniel = await DanielAsync();
        var client = await ModeratorOnlyAsync();

        var page = await client.GetPageAsync($"/candidates/{daniel}/eligibility");

        Assert.Equal(13, PageAssert.TableRows(page).Count);
        Assert.Empty(page.QuerySelectorAll("a[href*='/review/']"));
        Assert.Null(page.QuerySelector("form[action$='/review/accept']"));
        Assert.DoesNotContain("Accept for assessment", PageAssert.MainText(page));
        Assert.NotNull(page.QuerySelector($"a[href='/candidates/{daniel}/safeguarding']"));
    }

    [Theory]
    [InlineData("Degree")]
    [InlineData("return")]
    [InlineData("reject")]
    [InlineData("safeguarding/record")]
    public async Task A_moderator_who_is_not_an_assessor_may_not_open_the_review_pages(string path)
    {
        var daniel = await DanielAsync();
        var client = await ModeratorOnlyAsync();

        var page = await client.GetPageAsync($"/candidates/{daniel}/review/{path}", HttpStatusCode.Forbidden);

        Assert.Equal(Forbidden, PageAssert.Heading(page));
    }

    [Theory]
    [InlineData(DemoAccounts.Candidate, "Degree")]
    [InlineData(DemoAccounts.SchoolLead, "Degree")]
    [InlineData(DemoAccounts.SchoolLead, "return")]
    [InlineData(DemoAccounts.Assessor, "safeguarding/record")]
    public async Task Others_may_not_open_the_review_pages(string email, string path)
    {
        var daniel = await DanielAsync();
        var client = await factory.SignedInAsync(email);

        var page = await client.GetPageAsync($"/candidates/{daniel}/review/{path}", HttpStatusCode.Forbidden);

        Assert.Equal(Forbidden, PageAssert.Heading(page));
    }

    [Theory]
    [InlineData(DemoAccounts.Admin)]
    [InlineData(DemoAccounts.Moderator)]
    public async Task Each_viewing_of_the_safeguarding_details_is_recorded(string email)
    {
        var daniel = await DanielAsync();
        var userId = await factory.UserIdAsync(email);
        var client = await factory.SignedInAsync(email);
        var before = await ViewingsAsync(daniel, userId);

        var first = await client.GetPageAsync($"/candidates/{daniel}/safeguarding");
        await client.GetPageAsync($"/candidates/{daniel}/safeguarding");

        Assert.Equal("Safeguarding details", PageAssert.Heading(first));
        Assert.Contains("No condition affecting capacity to teach", PageAssert.MainText(first));
        Assert.Contains("None declared", PageAssert.MainText(first));
        Assert.Equal(before + 2, await ViewingsAsync(daniel, userId));
    }

    [Theory]
    [InlineData(DemoAccounts.Assessor)]
    [InlineData(DemoAccounts.SchoolLead)]
    [InlineData(DemoAccounts.Candidate)]
    public async Task Nobody_else_sees_the_safeguarding_details_and_no_viewing_is_recorded(string email)
    {
        var daniel = await DanielAsync();
        var client = await factory.SignedInAsync(email);
        var before = await factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.SubjectId == daniel && a.Action == "Safeguarding details viewed"));

        var page = await client.GetPageAsync($"/candidates/{daniel}/safeguarding", HttpStatusCode.Forbidden);

        Assert.Equal(Forbidden, PageAssert.Heading(page));
        Assert.Equal(before, await factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.SubjectId == daniel && a.Action == "Safeguarding details viewed")));
    }

    [Fact]
    public async Task The_assessor_is_not_offered_the_safeguarding_details()
    {
        var daniel = await DanielAsync();
        var client = await factory.SignedInAsync(DemoAccounts.Assessor);

        var page = await client.GetPageAsync($"/candidates/{daniel}/eligibility");

        Assert.Null(page.QuerySelector($"a[href='/candidates/{daniel}/safeguarding']"));
        Assert.Null(page.QuerySelector("a[href$='/review/safeguarding/record']"));
    }

    [Fact]
    public async Task A_school_lead_opens_the_support_page_for_their_own_staff()
    {
        var priya = await CandidateIdAsync(DemoAccounts.Candidate);
        var client = await factory.SignedInAsync(DemoAccounts.SchoolLead);

        var page = await client.GetPageAsync($"/school/candidates/{priya}/support");

        Assert.Equal("Your school’s support", PageAssert.Heading(page));
        Assert.Contains("Priya Sharma", page.QuerySelector(".govuk-caption-l")?.TextContent);
        Assert.NotNull(page.QuerySelector($"form[action='/school/candidates/{priya}/support']"));
    }

    [Fact]
    public async Task A_school_lead_cannot_open_the_support_page_for_another_schools_candidate()
    {
        var daniel = await DanielAsync();
        var client = await factory.SignedInAsync(DemoAccounts.SchoolLead);

        var page = await client.GetPageAsync($"/school/candidates/{daniel}/support", HttpStatusCode.NotFound);

        Assert.Equal("Page not found", PageAssert.Heading(page));
        Assert.DoesNotContain("Daniel Evans", page.DocumentElement.OuterHtml);
    }

    [Theory]
    [InlineData(DemoAccounts.Admin)]
    [InlineData(DemoAccounts.Assessor)]
    [InlineData(DemoAccounts.Candidate)]
    public async Task Only_a_school_lead_opens_the_support_page(string email)
    {
        var priya = await CandidateIdAsync(DemoAccounts.Candidate);
        var client = await factory.SignedInAsync(email);

        var page = await client.GetPageAsync($"/school/candidates/{priya}/support", HttpStatusCode.Forbidden);

        Assert.Equal(Forbidden, PageAssert.Heading(page));
    }

    [Fact]
    public async Task An_unknown_candidate_has_no_entry_requirements_page()
    {
        var client = await factory.SignedInAsync(DemoAccounts.Assessor);

        var page = await client.GetPageAsync($"/candidates/{Guid.NewGuid()}/eligibility", HttpStatusCode.NotFound);

        Assert.Equal("Page not found", PageAssert.Heading(page));
    }

    private Task<Guid> DanielAsync() => CandidateIdAsync("daniel.evans@demo.test");

    private Task<Guid> CandidateIdAsync(string email) =>
        factory.WithDbAsync(db => db.Candidates.Where(c => c.Email == email).Select(c => c.Id).SingleAsync());

    private Task<int> ViewingsAsync(Guid candidateId, Guid userId) =>
        factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.SubjectId == candidateId && a.Action == "Safeguarding details viewed" && a.ActorId == userId));

    /// <summary>The demo moderator is an assessor too, so these tests make a moderator who is nothing else.</summary>
    private async Task<PortalClient> ModeratorOnlyAsync()
    {
        var email = TestAccounts.UniqueEmail("moderator-only");
        await TestAccounts.CreateAsync(factory, "Mo Derator", email, PortalRole.Moderator);
        var client = factory.CreatePortalClient();
        await client.SignInAsync(email, TestAccounts.Password);
        return client;
    }
}
