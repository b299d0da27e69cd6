using System.Net;
using System.Text.RegularExpressions;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Users;
using AoPortal.Infrastructure.Identity;
using AoPortal.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Web.Tests;

/// <summary>A prospective candidate creates their own account from the sign-in page.</summary>
[Collection(PortalCollection.Name)]
public sealed partial class RegistrationTests(PortalFactory factory)
{
    private const string StartForm = "form[action='/register']";
    private const string ConfirmForm = "form[action='/register/confirm']";
    private const string GoodPassword = "window lantern orchard 47";

    [Fact]
    public async Task A_prospective_candidate_registers_confirms_their_email_and_starts_their_application()
    {
        var email = TestAccounts.UniqueEmail("grace");
        var visitor = factory.CreatePortalClient();
        var signIn = await visitor.GetPageAsync("/sign-in");
        Assert.NotNull(signIn.QuerySelector("a[href='/register']"));

        using var started = await Start(visitor, "Grace", "Okafor", email.ToUpperInvariant());
        Assert.Equal("/register/check-email", started.RedirectTarget());
        var checkEmail = await visitor.FollowAsync(started);
        Assert.Equal("Check your email", PageAssert.Heading(checkEmail));
        Assert.Contains(email, PageAssert.MainText(checkEmail), StringComparison.OrdinalIgnoreCase);
        // Nothing is stored until the address is proved.
        Assert.False(await factory.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email)));

        var message = factory.Mailbox.LatestTo(email);
        Assert.Equal("Confirm your email address to apply for Assessment Only", message.Subject);
        Assert.Contains("Dear Grace Okafor", message.Body);
        var link = ConfirmationLink(message.Body);

        var page = await visitor.GetPageAsync(link);
        Assert.Equal("Choose a password", PageAssert.Heading(page));
        Assert.Contains("Grace Okafor", PageAssert.MainText(page));

        using var mismatch = await visitor.PostFormAsync(page, ConfirmForm, Fields.Of(("Form.Password", GoodPassword), ("Form.ConfirmPassword", "something else entirely")));
        PageAssert.ErrorSummaryLists(await mismatch.ReadPageAsync(), "The passwords do not match", "form-confirmpassword");
        using var common = await visitor.PostFormAsync(page, ConfirmForm, Fields.Of(("Form.Password", "password123456"), ("Form.ConfirmPassword", "password123456")));
        PageAssert.ErrorSummaryLists(await common.ReadPageAsync(), "too common", "form-password");
        Assert.False(await factory.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email)));

        using var created = await visitor.PostFormAsync(page, ConfirmForm, Fields.Of(("Form.Password", GoodPassword), ("Form.ConfirmPassword", GoodPassword)));
        Assert.Equal("/application", created.RedirectTarget());
        var application = await visitor.FollowAsync(created);
        PageAssert.SuccessBanner(application, "Your account has been created");
        Assert.Equal("Your application", PageAssert.Heading(application));

        var user = await factory.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Email == email));
        Assert.True(user.EmailConfirmed);
        Assert.Equal("Grace Okafor", user.DisplayName);
        Assert.Null(user.SchoolId);
        var roles = await factory.WithDbAsync(db => db.UserRoles.Where(r => r.UserId == user.Id).Select(r => r.RoleId).ToListAsync());
        Assert.Equal([PortalRoleNames.RoleIds[PortalRole.Candidate]], roles);
        var candidate = await factory.WithDbAsync(db => db.Candidates.AsNoTracking().SingleAsync(c => c.UserId == user.Id));
        Assert.Equal(CandidateStatus.ApplicationDraft, candidate.Status);
        Assert.Null(candidate.EmployingSchoolId);
        Assert.Null(candidate.IntendedAgeRange);
        var audit = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(a => a.SubjectId == candidate.Id));
        Assert.Equal(("Registered from the sign-in page", user.Id), (audit.Action, audit.ActorId));

        // The same password signs in afterwards.
        var later = factory.CreatePortalClient();
        await later.SignInAsync(email, GoodPassword);
    }

    [Fact]
    public async Task The_link_works_once()
    {
        var email = TestAccounts.UniqueEmail("once");
        var visitor = factory.CreatePortalClient();
        var link = await RegisterAsync(visitor, email);

        var again = await factory.CreatePortalClient().GetPageAsync(link);

        Assert.Equal("You already have an account", PageAssert.Heading(again));
        Assert.Equal(1, await factory.WithDbAsync(db => db.Candidates.CountAsync(c => c.Email == email)));
    }

    [Fact]
    public async Task An_address_that_already_has_an_account_sees_the_same_page_and_is_told_by_email()
    {
        var usersBefore = await factory.WithDbAsync(db => db.Users.CountAsync());
        var mailBefore = factory.Mailbox.CountTo(DemoAccounts.Candidate);
        var visitor = factory.CreatePortalClient();

        using var started = await Start(visitor, "Someone", "Else", DemoAccounts.Candidate);

        Assert.Equal("/register/check-email", started.RedirectTarget());
        var page = await visitor.FollowAsync(started);
        Assert.Equal("Check your email", PageAssert.Heading(page));
        Assert.Equal(mailBefore + 1, factory.Mailbox.CountTo(DemoAccounts.Candidate));
        var message = factory.Mailbox.LatestTo(DemoAccounts.Candidate);
        Assert.Equal("You already have an account on the Assessment Only portal", message.Subject);
        Assert.DoesNotMatch(LinkPattern(), message.Body);
        Assert.Equal(usersBefore, await factory.WithDbAsync(db => db.Users.CountAsync()));
    }

    [Fact]
    public async Task Registration_details_are_checked_and_nothing_is_sent_when_they_are_wrong()
    {
        var email = TestAccounts.UniqueEmail("wrong");
        var visitor = factory.CreatePortalClient();

        using var blank = await Start(visitor, "", " ", "");
        var page = await blank.ReadPageAsync();
        PageAssert.ErrorSummaryLists(page, "Enter your first names", "form-firstnames");
        PageAssert.ErrorSummaryLists(page, "Enter your last name", "form-lastname");
        PageAssert.ErrorSummaryLists(page, "Enter an email address", "form-email");
        Assert.StartsWith("Error:", page.Title);

        using var badEmail = await Start(visitor, "Grace", "Okafor", "grace.example.org");
        PageAssert.ErrorSummaryLists(await badEmail.ReadPageAsync(), "Enter an email address in the correct format, like name@example.com", "form-email");
        using var longName = await Start(visitor, new string('a', 101), "Okafor", email);
        PageAssert.ErrorSummaryLists(await longName.ReadPageAsync(), "First names must be 100 characters or fewer", "form-firstnames");

        Assert.Equal(0, factory.Mailbox.CountTo(email));
    }

    [Fact]
    public async Task An_altered_link_is_refused()
    {
        var email = TestAccounts.UniqueEmail("altered");
        var visitor = factory.CreatePortalClient();
        using var _ = await Start(visitor, "Grace", "Okafor", email);
        var link = ConfirmationLink(factory.Mailbox.LatestTo(email).Body);
        var altered = link[..^4] + (link[^4..] == "AAAA" ? "BBBB" : "AAAA");

        Assert.Equal("This link has expired", PageAssert.Heading(await visitor.GetPageAsync(altered)));
        Assert.Equal("This link has expired", PageAssert.Heading(await visitor.GetPageAsync("/register/confirm")));

        var page = await visitor.GetPageAsync(link);
        using var posted = await visitor.PostFormAsync(page, ConfirmForm, Fields.Of(
            ("Form.Token", "not-a-token"), ("Form.Password", GoodPassword), ("Form.ConfirmPassword", GoodPassword)));
        Assert.Equal("This link has expired", PageAssert.Heading(await posted.ReadPageAsync()));
        Assert.False(await factory.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email)));
    }

    [Fact]
    public async Task A_signed_in_person_going_to_register_is_sent_home()
    {
        var client = factory.CreatePortalClient();
        await client.SignInAsync(DemoAccounts.Candidate);

        using var response = await client.GetAsync("/register");

        Assert.Equal("/", response.RedirectTarget());
    }

    [Fact]
    public async Task A_registered_candidate_is_listed_for_admins_without_a_school_yet()
    {
        var email = TestAccounts.UniqueEmail("listed");
        await RegisterAsync(factory.CreatePortalClient(), email, lastName: "Zephaniah-Registered");
        var admin = factory.CreatePortalClient();
        await admin.SignInAsync(DemoAccounts.Admin);

        var list = await admin.GetPageAsync("/candidates?search=zephaniah-registered");

        var row = Assert.Single(PageAssert.TableRows(list));
        Assert.Contains("Grace Zephaniah-Registered", row);
        Assert.Contains("Not given yet", row);
        Assert.Contains("Not chosen yet", row);
    }

    [Fact]
    public async Task A_link_stops_working_after_24_hours()
    {
        await using var own = new PortalFactory();
        var email = TestAccounts.UniqueEmail("late");
        var visitor = own.CreatePortalClient();
        using var _ = await Start(visitor, "Grace", "Okafor", email);
        var link = ConfirmationLink(own.Mailbox.LatestTo(email).Body);
        var page = await visitor.GetPageAsync(link);

        own.Clock.Advance(TimeSpan.FromHours(24) + TimeSpan.FromMinutes(1));

        Assert.Equal("This link has expired", PageAssert.Heading(await visitor.GetPageAsync(link)));
        using var posted = await visitor.PostFormAsync(page, ConfirmForm, Fields.Of(("Form.Password", GoodPassword), ("Form.ConfirmPassword", GoodPassword)));
        Assert.Equal("This link has expired", PageAssert.Heading(await posted.ReadPageAsync()));
        Assert.False(await own.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email)));
    }

    [Fact]
    public async Task Asking_too_often_from_one_address_is_refused_with_a_clear_page()
    {
        await using var own = new PortalFactory { Settings = { ["Registration:PermitLimit"] = "2" } };
        var visitor = own.CreatePortalClient();
        var emails = Enumerable.Range(1, 3).Select(i => TestAccounts.UniqueEmail($"flood{i}")).ToList();

        using (await Start(visitor, "Grace", "Okafor", emails[0])) { }
        using (await Start(visitor, "Grace", "Okafor", emails[1])) { }
        using var third = await Start(visitor, "Grace", "Okafor", emails[2]);

        var page = await third.ReadPageAsync(HttpStatusCode.TooManyRequests);
        Assert.Equal("Too many attempts", PageAssert.Heading(page));
        Assert.Equal(1, own.Mailbox.CountTo(emails[1]));
        Assert.Equal(0, own.Mailbox.CountTo(emails[2]));
    }

    private static Task<HttpResponseMessage> Start(PortalClient client, string firstNames, string lastName, string email) =>
        client.PostFormAsync("/register", StartForm, Fields.Of(("Form.FirstNames", firstNames), ("Form.LastName", lastName), ("Form.Email", email)));

    /// <summary>Registers through both pages; returns the confirmation link, now used.</summary>
    private async Task<string> RegisterAsync(PortalClient client, string email, string lastName = "Okafor")
    {
        using (await Start(client, "Grace", lastName, email)) { }
        var link = ConfirmationLink(factory.Mailbox.LatestTo(email).Body);
        var page = await client.GetPageAsync(link);
        using var created = await client.PostFormAsync(page, ConfirmForm, Fields.Of(("Form.Password", GoodPassword), ("Form.ConfirmPassword", GoodPassword)));
        Assert.Equal("/application", created.RedirectTarget());
        return link;
    }

    private static string ConfirmationLink(string body)
    {
        var match = LinkPattern().Match(body);
        Assert.True(match.Success, $"No confirmation link in:\n{body}");
        return match.Value;
    }

    [GeneratedRegex(@"http://localhost/register/confirm\?token=[A-Za-z0-9_\-%]+")]
    private static partial Regex LinkPattern();
}
