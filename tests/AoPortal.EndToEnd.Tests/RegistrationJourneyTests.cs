using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AoPortal.EndToEnd.Tests;

/// <summary>
/// The journey creates an account and adds a school, so it runs against its own portal process (its own database and
/// mail folder), like <see cref="ApplicationJourneyTests"/>: other collections always see the demo data as seeded.
/// </summary>
[CollectionDefinition(Name)]
public sealed class RegistrationJourneyCollection : ICollectionFixture<PortalProcess>, ICollectionFixture<BrowserHost>
{
    public const string Name = "Registration journey in its own portal";
}

[Collection(RegistrationJourneyCollection.Name)]
public sealed class RegistrationJourneyTests(PortalProcess portal, BrowserHost browsers)
{
    private const string FirstNames = "Olivia Grace";
    private const string LastName = "Bennett";
    private const string FullName = FirstNames + " " + LastName;
    private const string Email = "olivia.bennett@example.test";
    private const string Password = "window lantern orchard 47";
    private const string RequestedSchool = "Moorside Primary School, Halifax";
    private const string SchoolName = "Moorside Primary School";
    private const string SchoolUrn = "141592";

    [BrowserFact]
    public Task A_teacher_registers_names_an_unlisted_school_and_an_admin_adds_and_links_it() =>
        PortalSession.RunAsync(portal, browsers, nameof(A_teacher_registers_names_an_unlisted_school_and_an_admin_adds_and_links_it), async candidate =>
        {
            var steps = new JourneySteps(candidate, "registration");
            var mailbox = new Mailbox(portal);

            await AsksForAnAccount(steps);
            await ConfirmsTheEmailAndChoosesAPassword(steps, mailbox);
            await SeesTheSchoolIsNotGivenYet(steps);
            await NamesASchoolThatIsNotListed(steps);
            await steps.SignOut("candidate-signed-out");

            await PortalSession.RunAsync(portal, browsers, nameof(A_teacher_registers_names_an_unlisted_school_and_an_admin_adds_and_links_it) + "-admin", async admin =>
            {
                var adminSteps = steps.In(admin);
                await AdminAddsTheSchoolAndLinksTheCandidate(adminSteps);
                admin.AssertNoBrowserErrors();
            });

            await SeesTheirSchoolLinked(steps);
            candidate.AssertNoBrowserErrors();
        });

    private static async Task AsksForAnAccount(JourneySteps s)
    {
        await s.Session.GoToAsync("/sign-in");
        await Expect(s.Heading).ToHaveTextAsync("Sign in");
        await s.Shot("sign-in");

        await s.Follow("create an account", "Create an account to apply");
        await Expect(s.Page).ToHaveURLAsync(s.BaseUrl + "/register");
        await s.Session.AssertFormCarriesAntiforgeryTokenAsync("/register");
        await s.Field("First names").FillAsync(FirstNames);
        await s.Field("Last name").FillAsync(LastName);
        await s.Field("Email address").FillAsync(Email);
        await s.Shot("register-filled");

        await s.Submit("Continue", "asking for an account");
        await Expect(s.Heading).ToHaveTextAsync("Check your email");
        await Expect(s.Page.Locator("main")).ToContainTextAsync($"We have sent an email to {Email}.");
        await s.Shot("check-your-email");
    }

