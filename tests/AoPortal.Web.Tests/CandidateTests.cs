using System.Net;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Users;
using AoPortal.Infrastructure.Identity;
using AoPortal.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Web.Tests;

[Collection(PortalCollection.Name)]
public sealed class CandidateTests(PortalFactory factory)
{
    private const string NewCandidateForm = "form[action='/candidates/new']";

    [Fact]
    public async Task An_admin_creates_a_candidate_record_and_the_candidate_is_invited()
    {
        var email = TestAccounts.UniqueEmail("new-candidate");
        var oakfield = await factory.SchoolIdAsync(DemoAccounts.OakfieldPrimary);
        var admin = await factory.SignedInAsync(DemoAccounts.Admin);

        using var response = await admin.PostFormAsync("/candidates/new", NewCandidateForm, Fields.Of(
            ("Form.FirstNames", "Grace"), ("Form.LastName", "Hopper"), ("Form.Email", email),
            ("Form.EmployingSchoolId", oakfield.ToString()), ("Form.AgeRange", "5-11")));

        var candidate = await factory.WithDbAsync(db => db.Candidates.AsNoTracking().SingleAsync(c => c.Email == email));
        Assert.Equal($"/candidates/{candidate.Id}", response.RedirectTarget());
        var page = await admin.FollowAsync(response);
        Assert.Equal("Grace Hopper", PageAssert.Heading(page));
        Assert.Contains("Application in progress", PageAssert.MainText(page));
        PageAssert.SuccessBanner(page, "Candidate record created for Grace Hopper");

        Assert.Equal(CandidateStatus.ApplicationDraft, candidate.Status);
        Assert.Equal(oakfield, candidate.EmployingSchoolId!.Value);
        Assert.Equal("5-11", candidate.IntendedAgeRange!.Value.Code);
        var user = await factory.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == candidate.UserId));
        Assert.Equal(email, user.Email);
        Assert.Equal("Grace Hopper", user.DisplayName);
        var roles = await factory.WithDbAsync(db => db.UserRoles.Where(r => r.UserId == user.Id).Select(r => r.RoleId).ToListAsync());
        Assert.Equal([PortalRoleNames.RoleIds[PortalRole.Candidate]], roles);
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.SubjectId == candidate.Id && a.Action == "Candidate record created and invited")));

        var link = factory.Mailbox.SetPasswordLinkTo(email);
        Assert.Contains($"userId={user.Id}", link);
        Assert.Equal("Set your password", PageAssert.Heading(await factory.CreatePortalClient().GetPageAsync(link)));
    }

    [Fact]
    public async Task A_secondary_age_range_needs_a_subject()
    {
        var email = TestAccounts.UniqueEmail("no-subject");
        var riverside = await factory.SchoolIdAsync(DemoAccounts.RiversideAcademy);
        var admin = await factory.SignedInAsync(DemoAccounts.Admin);

        using var response = await admin.PostFormAsync("/candidates/new", NewCandidateForm, Fields.Of(
            ("Form.FirstNames", "Ada"), ("Form.LastName", "Lovelace"), ("Form.Email", email),
            ("Form.EmployingSchoolId", riverside.ToString()), ("Form.AgeRange", "11-16"), ("Form.Subjects", "")));

        var page = await response.ReadPageAsync();
        PageAssert.ErrorSummaryLists(page, "Enter the subject the candidate teaches", "form-subjects");
        PageAssert.FieldHasError(page, "form-subjects", "Enter the subject the candidate teaches");
        Assert.NotNull(page.QuerySelector("input[name='Form.AgeRange'][value='11-16'][checked]"));
        Assert.NotNull(page.QuerySelector($"#form-employingschoolid option[value='{riverside}'][selected]"));
        Assert.False(await factory.WithDbAsync(db => db.Candidates.AnyAsync(c => c.Email == email)));
        Assert.False(await factory.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email)));
        Assert.Equal(0, factory.Mailbox.CountTo(email));
    }

    [Fact]
    public async Task A_secondary_candidate_with_subjects_is_created()
    {
        var email = TestAccounts.UniqueEmail("with-subjects");
        var riverside = await factory.SchoolIdAsync(DemoAccounts.RiversideAcademy);
        var admin = await factory.SignedInAsync(DemoAccounts.Admin);

        using var response = await admin.PostFormAsync("/candidates/new", NewCandidateForm, Fields.Of(
            ("Form.FirstNames", "Alan"), ("Form.LastName", "Turing"), ("Form.Email", email),
            ("Form.EmployingSchoolId", riverside.ToString()), ("Form.AgeRange", "11-18"), ("Form.Subjects", "Mathematics, Computing")));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var candidate = await factory.WithDbAsync(db => db.Candidates.AsNoTracking().SingleAsync(c => c.Email == email));
        Assert.Equal(["Mathematics", "Computing"], candidate.Subjects);
    }

    [Fact]
    public async Task A_candidate_email_address_already_in_use_is_refused()
    {
        var oakfield = await factory.SchoolIdAsync(DemoAccounts.OakfieldPrimary);
        var before = await factory.WithDbAsync(db => db.Candidates.CountAsync());
        var admin = await factory.SignedInAsync(DemoAccounts.Admin);

        using var response = await admin.PostFormAsync("/candidates/new", NewCandidateForm, Fields.Of(
            ("Form.FirstNames", "Priya"), ("Form.LastName", "Again"), ("Form.Email", DemoAccounts.Candidate),
            ("Form.EmployingSchoolId", oakfield.ToString()), ("Form.AgeRange", "5-11")));

        PageAssert.FieldHasError(await response.ReadPageAsync(), "form-email", "An account with this email address already exists");
        Assert.Equal(before, await factory.WithDbAsync(db => db.Candidates.CountAsync()));
    }

    [Fact]
    public async Task Searching_by_name_finds_only_the_matching_candidate()
    {
        var assessor = await factory.SignedInAsync(DemoAccounts.Assessor);

        var page = await assessor.GetPageAsync("/candidates?search=priya");

        var row = Assert.Single(PageAssert.TableRows(page));
        Assert.Contains("Priya Sharma", row);
        Assert.Contains(DemoAccounts.OakfieldPrimary, row);
        Assert.Equal("Showing 1 to 1 of 1 candidate", page.GetElementById("results-count")?.TextContent.Trim());
        Assert.Equal("priya", page.GetElementById("search")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Searching_by_email_ignores_case()
    {
        var assessor = await factory.SignedInAsync(DemoAccounts.Assessor);

        var page = await assessor.GetPageAsync("/candidates?search=DANIEL.EVANS%40demo.test");

        Assert.Contains("Daniel Evans", Assert.Single(PageAssert.TableRows(page)));
    }

    [Fact]
    public async Task A_search_that_matches_nobody_says_so()
    {
        var assessor = await factory.SignedInAsync(DemoAccounts.Assessor);

        var page = await assessor.GetPageAsync("/candidates?search=zzz-nobody");

        Assert.Empty(PageAssert.TableRows(page));
        Assert.Equal("No candidates match your search.", page.GetElementById("results-count")?.TextContent.Trim());
    }

    [Fact]
    public async Task The_status_filter_shows_only_candidates_in_that_status()
    {
        var drafts = await factory.WithDbAsync(db => db.Candidates.CountAsync(c => c.Status == CandidateStatus.ApplicationDraft));
        var submitted = await factory.WithDbAsync(db => db.Candidates.CountAsync(c => c.Status == CandidateStatus.Submitted));
        Assert.InRange(submitted, 1, 49);
        var assessor = await factory.SignedInAsync(DemoAccounts.Assessor);

        var draftPage = await assessor.GetPageAsync("/candidates?status=ApplicationDraft");
        var submittedPage = await assessor.GetPageAsync("/candidates?status=Submitted");
        var awarded = await factory.WithDbAsync(db => db.Candidates.CountAsync(c => c.Status == CandidateStatus.QtsAwarded));
        var awardedPage = await assessor.GetPageAsync("/candidates?status=QtsAwarded");

        Assert.Equal($"Showing 1 to {Math.Min(drafts, 50)} of {drafts} candidates", draftPage.GetElementById("results-count")?.TextContent.Trim());
        Assert.All(PageAssert.TableRows(draftPage), r => Assert.Contains("Application in progress", r));
        Assert.NotNull(draftPage.QuerySelector("#status option[value='ApplicationDraft'][selected]"));
        Assert.Equal($"Showing 1 to {submitted} of {submitted} {(submitted == 1 ? "candidate" : "candidates")}", submittedPage.GetElementById("results-count")?.TextContent.Trim());
        Assert.All(PageAssert.TableRows(submittedPage), r => Assert.Contains("Application submitted", r));
        Assert.Equal(Math.Min(awarded, 50), PageAssert.TableRows(awardedPage).Count);
        Assert.All(PageAssert.TableRows(awardedPage), r => Assert.Contains("QTS awarded", r));
    }

    [Fact]
    public async Task Provider_staff_open_any_candidate_record()
    {
        var daniel = await factory.WithDbAsync(db => db.Candidates.Where(c => c.Email == "daniel.evans@demo.test").Select(c => c.Id).SingleAsync());
        var moderator = await factory.SignedInAsync(DemoAccounts.Moderator);

        var page = await moderator.GetPageAsync($"/candidates/{daniel}");

        Assert.Equal("Daniel Evans", PageAssert.Heading(page));
        Assert.Contains(DemoAccounts.RiversideAcademy, PageAssert.MainText(page));
        Assert.Contains("Mathematics", PageAssert.MainText(page));
    }

    [Fact]
    public async Task An_unknown_candidate_is_page_not_found()
    {
        var assessor = await factory.SignedInAsync(DemoAccounts.Assessor);

        var page = await assessor.GetPageAsync($"/candidates/{Guid.NewGuid()}", HttpStatusCode.NotFound);

        Assert.Equal("Page not found", PageAssert.Heading(page));
    }

    [Fact]
    public async Task Only_admins_see_the_create_button_on_the_list()
    {
        var admin = await factory.SignedInAsync(DemoAccounts.Admin);
        var assessor = await factory.SignedInAsync(DemoAccounts.Assessor);

        Assert.NotNull((await admin.GetPageAsync("/candidates")).QuerySelector("main a[href='/candidates/new']"));
        Assert.Null((await assessor.GetPageAsync("/candidates")).QuerySelector("main a[href='/candidates/new']"));
    }

    [Fact]
    public async Task An_admin_sends_a_candidate_a_new_invitation_and_the_old_link_stops_working()
    {
        var email = TestAccounts.UniqueEmail("reinvited");
        var oakfield = await factory.SchoolIdAsync(DemoAccounts.OakfieldPrimary);
        var admin = await factory.SignedInAsync(DemoAccounts.Admin);
        using var created = await admin.PostFormAsync("/candidates/new", NewCandidateForm, Fields.Of(
            ("Form.FirstNames", "Mary"), ("Form.LastName", "Somerville"), ("Form.Email", email),
            ("Form.EmployingSchoolId", oakfield.ToString()), ("Form.AgeRange", "7-11")));
        var recordUrl = created.RedirectTarget();
        var firstLink = factory.Mailbox.SetPasswordLinkTo(email);

        using var response = await admin.PostFormAsync(recordUrl, "form[action$='/resend-invitation']", []);

        Assert.Equal(recordUrl, response.RedirectTarget());
        var page = await admin.FollowAsync(response);
        PageAssert.SuccessBanner(page, "We have emailed Mary Somerville a new link");
        Assert.Contains("Invitation sent again", PageAssert.MainText(page));
        Assert.Equal(2, factory.Mailbox.CountTo(email));
        var secondLink = factory.Mailbox.SetPasswordLinkTo(email);
        Assert.NotEqual(firstLink, secondLink);
        var visitor = factory.CreatePortalClient();
        Assert.Equal("This link has expired", PageAssert.Heading(await visitor.GetPageAsync(firstLink)));
        Assert.Equal("Set your password", PageAssert.Heading(await visitor.GetPageAsync(secondLink)));
    }

    [Fact]
    public async Task Only_an_admin_is_offered_a_new_invitation_for_a_candidate()
    {
        var tomBaker = await factory.WithDbAsync(db => db.Candidates.Where(c => c.Email == "tom.baker@demo.test").Select(c => c.Id).SingleAsync());

        var asAdmin = await (await factory.SignedInAsync(DemoAccounts.Admin)).GetPageAsync($"/candidates/{tomBaker}");
        var asAssessor = await (await factory.SignedInAsync(DemoAccounts.Assessor)).GetPageAsync($"/candidates/{tomBaker}");

        Assert.NotNull(asAdmin.QuerySelector("form[action$='/resend-invitation']"));
        Assert.Null(asAssessor.QuerySelector("form[action$='/resend-invitation']"));
        Assert.Contains("Invited", PageAssert.MainText(asAssessor));
    }
}
