using System.Net;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Users;
using AoPortal.Infrastructure.Identity;
using AoPortal.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Web.Tests;

[Collection(PortalCollection.Name)]
public sealed class NominationTests(PortalFactory factory)
{
    private const string NominateUrl = "/school/nominate";
    private const string NominateForm = "form[action='/school/nominate']";
    private const string LeadName = "Helen Head";

    [Fact]
    public async Task A_school_lead_nominates_a_colleague_who_is_invited_and_the_admins_are_told()
    {
        var email = TestAccounts.UniqueEmail("nominee");
        var lastName = UniqueLastName();
        var oakfield = await factory.SchoolIdAsync(DemoAccounts.OakfieldPrimary);
        var leadId = await factory.UserIdAsync(DemoAccounts.SchoolLead);
        var lead = await factory.SignedInAsync(DemoAccounts.SchoolLead);
        var home = await lead.GetPageAsync("/");
        Assert.Equal("Nominate a member of staff", home.QuerySelector($"main a.govuk-button[href='{NominateUrl}']")?.TextContent.Trim());

        using var response = await lead.PostFormAsync(NominateUrl, NominateForm, Fields.Of(
            ("Form.FirstNames", "Rosalind"), ("Form.LastName", lastName), ("Form.Email", email),
            ("Form.AgeRange", "11-16"), ("Form.Subjects", "Chemistry, Biology")));

        Assert.Equal("/", response.RedirectTarget());
        var page = await lead.FollowAsync(response);
        PageAssert.SuccessBanner(page,
            $"We have invited Rosalind {lastName} to apply. They will get an email with a link to set their password.");
        Assert.Contains($"Rosalind {lastName}", PageAssert.MainText(page));

        var candidate = await factory.WithDbAsync(db => db.Candidates.AsNoTracking().SingleAsync(c => c.Email == email));
        Assert.Equal(oakfield, candidate.EmployingSchoolId!.Value);
        Assert.Equal(CandidateStatus.ApplicationDraft, candidate.Status);
        Assert.Equal("11-16", candidate.IntendedAgeRange!.Value.Code);
        Assert.Equal(["Chemistry", "Biology"], candidate.Subjects);
        Assert.Equal(LeadName, candidate.NominatedByName);
        Assert.Equal(leadId, candidate.NominatedById);
        var audit = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(a => a.SubjectId == candidate.Id));
        Assert.Equal("Nominated by the school", audit.Action);
        Assert.Equal(LeadName, audit.Detail);
        Assert.Equal(leadId, audit.ActorId);

