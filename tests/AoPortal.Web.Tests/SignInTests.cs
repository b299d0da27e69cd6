using System.Net;
using AoPortal.Domain.Users;
using AoPortal.Web.Tests.Support;

namespace AoPortal.Web.Tests;

[Collection(PortalCollection.Name)]
public sealed class SignInTests(PortalFactory factory)
{
    [Theory]
    [InlineData(DemoAccounts.Admin, "Welcome, Alex Admin")]
    [InlineData(DemoAccounts.Assessor, "Welcome, Sam Assessor")]
    [InlineData(DemoAccounts.Moderator, "Welcome, Morgan Moderator")]
    public async Task Provider_staff_sign_in_to_the_candidates_by_status_home_page(string email, string welcome)
    {
        var client = factory.CreatePortalClient();

        using var response = await client.TrySignInAsync(email, DemoAccounts.Password);

        Assert.Equal("/", response.RedirectTarget());
        var home = await client.GetPageAsync("/");
        Assert.Equal(welcome, PageAssert.Heading(home));
        Assert.Contains("Candidates by status", PageAssert.MainText(home));
    }

    [Fact]
    public async Task Only_an_admin_sees_the_admin_links_on_the_home_page()
    {
        var admin = factory.CreatePortalClient();
        await admin.SignInAsync(DemoAccounts.Admin);
        var assessor = factory.CreatePortalClient();
        await assessor.SignInAsync(DemoAccounts.Assessor);

        var adminHome = await admin.GetPageAsync("/");
        var assessorHome = await assessor.GetPageAsync("/");

        Assert.NotNull(adminHome.QuerySelector("main a[href='/admin/users']"));
        Assert.Null(assessorHome.QuerySelector("main a[href='/admin/users']"));
        Assert.Null(assessorHome.QuerySelector("nav a[href='/admin/schools']"));
    }

    [Fact]
    public async Task A_school_lead_signs_in_to_their_own_schools_staff_only()
    {
        var client = factory.CreatePortalClient();

        using var response = await client.TrySignInAsync(DemoAccounts.SchoolLead, DemoAccounts.Password);

        Assert.Equal("/", response.RedirectTarget());
        var home = await client.GetPageAsync("/");
        Assert.Equal("Your staff", PageAssert.Heading(home));
        var text = PageAssert.MainText(home);
        Assert.Contains(DemoAccounts.OakfieldPrimary, text);
        Assert.Contains("Priya Sharma", text);
        Assert.DoesNotContain("Daniel Evans", text);
        Assert.DoesNotContain(DemoAccounts.RiversideAcademy, text);
    }

    [Fact]
    public async Task A_candidate_signs_in_to_their_own_route_page()
    {
        var client = factory.CreatePortalClient();

        using var response = await client.TrySignInAsync(DemoAccounts.Candidate, DemoAccounts.Password);

        Assert.Equal("/", response.RedirectTarget());
        var home = await client.GetPageAsync("/");
        Assert.Equal("Your Assessment Only route to QTS", PageAssert.Heading(home));
        var text = PageAssert.MainText(home);
        Assert.Contains("Priya Sharma", text);
        Assert.Contains("Application in progress", text);
        Assert.DoesNotContain("Tom Baker", text);
    }

    [Fact]
    public async Task Signing_in_returns_to_the_page_asked_for()
    {
        var client = factory.CreatePortalClient();
        using var denied = await client.GetAsync("/standards");
        var signInUrl = denied.RedirectTarget();

        using var response = await client.PostFormAsync(signInUrl, "form[action='/sign-in']",
            Fields.Of(("Email", DemoAccounts.Assessor), ("Password", DemoAccounts.Password)));

        Assert.Equal("/standards", response.RedirectTarget());
    }

    [Fact]
    public async Task Signing_in_never_returns_to_another_site()
    {
        var client = factory.CreatePortalClient();

        using var response = await client.PostFormAsync("/sign-in?returnUrl=https%3A%2F%2Fevil.example%2F", "form[action='/sign-in']",
            Fields.Of(("Email", DemoAccounts.Assessor), ("Password", DemoAccounts.Password)));

        Assert.Equal("/", response.RedirectTarget());
    }