    private static async Task ConfirmsTheEmailAndChoosesAPassword(JourneySteps s, Mailbox mailbox)
    {
        var email = await mailbox.LatestToAsync(Email, "Confirm your email address to apply for Assessment Only");
        Assert.Contains($"Dear {FullName},", email.Body);
        var link = mailbox.LinkIn(email, "/register/confirm?token=");
        Assert.Matches(@"\?token=[^&\s]{20,}$", link);

        await s.Session.GoToAsync(link);
        await Expect(s.Heading).ToHaveTextAsync("Choose a password");
        await Expect(s.Caption).ToHaveTextAsync("Create an account");
        await Expect(SummaryValue(s, "Name")).ToHaveTextAsync(FullName);
        await Expect(SummaryValue(s, "Email address")).ToHaveTextAsync(Email);
        await s.Shot("choose-a-password");

        await s.Session.AssertFormCarriesAntiforgeryTokenAsync("/register/confirm");
        await s.Field("Password").FillAsync(Password);
        await s.Field("Confirm password").FillAsync(Password);
        await s.Submit("Create account", "creating the account");

        await Expect(s.Page).ToHaveURLAsync(s.BaseUrl + "/application");
        await Expect(s.Heading).ToHaveTextAsync("Your application");
        await Expect(s.SuccessBanner).ToContainTextAsync("Your account has been created");
        await Expect(s.Page.Locator("header")).ToContainTextAsync("Signed in as");
        await Expect(s.Page.Locator("#progress")).ToHaveTextAsync("You have completed 0 of 6 sections.");
        await s.Shot("account-created-task-list");

        // The link has done its work: following it again says so rather than offering to create a second account.
        await s.Page.GotoAsync(link);
        await Expect(s.Heading).ToHaveTextAsync("You already have an account");
        await s.Shot("link-used-again");
    }

    private static async Task SeesTheSchoolIsNotGivenYet(JourneySteps s)
    {
        await s.Session.GoToAsync("/");
        await Expect(s.Heading).ToHaveTextAsync("Your Assessment Only route to QTS");
        await Expect(s.Caption).ToHaveTextAsync(FullName);
        await Expect(s.StatusTag).ToHaveTextAsync("Application in progress");
        await Expect(SummaryValue(s, "Employing school")).ToHaveTextAsync("Not given yet");
        await Expect(SummaryValue(s, "Email address")).ToHaveTextAsync(Email);
        await s.Shot("candidate-home-no-school");

        await s.Page.GetByRole(AriaRole.Button, new() { Name = "Start your application" }).ClickAsync();
        await Expect(s.Heading).ToHaveTextAsync("Your application");
        await Expect(s.Page.Locator("#task-list-6-status")).Not.ToHaveTextAsync("Completed");
    }

    private static async Task NamesASchoolThatIsNotListed(JourneySteps s)
    {
        await s.Follow("Your school", "Your school");
        var options = await s.Field("Which school employs you?").Locator("option").AllTextContentsAsync();
        Assert.DoesNotContain(options, o => o.Contains(SchoolName, StringComparison.Ordinal));
        await s.Shot("your-school-empty");

        await s.Field("My school is not listed").CheckAsync();
        await s.Field("School name and town (if it is not listed)").FillAsync(RequestedSchool);
        await s.Shot("your-school-not-listed");
        await s.Submit("Save and continue", "saving the school");

        await Expect(s.Page).ToHaveURLAsync(s.BaseUrl + "/application");
        await Expect(s.Page.Locator("#task-list-6-status")).ToHaveTextAsync("Completed");
        await s.Shot("task-list-school-saved");

        await s.Session.GoToAsync("/");
        await Expect(SummaryValue(s, "Employing school")).ToHaveTextAsync($"{RequestedSchool} (not listed yet)");
        await s.Shot("candidate-home-school-requested");
    }

