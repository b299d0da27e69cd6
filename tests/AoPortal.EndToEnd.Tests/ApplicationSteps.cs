using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AoPortal.EndToEnd.Tests;

/// <summary>A candidate of a journey: who they are and how they sign in.</summary>
public sealed record Applicant(string FirstNames, string LastName, string Email, string Password)
{
    public string FullName => $"{FirstNames} {LastName}";
}

/// <summary>
/// The application through the real pages, for any candidate at Oakfield Primary School applying for 5 to 11: the candidate
/// completes the six sections and submits, the school lead confirms support, an admin records the safeguarding checks,
/// a reviewer judges every requirement met and accepts. Used by <see cref="ApplicationJourneyTests"/> (the demo candidate)
/// and <see cref="WholeLifeJourneyTests"/> (a candidate the admin creates).
/// </summary>
public sealed class ApplicationSteps(JourneySteps s, Applicant candidate)
{
    public const string School = "Oakfield Primary School";

    /// <summary>The schools of the two posts added: key stage 1 at the first, key stage 2 at Oakfield.</summary>
    public const string FirstPostSchool = "Hillside Infant School";

    private IPage Page => s.Page;

    public async Task CandidateCompletesAndSubmitsTheApplication()
    {
        await s.SignInAndLandOnHome(candidate.Email, candidate.Password);
        await Expect(s.Heading).ToHaveTextAsync("Your Assessment Only route to QTS");
        await Expect(Page.Locator("#application-progress")).ToHaveTextAsync("0 of 6 sections completed");
        await s.Shot("candidate-home-draft");

        await s.Button("Start your application").ClickAsync();
        await ExpectTaskList();
        await Expect(Page.Locator("#progress")).ToHaveTextAsync("You have completed 0 of 6 sections.");
        await s.Shot("candidate-task-list-empty");

        await PersonalDetails();
        await Qualifications();
        await TeachingExperience();
        await AgeRange();
        await Declarations();
        await YourSchool();

        await Expect(Page.Locator("#progress")).ToHaveTextAsync("You have completed 6 of 6 sections.");
        for (var i = 1; i <= 6; i++) await Expect(Page.Locator($"#task-list-{i}-status")).ToHaveTextAsync("Completed");
        await s.Shot("candidate-task-list-complete");

        await s.Button("Check your answers and submit").ClickAsync();
        await Expect(s.Heading).ToHaveTextAsync("Check your answers before submitting your application");
        await Expect(Page.Locator(".govuk-warning-text")).ToHaveCountAsync(0);
        await Expect(Page.Locator("#answers-personal-details")).ToContainTextAsync("14 March 1990");
        await Expect(Page.Locator("#answers-gcses")).ToContainTextAsync("Science");
        await Expect(Page.Locator("#answers-school")).ToContainTextAsync(School);
        await s.Shot("candidate-check-answers");

        await s.Session.AssertFormCarriesAntiforgeryTokenAsync("/application/submit");
        await s.Submit("Submit application", "submitting the application");
        await Expect(s.SuccessBanner).ToContainTextAsync("Your application has been submitted");
        await ExpectTaskList();
        await Expect(s.StatusTag).ToHaveTextAsync("Application submitted");
        await Expect(Page.Locator("#submitted-at")).ToBeVisibleAsync();
        await s.Shot("candidate-submitted");

        await s.SignOut("candidate-signed-out");
    }

    public async Task SchoolLeadConfirmsSupport()
    {
        await s.SignInAndLandOnHome("schoollead@demo.test", PortalSession.DemoPassword);
        await Expect(s.Heading).ToHaveTextAsync("Your staff");
        await s.Shot("schoollead-your-staff");

        await Expect(Page.Locator("#support-waiting")).ToContainTextAsync(candidate.FullName);
        await s.Link($"Confirm support for {candidate.FullName}").ClickAsync();
        await Expect(s.Heading).ToHaveTextAsync("Your school’s support");
        await Expect(s.Caption).ToHaveTextAsync(candidate.FullName);
        await Expect(s.StatusTag).ToHaveTextAsync("Application submitted");

        await s.Field("Statement of support").FillAsync(
            $"{School} supports {candidate.FirstNames}'s assessment. They teach Year 4 and will be released to teach in Year 2 for their second key stage.");
        await s.Field("Name of the candidate’s mentor in school").FillAsync("Helen Head");
        await s.Shot("schoollead-support-form");

        await s.Session.AssertFormCarriesAntiforgeryTokenAsync(new Uri(Page.Url).AbsolutePath);
        await s.Submit("Confirm support", "confirming school support");
        await Expect(Page).ToHaveURLAsync(s.BaseUrl + "/");
        await Expect(s.SuccessBanner).ToContainTextAsync("Thank you: your school’s support is confirmed");
        await s.Shot("schoollead-support-confirmed");

        await s.SignOut("schoollead-signed-out");
    }