        var user = await factory.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == candidate.UserId));
        Assert.Equal(email, user.Email);
        Assert.Equal($"Rosalind {lastName}", user.DisplayName);
        Assert.Null(user.SchoolId);
        var roles = await factory.WithDbAsync(db => db.UserRoles.Where(r => r.UserId == user.Id).Select(r => r.RoleId).ToListAsync());
        Assert.Equal([PortalRoleNames.RoleIds[PortalRole.Candidate]], roles);

        var link = factory.Mailbox.SetPasswordLinkTo(email);
        Assert.Contains($"userId={user.Id}", link);
        Assert.Equal("Set your password", PageAssert.Heading(await factory.CreatePortalClient().GetPageAsync(link)));
        var toAdmin = Assert.Single(factory.Mailbox.All(), m =>
            m.To.Contains(DemoAccounts.Admin, StringComparison.OrdinalIgnoreCase) && m.Body.Contains($"Rosalind {lastName}", StringComparison.Ordinal));
        Assert.Equal("A school has nominated a candidate", toAdmin.Subject);
        Assert.Contains($"{LeadName} of {DemoAccounts.OakfieldPrimary}", toAdmin.Body);
    }

    [Fact]
    public async Task Provider_staff_see_who_nominated_a_candidate_on_their_record_but_the_candidate_does_not()
    {
        var email = TestAccounts.UniqueEmail("nominated-record");
        var lead = await factory.SignedInAsync(DemoAccounts.SchoolLead);
        using var nominated = await lead.PostFormAsync(NominateUrl, NominateForm, Fields.Of(
            ("Form.FirstNames", "Dorothy"), ("Form.LastName", UniqueLastName()), ("Form.Email", email), ("Form.AgeRange", "5-11")));
        Assert.Equal("/", nominated.RedirectTarget());
        var candidateId = await factory.WithDbAsync(db => db.Candidates.Where(c => c.Email == email).Select(c => c.Id).SingleAsync());
        var assessor = await factory.SignedInAsync(DemoAccounts.Assessor);

        var record = await assessor.GetPageAsync($"/candidates/{candidateId}");

        var row = record.GetElementById("nominated-by") ?? throw new Xunit.Sdk.XunitException("No \"Nominated by\" row on the record");
        Assert.Equal("Nominated by", row.QuerySelector(".govuk-summary-list__key")?.TextContent.Trim());
        Assert.Equal(LeadName, row.QuerySelector(".govuk-summary-list__value")?.TextContent.Trim());
        Assert.Contains("Nominated by the school", PageAssert.MainText(record));

        var candidate = factory.CreatePortalClient();
        var setPassword = await candidate.GetPageAsync(factory.Mailbox.SetPasswordLinkTo(email));
        using var set = await candidate.PostFormAsync(setPassword, "form[action='/set-password']",
            Fields.Of(("Password", TestAccounts.Password), ("ConfirmPassword", TestAccounts.Password)));
        Assert.Equal("/sign-in", set.RedirectTarget());
        await candidate.SignInAsync(email, TestAccounts.Password);
        var own = await candidate.GetPageAsync("/");
        Assert.Equal("Your Assessment Only route to QTS", PageAssert.Heading(own));
        Assert.Null(own.GetElementById("nominated-by"));
        Assert.DoesNotContain("Nominated by", PageAssert.MainText(own));
    }

    [Fact]
    public async Task A_record_an_admin_created_has_no_nominated_by_row()
    {
        var tomBaker = await factory.WithDbAsync(db => db.Candidates.Where(c => c.Email == "tom.baker@demo.test").Select(c => c.Id).SingleAsync());
        var admin = await factory.SignedInAsync(DemoAccounts.Admin);

        var record = await admin.GetPageAsync($"/candidates/{tomBaker}");

        Assert.Equal("Tom Baker", PageAssert.Heading(record));
        Assert.Null(record.GetElementById("nominated-by"));
        Assert.DoesNotContain("Nominated by", PageAssert.MainText(record));
    }

    [Fact]
    public async Task A_posted_school_is_ignored_the_nominee_always_joins_the_lead_s_own_school()
    {
        var email = TestAccounts.UniqueEmail("other-school");
        var oakfield = await factory.SchoolIdAsync(DemoAccounts.OakfieldPrimary);
        var riverside = await factory.SchoolIdAsync(DemoAccounts.RiversideAcademy);
        var lead = await factory.SignedInAsync(DemoAccounts.SchoolLead);

        using var response = await lead.PostFormAsync(NominateUrl, NominateForm, Fields.Of(
            ("Form.FirstNames", "Barbara"), ("Form.LastName", UniqueLastName()), ("Form.Email", email), ("Form.AgeRange", "5-11"),
            ("Form.EmployingSchoolId", riverside.ToString()), ("EmployingSchoolId", riverside.ToString())));

        Assert.Equal("/", response.RedirectTarget());
        var candidate = await factory.WithDbAsync(db => db.Candidates.AsNoTracking().SingleAsync(c => c.Email == email));
        Assert.Equal(oakfield, candidate.EmployingSchoolId!.Value);
    }

    [Fact]
    public async Task An_empty_nomination_shows_each_error_and_creates_nothing()
    {
        var candidates = await factory.WithDbAsync(db => db.Candidates.CountAsync());
        var users = await factory.WithDbAsync(db => db.Users.CountAsync());
        var mail = factory.Mailbox.All().Count;
        var lead = await factory.SignedInAsync(DemoAccounts.SchoolLead);

        using var response = await lead.PostFormAsync(NominateUrl, NominateForm, []);

        var page = await response.ReadPageAsync();
        Assert.StartsWith("Error: ", page.Title);
        PageAssert.ErrorSummaryLists(page, "Enter the candidate's first names", "form-firstnames");
        PageAssert.ErrorSummaryLists(page, "Enter the candidate's last name", "form-lastname");
        PageAssert.ErrorSummaryLists(page, "Enter an email address", "form-email");
        PageAssert.ErrorSummaryLists(page, "Select the age range the candidate will be assessed for", "form-agerange");
        PageAssert.FieldHasError(page, "form-firstnames", "Enter the candidate's first names");
        PageAssert.FieldHasError(page, "form-agerange", "Select the age range the candidate will be assessed for");
        Assert.Null(page.QuerySelector("select[name='Form.EmployingSchoolId']"));
        Assert.Equal(candidates, await factory.WithDbAsync(db => db.Candidates.CountAsync()));
        Assert.Equal(users, await factory.WithDbAsync(db => db.Users.CountAsync()));
        Assert.Equal(mail, factory.Mailbox.All().Count);
    }

    [Fact]
    public async Task A_secondary_nominee_needs_a_subject_and_the_answers_are_kept()
    {
        var email = TestAccounts.UniqueEmail("no-subject-nominee");
        var lead = await factory.SignedInAsync(DemoAccounts.SchoolLead);

        using var response = await lead.PostFormAsync(NominateUrl, NominateForm, Fields.Of(
            ("Form.FirstNames", "Alan"), ("Form.LastName", "Turing"), ("Form.Email", email), ("Form.AgeRange", "11-16"), ("Form.Subjects", "")));

        var page = await response.ReadPageAsync();
        PageAssert.ErrorSummaryLists(page, "Enter the subject the candidate teaches", "form-subjects");
        PageAssert.FieldHasError(page, "form-subjects", "Enter the subject the candidate teaches");
        Assert.NotNull(page.QuerySelector("input[name='Form.AgeRange'][value='11-16'][checked]"));
        Assert.Equal("Alan", page.GetElementById("form-firstnames")?.GetAttribute("value"));
        Assert.False(await factory.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email)));
        Assert.Equal(0, factory.Mailbox.CountTo(email));
    }

    [Fact]
    public async Task An_email_address_already_in_use_is_refused_on_the_email_field()
    {
        var candidates = await factory.WithDbAsync(db => db.Candidates.CountAsync());
        var lead = await factory.SignedInAsync(DemoAccounts.SchoolLead);

        using var response = await lead.PostFormAsync(NominateUrl, NominateForm, Fields.Of(
            ("Form.FirstNames", "Priya"), ("Form.LastName", "Again"), ("Form.Email", DemoAccounts.Candidate), ("Form.AgeRange", "5-11")));

        var page = await response.ReadPageAsync();
        PageAssert.ErrorSummaryLists(page, "An account with this email address already exists", "form-email");
        PageAssert.FieldHasError(page, "form-email", "An account with this email address already exists");
        Assert.Equal(candidates, await factory.WithDbAsync(db => db.Candidates.CountAsync()));
    }

    [Theory]
    [InlineData(DemoAccounts.Admin)]
    [InlineData(DemoAccounts.Assessor)]
    [InlineData(DemoAccounts.Candidate)]
    public async Task Only_a_school_lead_may_open_the_nomination_page(string email)
    {
        var client = await factory.SignedInAsync(email);

        var page = await client.GetPageAsync(NominateUrl, HttpStatusCode.Forbidden);

        Assert.Equal("You do not have permission to see this page", PageAssert.Heading(page));
    }

    [Theory]
    [InlineData(DemoAccounts.Admin)]
    [InlineData(DemoAccounts.Candidate)]
    public async Task Someone_who_is_not_a_school_lead_cannot_post_a_nomination(string signedIn)
    {
        var email = TestAccounts.UniqueEmail("forbidden-nominee");
        var client = await factory.SignedInAsync(signedIn);
        // A token they may legitimately hold, from a page they can see.
        var token = (await client.GetPageAsync("/standards"))
            .QuerySelector("form[action='/sign-out'] input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? "";

        using var response = await client.PostRawAsync(NominateUrl, Fields.Of(("__RequestVerificationToken", token),
            ("Form.FirstNames", "Sneaky"), ("Form.LastName", "Nominee"), ("Form.Email", email), ("Form.AgeRange", "5-11")));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email)));
    }

    [Fact]
    public async Task Someone_not_signed_in_is_sent_to_sign_in()
    {
        using var response = await factory.CreatePortalClient().GetAsync(NominateUrl);

        Assert.Equal($"/sign-in?returnUrl={Uri.EscapeDataString(NominateUrl)}", response.RedirectTarget());
    }

    [Fact]
    public async Task A_nomination_without_the_antiforgery_token_is_refused()
    {
        var email = TestAccounts.UniqueEmail("no-token");
        var lead = await factory.SignedInAsync(DemoAccounts.SchoolLead);

        using var response = await lead.PostRawAsync(NominateUrl, Fields.Of(
            ("Form.FirstNames", "Token"), ("Form.LastName", "Less"), ("Form.Email", email), ("Form.AgeRange", "5-11")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email)));
    }

    private static string UniqueLastName() => "Franklin" + Guid.NewGuid().ToString("N")[..8];
}