    private static async Task AdminAddsTheSchoolAndLinksTheCandidate(JourneySteps s)
    {
        await s.SignInAndLandOnHome("admin@demo.test", PortalSession.DemoPassword);
        await s.Page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Schools", Exact = true }).ClickAsync();
        await Expect(s.Heading).ToHaveTextAsync("Schools");
        await s.Follow("Schools candidates asked for", "Schools candidates asked for");
        await Expect(s.Page).ToHaveURLAsync(s.BaseUrl + "/admin/schools/requests");
        var request = s.Page.Locator("main tbody tr", new() { HasText = FullName });
        await Expect(request).ToHaveCountAsync(1);
        await Expect(request.Locator("td").Nth(1)).ToHaveTextAsync(RequestedSchool);
        await Expect(request.Locator("td").Nth(2)).ToHaveTextAsync("Application in progress");
        await s.Shot("admin-school-requests");

        await request.GetByRole(AriaRole.Link, new() { Name = $"Link a school for {FullName}", Exact = true }).ClickAsync();
        await Expect(s.Heading).ToHaveTextAsync($"Link {FullName} to their school");
        await Expect(s.Page.Locator("main .govuk-inset-text")).ToHaveTextAsync($"They named: {RequestedSchool}");
        var requestUrl = s.Page.Url;
        await s.Shot("admin-link-request");

        await s.Follow("add it to the list", "Add a school");
        await Expect(s.Field("School name")).ToHaveValueAsync(RequestedSchool);
        await Expect(s.Field("Country")).ToHaveValueAsync("England");
        await s.Field("School name").FillAsync(SchoolName);
        await s.Field("Phase").SelectOptionAsync(new SelectOptionValue { Label = "Primary" });
        await s.Field("URN (Unique Reference Number)").FillAsync(SchoolUrn);
        await s.Field("Local authority").FillAsync("Calderdale");
        await s.Field("Postcode").FillAsync("HX3 6BN");
        await s.Shot("admin-add-school-filled");
        await s.Session.AssertFormCarriesAntiforgeryTokenAsync("/admin/schools/new");
        await s.Submit("Add school", "adding the school");

        // Back on the request, with the new school now on the list.
        await Expect(s.Page).ToHaveURLAsync(requestUrl);
        await Expect(s.SuccessBanner).ToContainTextAsync($"{SchoolName} has been added");
        await Expect(s.Heading).ToHaveTextAsync($"Link {FullName} to their school");
        await s.Field("Which listed school is it?").SelectOptionAsync(new SelectOptionValue { Label = $"{SchoolName} ({SchoolUrn})" });
        await s.Shot("admin-link-school-selected");
        await s.Submit("Link school", "linking the school");

        await Expect(s.Page).ToHaveURLAsync(s.BaseUrl + "/admin/schools/requests");
        await Expect(s.SuccessBanner).ToContainTextAsync($"{FullName} is now linked to {SchoolName}");
        await Expect(s.Page.Locator("main tbody tr", new() { HasText = FullName })).ToHaveCountAsync(0);
        await s.Shot("admin-school-linked");

        // The record shows the school, and the history says who linked it to what was asked for.
        await s.Page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Candidates", Exact = true }).ClickAsync();
        await s.Field("Search by name, email address or TRN").FillAsync(LastName);
        await s.Button("Search").ClickAsync();
        await s.Follow(FullName, FullName);
        await Expect(SummaryValue(s, "Employing school")).ToHaveTextAsync(SchoolName);
        await Expect(s.Page.Locator("main table", new() { HasText = "Requested school linked" })).ToContainTextAsync($"Asked for: {RequestedSchool}. Linked to: {SchoolName}");
        await s.Shot("admin-candidate-record");

        await s.SignOut("admin-signed-out");
    }

    private static async Task SeesTheirSchoolLinked(JourneySteps s)
    {
        await s.SignInAndLandOnHome(Email, Password);
        await Expect(SummaryValue(s, "Employing school")).ToHaveTextAsync(SchoolName);
        await s.Shot("candidate-home-school-linked");

        await s.Page.GetByRole(AriaRole.Button, new() { Name = "Continue your application" }).ClickAsync();
        await s.Follow("Your school", "Your school");
        await Expect(s.Field("Which school employs you?").Locator("option:checked")).ToHaveTextAsync(new Regex("^\\s*" + Regex.Escape(SchoolName)));
        await Expect(s.Field("My school is not listed")).Not.ToBeCheckedAsync();
        await s.Shot("candidate-your-school-linked");
        await s.SignOut("candidate-signed-out-at-the-end");
    }

    private static ILocator SummaryValue(JourneySteps s, string key) =>
        s.Page.Locator("main .govuk-summary-list__row", new() { Has = s.Page.Locator(".govuk-summary-list__key", new() { HasTextRegex = new Regex($"^\\s*{Regex.Escape(key)}\\s*$") }) })
            .Locator(".govuk-summary-list__value");
}