    /// <summary>An admin, already signed in, records the DBS and prohibition checks from the entry requirements page.</summary>
    public async Task AdminRecordsSafeguardingChecks()
    {
        await OpenEntryRequirementsAsProviderStaff("admin");

        await s.Link("Record safeguarding checks").ClickAsync();
        await Expect(s.Heading).ToHaveTextAsync("Record safeguarding checks");

        var today = JourneySteps.UkToday();
        await s.Field("DBS certificate number").FillAsync("001234567890");
        await s.FillDate("Date the DBS certificate was issued", today.AddMonths(-2));
        await s.Field("Who saw the certificate").FillAsync("Alex Admin");
        await s.FillDate("Date of the prohibition-from-teaching check", today.AddMonths(-1));
        await s.Shot("admin-safeguarding-form");

        await s.Submit("Save checks", "recording the safeguarding checks");
        await Expect(s.SuccessBanner).ToContainTextAsync("Safeguarding checks recorded");
        await Expect(s.Heading).ToHaveTextAsync("Entry requirements");
        await Expect(Page.Locator("main")).ToContainTextAsync("The DBS and prohibition checks are recorded.");
        await s.Shot("admin-safeguarding-recorded");
    }

    /// <summary>A reviewer (admin or assessor), on the entry requirements page, judges every open requirement met and accepts.</summary>
    public async Task ReviewerJudgesEveryRequirementAndAccepts(string who)
    {
        await Expect(s.StatusTag).ToHaveTextAsync("Eligibility review");
        // School support was confirmed by the school lead: already met, with no Judge link.
        await Expect(Page.Locator("#requirement-SchoolSupport td").Nth(1)).ToContainTextAsync("Met");

        var judgeLinks = Page.Locator("main table").GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Judge ") });
        var count = await judgeLinks.CountAsync();
        Assert.True(count > 0, "The entry requirements page shows no Judge links.");
        var linkNames = await Task.WhenAll(Enumerable.Range(0, count).Select(i => judgeLinks.Nth(i).TextContentAsync()));
        Assert.Contains(linkNames, n => n!.Contains("GCSE science or equivalent"));
        Assert.Contains(linkNames, n => n!.Contains("Safeguarding checks"));

        for (var i = 0; i < linkNames.Length; i++)
        {
            var requirement = Regex.Replace(linkNames[i]!, @"^\s*Judge\s*", "").Trim();
            await s.Session.AssertAccessibleSoFarAsync();
            await judgeLinks.Nth(i).ClickAsync();
            await Expect(s.Heading).ToHaveTextAsync(requirement);
            await Expect(s.Caption).ToHaveTextAsync(candidate.FullName);

            await Page.GetByRole(AriaRole.Group, new() { Name = "Is this requirement met?" })
                .GetByLabel("Met", new() { Exact = true }).CheckAsync();
            await s.Shot($"{who}-judge-{i + 1:00}-{JourneySteps.Slug(requirement)}");
            await s.Submit("Save judgement", $"judging \"{requirement}\" as met");
            await Expect(s.Heading).ToHaveTextAsync("Entry requirements");
            await Expect(s.SuccessBanner).ToContainTextAsync($"{requirement} judged met");
        }

        await s.Shot($"{who}-all-judged");

        await s.Session.AssertFormCarriesAntiforgeryTokenAsync(new Uri(Page.Url).AbsolutePath.Replace("/eligibility", "/review/accept"));
        await s.Submit("Accept for assessment", "accepting the candidate");
        await Expect(s.Heading).ToHaveTextAsync("Entry requirements");
        await Expect(s.SuccessBanner).ToContainTextAsync("The candidate has been accepted for assessment");
        await Expect(s.StatusTag).ToHaveTextAsync("Accepted");
        await s.Shot($"{who}-accepted");
    }

