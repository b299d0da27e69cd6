using System.Net;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Schools;
using AoPortal.Domain.Users;
using AoPortal.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Web.Tests;

/// <summary>Candidates who named a school that is not listed, and the admin who adds it and links them.</summary>
[Collection(PortalCollection.Name)]
public sealed class SchoolRequestTests(PortalFactory factory)
{
    [Fact]
    public async Task The_demo_request_waits_in_the_admins_queue()
    {
        var admin = await factory.SignedInAsync(DemoAccounts.Admin);

        var page = await admin.GetPageAsync("/admin/schools/requests");

        Assert.Equal("Schools candidates asked for", PageAssert.Heading(page));
        Assert.Contains(PageAssert.TableRows(page), row => row.Contains("Grace Adeyemi") && row.Contains("St Mary's Primary School, Leeds"));
        Assert.NotNull((await admin.GetPageAsync("/admin/schools")).QuerySelector("a[href='/admin/schools/requests']"));
    }

    [Fact]
    public async Task An_admin_adds_the_school_a_submitted_candidate_named_links_them_and_its_lead_is_asked_for_support()
    {
        var schoolName = $"Elm Tree Primary {Guid.NewGuid():N}"[..26];
        var candidate = await AskingForAsync(schoolName, submitted: true);
        var admin = await factory.SignedInAsync(DemoAccounts.Admin);

        var request = await admin.GetPageAsync($"/admin/schools/requests/{candidate.Id}");
        Assert.Equal($"Link {candidate.FullName} to their school", PageAssert.Heading(request));
        var addLink = request.QuerySelector("a[href^='/admin/schools/new']")!.GetAttribute("href")!;
        var addForm = await admin.GetPageAsync(addLink);
        Assert.Equal(schoolName, addForm.QuerySelector("#form-name")!.GetAttribute("value"));

        using var added = await admin.PostFormAsync(addForm, "form[action='/admin/schools/new']", Fields.Of(
            ("Form.Name", schoolName), ("Form.Phase", nameof(SchoolPhase.Primary)), ("Form.Country", "England"), ("Form.Urn", Random.Shared.Next(300000, 999999).ToString()),
            ("Form.LocalAuthority", "York"), ("Form.Postcode", "YO1 7HH")));
        Assert.Equal($"/admin/schools/requests/{candidate.Id}", added.RedirectTarget());
        var schoolId = await factory.SchoolIdAsync(schoolName);
        var leadEmail = TestAccounts.UniqueEmail("elmlead");
        await TestAccounts.CreateAsync(factory, "Elm Lead", leadEmail, PortalRole.SchoolLead, schoolId: schoolId);

        var linkPage = await admin.FollowAsync(added);
        using var linked = await admin.PostFormAsync(linkPage, $"form[action='/admin/schools/requests/{candidate.Id}']", Fields.Of(("Form.SchoolId", schoolId.ToString())));

        Assert.Equal("/admin/schools/requests", linked.RedirectTarget());
        var list = await admin.FollowAsync(linked);
        PageAssert.SuccessBanner(list, $"{candidate.FullName} is now linked to {schoolName}");
        Assert.DoesNotContain(PageAssert.TableRows(list), row => row.Contains(candidate.FullName));
        var stored = await ReviewCandidates.LoadAsync(factory, candidate.Id);
        Assert.Equal(schoolId, stored.EmployingSchoolId);
        Assert.Null(stored.Application.RequestedSchoolName);
        Assert.Equal(1, await ReviewCandidates.AuditCountAsync(factory, candidate.Id, "Requested school linked"));
        Assert.Equal("Please confirm your school's support for an Assessment Only candidate", factory.Mailbox.LatestTo(leadEmail).Subject);
    }

    [Fact]
    public async Task Linking_needs_a_listed_school_and_changes_nothing_otherwise()
    {
        var candidate = await AskingForAsync("Larch Academy, Hull", submitted: false);
        var admin = await factory.SignedInAsync(DemoAccounts.Admin);
        var form = $"form[action='/admin/schools/requests/{candidate.Id}']";

        using var none = await admin.PostFormAsync($"/admin/schools/requests/{candidate.Id}", form, Fields.Of(("Form.SchoolId", "")));
        PageAssert.ErrorSummaryLists(await none.ReadPageAsync(), "Select the school the candidate works at", "form-schoolid");
        using var unknown = await admin.PostFormAsync($"/admin/schools/requests/{candidate.Id}", form, Fields.Of(("Form.SchoolId", Guid.NewGuid().ToString())));
        PageAssert.ErrorSummaryLists(await unknown.ReadPageAsync(), "Select a school from the list", "form-schoolid");

        var stored = await ReviewCandidates.LoadAsync(factory, candidate.Id);
        Assert.Null(stored.EmployingSchoolId);
        Assert.Equal("Larch Academy, Hull", stored.Application.RequestedSchoolName);
    }

    [Fact]
    public async Task A_candidate_without_a_request_has_no_request_page()
    {
        var candidate = await ReviewCandidates.CreateAsync(factory);
        var admin = await factory.SignedInAsync(DemoAccounts.Admin);

        using var response = await admin.GetAsync($"/admin/schools/requests/{candidate.Id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData(DemoAccounts.Assessor)]
    [InlineData(DemoAccounts.SchoolLead)]
    [InlineData(DemoAccounts.Candidate)]
    public async Task Only_admins_see_or_answer_requests(string email)
    {
        var candidate = await AskingForAsync("Birch School, Derby", submitted: false);
        var client = await factory.SignedInAsync(email);
        var oakfield = await factory.SchoolIdAsync(DemoAccounts.OakfieldPrimary);

        using var list = await client.GetAsync("/admin/schools/requests");
        // Their own antiforgery token, from the sign-out form every page has.
        var token = (await client.GetPageAsync("/")).QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        using var post = await client.PostRawAsync($"/admin/schools/requests/{candidate.Id}", Fields.Of(
            ("Form.SchoolId", oakfield.ToString()), ("__RequestVerificationToken", token)));

        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Null((await ReviewCandidates.LoadAsync(factory, candidate.Id)).EmployingSchoolId);
    }

    /// <summary>A candidate with a complete application who named a school that is not listed.</summary>
    private async Task<ReviewCandidate> AskingForAsync(string schoolName, bool submitted)
    {
        var candidate = await ReviewCandidates.CreateAsync(factory, submit: false);
        await factory.WithDbAsync(async db =>
        {
            var stored = await db.Candidates.SingleAsync(c => c.Id == candidate.Id);
            stored.SaveSchoolSupport(null, schoolName);
            if (submitted) db.AuditEntries.Add(stored.Submit(new(candidate.UserId, candidate.FullName), factory.Clock.GetUtcNow().UtcDateTime));
            await db.SaveChangesAsync();
        });
        return candidate;
    }
}