    [Fact]
    public async Task A_wrong_password_shows_the_sign_in_page_again_with_an_error_and_no_session()
    {
        var client = factory.CreatePortalClient();

        using var response = await client.TrySignInAsync(DemoAccounts.Admin, "not the right password");

        var page = await response.ReadPageAsync(HttpStatusCode.OK);
        Assert.Null(response.SetCookie(PortalClient.SessionCookieName));
        Assert.Equal("Sign in", PageAssert.Heading(page));
        Assert.StartsWith("Error:", page.Title);
        PageAssert.ErrorSummaryLists(page, "Enter a correct email address and password", "email");
        PageAssert.FieldHasError(page, "email", "Enter a correct email address and password");
        Assert.Equal(DemoAccounts.Admin, page.GetElementById("email")?.GetAttribute("value"));
        Assert.Null(page.GetElementById("password")?.GetAttribute("value"));
        using var home = await client.GetAsync("/");
        Assert.StartsWith("/sign-in", home.RedirectTarget());
    }

    [Fact]
    public async Task An_unknown_email_address_gets_the_same_message_as_a_wrong_password()
    {
        var client = factory.CreatePortalClient();

        using var response = await client.TrySignInAsync("nobody@example.test", DemoAccounts.Password);

        var page = await response.ReadPageAsync(HttpStatusCode.OK);
        Assert.Null(response.SetCookie(PortalClient.SessionCookieName));
        PageAssert.ErrorSummaryLists(page, "Enter a correct email address and password", "email");
        PageAssert.FieldHasError(page, "email", "Enter a correct email address and password");
    }

    [Fact]
    public async Task Empty_fields_ask_for_the_email_address_and_password()
    {
        var client = factory.CreatePortalClient();

        using var response = await client.TrySignInAsync("", "");

        var page = await response.ReadPageAsync(HttpStatusCode.OK);
        PageAssert.ErrorSummaryLists(page, "Enter your email address", "email");
        PageAssert.ErrorSummaryLists(page, "Enter your password", "password");
        PageAssert.FieldHasError(page, "email", "Enter your email address");
        PageAssert.FieldHasError(page, "password", "Enter your password");
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_so_even_the_right_one_is_refused()
    {
        var email = TestAccounts.UniqueEmail("lockout");
        var userId = await TestAccounts.CreateAsync(factory, "Lockout Person", email, PortalRole.Assessor);
        var client = factory.CreatePortalClient();

        for (var attempt = 1; attempt <= 5; attempt++)
        {
            using var wrong = await client.TrySignInAsync(email, "a wrong password " + attempt);
            var wrongPage = await wrong.ReadPageAsync(HttpStatusCode.OK);
            if (attempt < 5) PageAssert.ErrorSummaryLists(wrongPage, "Enter a correct email address and password");
        }

        using var right = await client.TrySignInAsync(email, TestAccounts.Password);

        var page = await right.ReadPageAsync(HttpStatusCode.OK);
        Assert.Null(right.SetCookie(PortalClient.SessionCookieName));
        PageAssert.ErrorSummaryLists(page, "Your account is locked");
        var lockoutEnd = await factory.WithDbAsync(db => Task.FromResult(db.Users.Single(u => u.Id == userId).LockoutEnd));
        Assert.NotNull(lockoutEnd);
        Assert.True(lockoutEnd > factory.Clock.GetUtcNow().AddMinutes(10));
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var client = factory.CreatePortalClient();
        await client.SignInAsync(DemoAccounts.Assessor);

        using var response = await client.SignOutAsync();

        Assert.Equal("/sign-in", response.RedirectTarget());
        var signIn = await client.FollowAsync(response);
        PageAssert.SuccessBanner(signIn, "You have signed out");
        using var home = await client.GetAsync("/");
        Assert.Equal("/sign-in?returnUrl=%2F", home.RedirectTarget());
    }

    [Fact]
    public async Task The_sign_in_page_sends_someone_already_signed_in_home()
    {
        var client = factory.CreatePortalClient();
        await client.SignInAsync(DemoAccounts.Assessor);

        using var response = await client.GetAsync("/sign-in");

        Assert.Equal("/", response.RedirectTarget());
    }
}