    /// <summary>Admins and assessors find the candidate through Candidates, search, the record, then Entry requirements.</summary>
    public async Task OpenEntryRequirementsAsProviderStaff(string who)
    {
        await s.OpenCandidateRecord(candidate.FirstNames, candidate.FullName);
        await s.Shot($"{who}-candidate-record");
        await s.Follow("Entry requirements", "Entry requirements");
        await s.Shot($"{who}-entry-requirements");
    }

    private async Task PersonalDetails()
    {
        await s.Follow("Personal details", "Personal details");

        await s.Field("First names").FillAsync(candidate.FirstNames);
        await s.Field("Last name").FillAsync(candidate.LastName);
        await s.FillDate("Date of birth", new DateOnly(1990, 3, 14));
        await s.Field("Phone number").FillAsync("01632 960 123");
        await s.Field("Address").FillAsync("12 Elm Road\nHeadingley\nLeeds");
        await s.Field("Postcode").FillAsync("LS6 3HN");
        await s.Field("Nationality").FillAsync("British");
        await s.Shot("candidate-personal-details");

        await SaveAndContinue("personal details");
        await ExpectTaskList();
        await Expect(Page.Locator("#task-list-1-status")).ToHaveTextAsync("Completed");
        await s.Shot("candidate-task-list-1-of-6");
    }

    private async Task Qualifications()
    {
        await s.Follow("Degree and GCSEs", "Degree and GCSEs");
        await Expect(Page.Locator("main")).ToContainTextAsync("English, maths and science");
        await s.Shot("candidate-qualifications");

        await s.Follow("Add degree", "Your degree");
        await s.Field("Degree subject").FillAsync("BA Primary Education");
        await s.Field("University or college").FillAsync("University of Leeds");
        await s.Field("Country").FillAsync("United Kingdom");
        await s.Field("Year awarded").FillAsync("2012");
        await s.Field("Classification (optional)").FillAsync("2:1");
        await s.Shot("candidate-degree-filled");
        await SaveAndContinue("the degree");
        await Expect(s.Heading).ToHaveTextAsync("Degree and GCSEs");
        await Expect(Page.Locator("#degree")).ToContainTextAsync("BA Primary Education, University of Leeds, 2012");

        foreach (var (subject, heading) in new[] { ("English", "English"), ("maths", "Maths"), ("science", "Science") })
        {
            await s.Follow($"Add {subject} qualification", $"{heading} GCSE or equivalent");
            await s.Field("GCSE").CheckAsync();
            await s.Field("Grade").FillAsync("6");
            await s.Field("Year awarded").FillAsync("2006");
            await s.Shot($"candidate-gcse-{subject.ToLowerInvariant()}-filled");
            await SaveAndContinue($"GCSE {subject}");
            await Expect(s.Heading).ToHaveTextAsync("Degree and GCSEs");
        }

        await Expect(Page.Locator("#gcses")).Not.ToContainTextAsync("Not added yet");
        await Expect(Page.Locator("#gcses .govuk-summary-list__row")).ToHaveCountAsync(3);
        await s.Shot("candidate-qualifications-complete");

        await s.Button("Return to your application").ClickAsync();
        await ExpectTaskList();
        await Expect(Page.Locator("#task-list-2-status")).ToHaveTextAsync("Completed");
    }

    private async Task TeachingExperience()
    {
        await s.Follow("Teaching experience", "Teaching experience");
        await Expect(Page.Locator("#no-posts")).ToBeVisibleAsync();
        await s.Shot("candidate-experience-empty");

        // Key stage 1 (ages 5 to 7) for three years, then key stage 2 (ages 7 to 11) since: two schools, well over 2 years.
        await AddPost(FirstPostSchool, "Class teacher", new DateOnly(2018, 9, 1), new DateOnly(2021, 8, 31), "5", "7", 1);
        await AddPost(School, "Year 4 class teacher", new DateOnly(2021, 9, 1), null, "7", "11", 2);

        await Expect(Page.Locator(".govuk-summary-card")).ToHaveCountAsync(2);
        await Expect(Page.Locator("#total-time")).ToBeVisibleAsync();
        await s.Shot("candidate-experience-two-posts");

        await s.Submit("I have added all my teaching experience", "confirming the teaching experience");
        await ExpectTaskList();
        await Expect(Page.Locator("#task-list-3-status")).ToHaveTextAsync("Completed");
    }

    private async Task AddPost(string school, string role, DateOnly start, DateOnly? end, string youngest, string oldest, int number)
    {
        await s.Session.AssertAccessibleSoFarAsync();
        await s.Button("Add a school or setting").ClickAsync();
        await Expect(s.Heading).ToHaveTextAsync("Add a school or setting");

        await s.Field("School or setting name").FillAsync(school);
        await s.Field("Country").FillAsync("England");
        await s.Field("Your role").FillAsync(role);
        await s.FillDate("Start date", start);
        await Page.GetByRole(AriaRole.Group, new() { Name = "Do you still work there?" })
            .GetByLabel(end is null ? "Yes" : "No", new() { Exact = true }).CheckAsync();
        if (end is { } finish) await s.FillDate("End date", finish);
        await s.Field("Full-time equivalent (FTE)").FillAsync("1");
        await s.Field("Age of the youngest pupils you taught").FillAsync(youngest);
        await s.Field("Age of the oldest pupils you taught").FillAsync(oldest);
        await Page.GetByRole(AriaRole.Group, new() { Name = "Did you plan, teach and assess whole classes yourself?" })
            .GetByLabel("Yes", new() { Exact = true }).CheckAsync();
        await s.Shot($"candidate-experience-post-{number}-filled");

        await SaveAndContinue($"the post at {school}");
        await Expect(s.Heading).ToHaveTextAsync("Teaching experience");
        await Expect(Page.Locator(".govuk-summary-card__title", new() { HasText = school })).ToBeVisibleAsync();
    }

    private async Task AgeRange()
    {
        await s.Follow("Age range and subjects", "Age range and subjects");
        await s.Shot("candidate-age-range");
        await s.Field("5 to 11").CheckAsync();
        await s.Field("Subjects (for age ranges beyond 11)").FillAsync("");
        await SaveAndContinue("the age range");
        await ExpectTaskList();
        await Expect(Page.Locator("#task-list-4-status")).ToHaveTextAsync("Completed");
    }

    private async Task Declarations()
    {
        await s.Follow("Declarations", "Declarations");
        await s.Field("I have no condition that affects my capacity to teach").CheckAsync();
        await Page.GetByRole(AriaRole.Group, new() { Name = "Do you have any cautions or convictions?" })
            .GetByLabel("No", new() { Exact = true }).CheckAsync();
        await s.Field("I confirm the information in my application is true").CheckAsync();
        await s.Shot("candidate-declarations");
        await SaveAndContinue("the declarations");
        await ExpectTaskList();
        await Expect(Page.Locator("#task-list-5-status")).ToHaveTextAsync("Completed");
    }

    private async Task YourSchool()
    {
        await s.Follow("Your school", "Your school");
        var select = s.Field("Which school employs you?");
        var options = await select.Locator("option").AllTextContentsAsync();
        var school = options.FirstOrDefault(o => o.Trim().StartsWith(School, StringComparison.Ordinal));
        Assert.True(school is not null, $"The school list has no {School}: " + string.Join(" | ", options));
        await select.SelectOptionAsync(new SelectOptionValue { Label = school.Trim() });
        await s.Shot("candidate-school");
        await SaveAndContinue("the school");
        await ExpectTaskList();
        await Expect(Page.Locator("#task-list-6-status")).ToHaveTextAsync("Completed");
    }

    private Task SaveAndContinue(string what) => s.Submit("Save and continue", $"saving {what}");

    private async Task ExpectTaskList()
    {
        await Expect(Page).ToHaveURLAsync(s.BaseUrl + "/application");
        await Expect(s.Heading).ToHaveTextAsync("Your application");
    }
}
