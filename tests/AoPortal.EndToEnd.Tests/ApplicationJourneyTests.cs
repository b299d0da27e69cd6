using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AoPortal.EndToEnd.Tests;

/// <summary>
/// The journey changes Priya Sharma's record from a draft to accepted, so it runs against its own portal process
/// (its own database): the tests in <see cref="PortalCollection"/> always see the demo data as seeded, whatever order
/// the collections run in. Each collection starts its own app and browser; they run in parallel.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ApplicationJourneyCollection : ICollectionFixture<PortalProcess>, ICollectionFixture<BrowserHost>
{
    public const string Name = "Application journey in its own portal";
}

[Collection(ApplicationJourneyCollection.Name)]
public sealed class ApplicationJourneyTests(PortalProcess portal, BrowserHost browsers)
{
    private const string Candidate = "Priya Sharma";

    [BrowserFact]
    public Task A_candidate_applies_the_school_confirms_support_and_the_provider_accepts() =>
        PortalSession.RunAsync(portal, browsers, nameof(A_candidate_applies_the_school_confirms_support_and_the_provider_accepts), async s =>
        {
            var journey = new Journey(s);

            await journey.CandidateCompletesAndSubmitsTheApplication();
            await journey.SchoolLeadConfirmsSupport();
            await journey.AdminRecordsSafeguardingChecks();
            await journey.AssessorJudgesEveryRequirementAndAccepts();
            await journey.CandidateSeesTheyAreAccepted();

            AssertAcceptanceEmailWritten();
            s.AssertNoBrowserErrors();
        });

    /// <summary>The portal emails the decision: an .eml in the pickup folder this fixture gave the app.</summary>
    private void AssertAcceptanceEmailWritten()
    {
        var folder = Path.Combine(portal.DataFolder, "mail");
        var emails = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.eml").Select(File.ReadAllText).ToList() : [];
        Assert.True(
            emails.Any(e => e.Contains("candidate@demo.test", StringComparison.OrdinalIgnoreCase) && e.Contains("Your application has been accepted")),
            $"No acceptance email to candidate@demo.test among the {emails.Count} .eml file(s) in {folder}.");
    }

    /// <summary>The steps of the journey, each through the real pages, with a numbered screenshot of every page.</summary>
    private sealed class Journey(PortalSession s)
    {
        private int shot;

        private IPage Page => s.Page;

        private ILocator Heading => Page.Locator("main h1");

        private ILocator SuccessBanner => Page.Locator(".govuk-notification-banner--success");

        private ILocator StatusTag => Page.Locator("main p", new() { HasText = "Status:" }).Locator(".govuk-tag");

        public async Task CandidateCompletesAndSubmitsTheApplication()
        {
            await s.SignInAndLandOnHomeAsync("candidate@demo.test");
            await Expect(Heading).ToHaveTextAsync("Your Assessment Only route to QTS");
            await Expect(Page.Locator("#application-progress")).ToHaveTextAsync("0 of 6 sections completed");
            await Shot("candidate-home-draft");

            await Page.GetByRole(AriaRole.Button, new() { Name = "Start your application" }).ClickAsync();
            await ExpectTaskList();
            await Expect(Page.Locator("#progress")).ToHaveTextAsync("You have completed 0 of 6 sections.");
            await Shot("candidate-task-list-empty");

            await PersonalDetails();
            await Qualifications();
            await TeachingExperience();
            await AgeRange();
            await Declarations();
            await School();

            await Expect(Page.Locator("#progress")).ToHaveTextAsync("You have completed 6 of 6 sections.");
            for (var i = 1; i <= 6; i++) await Expect(Page.Locator($"#task-list-{i}-status")).ToHaveTextAsync("Completed");
            await Shot("candidate-task-list-complete");

            await Page.GetByRole(AriaRole.Button, new() { Name = "Check your answers and submit" }).ClickAsync();
            await Expect(Heading).ToHaveTextAsync("Check your answers before submitting your application");
            await Expect(Page.Locator(".govuk-warning-text")).ToHaveCountAsync(0);
            await Expect(Page.Locator("#answers-personal-details")).ToContainTextAsync("14 March 1990");
            await Expect(Page.Locator("#answers-gcses")).ToContainTextAsync("Science");
            await Expect(Page.Locator("#answers-school")).ToContainTextAsync("Oakfield Primary School");
            await Shot("candidate-check-answers");

            await s.AssertFormCarriesAntiforgeryTokenAsync("/application/submit");
            await Submit("Submit application", "submitting the application");
            await Expect(SuccessBanner).ToContainTextAsync("Your application has been submitted");
            await ExpectTaskList();
            await Expect(StatusTag).ToHaveTextAsync("Application submitted");
            await Expect(Page.Locator("#submitted-at")).ToBeVisibleAsync();
            await Shot("candidate-submitted");

            await SignOut("candidate-signed-out");
        }

        public async Task SchoolLeadConfirmsSupport()
        {
            await s.SignInAndLandOnHomeAsync("schoollead@demo.test");
            await Expect(Heading).ToHaveTextAsync("Your staff");
            await Shot("schoollead-your-staff");

            await Expect(Page.Locator("#support-waiting")).ToContainTextAsync(Candidate);
            await Page.GetByRole(AriaRole.Link, new() { Name = $"Confirm support for {Candidate}", Exact = true }).ClickAsync();
            await Expect(Heading).ToHaveTextAsync("Your school’s support");
            await Expect(Page.Locator("main .govuk-caption-l")).ToHaveTextAsync(Candidate);
            await Expect(StatusTag).ToHaveTextAsync("Application submitted");

            await Page.GetByLabel("Statement of support", new() { Exact = true })
                .FillAsync("Oakfield Primary School supports Priya's assessment. She teaches Year 4 and will be released to teach in Year 1 for her second key stage.");
            await Page.GetByLabel("Name of the candidate’s mentor in school", new() { Exact = true }).FillAsync("Helen Head");
            await Shot("schoollead-support-form");

            await s.AssertFormCarriesAntiforgeryTokenAsync(Page.Url.Replace(s.Portal.BaseUrl, ""));
            await Submit("Confirm support", "confirming school support");
            await Expect(Page).ToHaveURLAsync(s.Portal.BaseUrl + "/");
            await Expect(SuccessBanner).ToContainTextAsync("Thank you: your school’s support is confirmed");
            await Shot("schoollead-support-confirmed");

            await SignOut("schoollead-signed-out");
        }

        public async Task AdminRecordsSafeguardingChecks()
        {
            await s.SignInAndLandOnHomeAsync("admin@demo.test");
            await Shot("admin-home");
            await OpenEntryRequirementsAsProviderStaff("admin");

            await Page.GetByRole(AriaRole.Link, new() { Name = "Record safeguarding checks", Exact = true }).ClickAsync();
            await Expect(Heading).ToHaveTextAsync("Record safeguarding checks");

            var today = DateOnly.FromDateTime(DateTime.Today);
            await Page.GetByLabel("DBS certificate number", new() { Exact = true }).FillAsync("001234567890");
            await FillDate("Date the DBS certificate was issued", today.AddMonths(-2));
            await Page.GetByLabel("Who saw the certificate", new() { Exact = true }).FillAsync("Alex Admin");
            await FillDate("Date of the prohibition-from-teaching check", today.AddMonths(-1));
            await Shot("admin-safeguarding-form");

            await Submit("Save checks", "recording the safeguarding checks");
            await Expect(SuccessBanner).ToContainTextAsync("Safeguarding checks recorded");
            await Expect(Heading).ToHaveTextAsync("Entry requirements");
            await Expect(Page.Locator("main")).ToContainTextAsync("The DBS and prohibition checks are recorded.");
            await Shot("admin-safeguarding-recorded");

            await SignOut("admin-signed-out");
        }

        public async Task AssessorJudgesEveryRequirementAndAccepts()
        {
            await s.SignInAndLandOnHomeAsync("assessor@demo.test");
            await Shot("assessor-home");
            await OpenEntryRequirementsAsProviderStaff("assessor");
            await Expect(StatusTag).ToHaveTextAsync("Eligibility review");
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
                await judgeLinks.Nth(i).ClickAsync();
                await Expect(Heading).ToHaveTextAsync(requirement);
                await Expect(Page.Locator("main .govuk-caption-l")).ToHaveTextAsync(Candidate);

                await Page.GetByRole(AriaRole.Group, new() { Name = "Is this requirement met?" })
                    .GetByLabel("Met", new() { Exact = true }).CheckAsync();
                await Shot($"assessor-judge-{i + 1:00}-{Slug(requirement)}");
                await Submit("Save judgement", $"judging \"{requirement}\" as met");
                await Expect(Heading).ToHaveTextAsync("Entry requirements");
                await Expect(SuccessBanner).ToContainTextAsync($"{requirement} judged met");
            }

            await Shot("assessor-all-judged");

            await s.AssertFormCarriesAntiforgeryTokenAsync(Page.Url.Replace(s.Portal.BaseUrl, "").Replace("/eligibility", "/review/accept"));
            await Submit("Accept for assessment", "accepting the candidate");
            await Expect(Heading).ToHaveTextAsync("Entry requirements");
            await Expect(SuccessBanner).ToContainTextAsync("The candidate has been accepted for assessment");
            await Expect(StatusTag).ToHaveTextAsync("Accepted");
            await Shot("assessor-accepted");

            await SignOut("assessor-signed-out");
        }

        public async Task CandidateSeesTheyAreAccepted()
        {
            await s.SignInAndLandOnHomeAsync("candidate@demo.test");
            await Expect(Heading).ToHaveTextAsync("Your Assessment Only route to QTS");
            await Expect(StatusTag).ToHaveTextAsync("Accepted");
            await Expect(Page.Locator("#application-progress")).ToContainTextAsync("You have submitted your application.");
            await Shot("candidate-home-accepted");

            await Page.GetByRole(AriaRole.Link, new() { Name = "View your application" }).ClickAsync();
            await ExpectTaskList();
            await Expect(StatusTag).ToHaveTextAsync("Accepted");
            await Shot("candidate-task-list-accepted");

            await SignOut("candidate-signed-out-at-the-end");
        }

        private async Task PersonalDetails()
        {
            await OpenSection("Personal details", "Personal details");

            await Page.GetByLabel("First names", new() { Exact = true }).FillAsync("Priya");
            await Page.GetByLabel("Last name", new() { Exact = true }).FillAsync("Sharma");
            var dateOfBirth = Page.GetByRole(AriaRole.Group, new() { Name = "Date of birth" });
            await dateOfBirth.GetByLabel("Day", new() { Exact = true }).FillAsync("14");
            await dateOfBirth.GetByLabel("Month", new() { Exact = true }).FillAsync("3");
            await dateOfBirth.GetByLabel("Year", new() { Exact = true }).FillAsync("1990");
            await Page.GetByLabel("Phone number", new() { Exact = true }).FillAsync("01632 960 123");
            await Page.GetByLabel("Address", new() { Exact = true }).FillAsync("12 Elm Road\nHeadingley\nLeeds");
            await Page.GetByLabel("Postcode", new() { Exact = true }).FillAsync("LS6 3HN");
            await Page.GetByLabel("Nationality", new() { Exact = true }).FillAsync("British");
            await Shot("candidate-personal-details");

            await SaveAndContinue("personal details");
            await ExpectTaskList();
            await Expect(Page.Locator("#task-list-1-status")).ToHaveTextAsync("Completed");
            await Shot("candidate-task-list-1-of-6");
        }

        private async Task Qualifications()
        {
            await OpenSection("Degree and GCSEs", "Degree and GCSEs");
            await Expect(Page.Locator("main")).ToContainTextAsync("English, maths and science");
            await Shot("candidate-qualifications");

            await Page.GetByRole(AriaRole.Link, new() { Name = "Add degree", Exact = true }).ClickAsync();
            await Expect(Heading).ToHaveTextAsync("Your degree");
            await Page.GetByLabel("Degree subject", new() { Exact = true }).FillAsync("BA Primary Education");
            await Page.GetByLabel("University or college", new() { Exact = true }).FillAsync("University of Leeds");
            await Page.GetByLabel("Country", new() { Exact = true }).FillAsync("United Kingdom");
            await Page.GetByLabel("Year awarded", new() { Exact = true }).FillAsync("2012");
            await Page.GetByLabel("Classification (optional)", new() { Exact = true }).FillAsync("2:1");
            await Shot("candidate-degree-filled");
            await SaveAndContinue("the degree");
            await Expect(Heading).ToHaveTextAsync("Degree and GCSEs");
            await Expect(Page.Locator("#degree")).ToContainTextAsync("BA Primary Education, University of Leeds, 2012");

            foreach (var (subject, heading) in new[] { ("English", "English"), ("maths", "Maths"), ("science", "Science") })
            {
                await Page.GetByRole(AriaRole.Link, new() { Name = $"Add {subject} qualification", Exact = true }).ClickAsync();
                await Expect(Heading).ToHaveTextAsync($"{heading} GCSE or equivalent");
                await Page.GetByLabel("GCSE", new() { Exact = true }).CheckAsync();
                await Page.GetByLabel("Grade", new() { Exact = true }).FillAsync("6");
                await Page.GetByLabel("Year awarded", new() { Exact = true }).FillAsync("2006");
                await Shot($"candidate-gcse-{subject.ToLowerInvariant()}-filled");
                await SaveAndContinue($"GCSE {subject}");
                await Expect(Heading).ToHaveTextAsync("Degree and GCSEs");
            }

            await Expect(Page.Locator("#gcses")).Not.ToContainTextAsync("Not added yet");
            await Expect(Page.Locator("#gcses .govuk-summary-list__row")).ToHaveCountAsync(3);
            await Shot("candidate-qualifications-complete");

            await Page.GetByRole(AriaRole.Button, new() { Name = "Return to your application" }).ClickAsync();
            await ExpectTaskList();
            await Expect(Page.Locator("#task-list-2-status")).ToHaveTextAsync("Completed");
        }

        private async Task TeachingExperience()
        {
            await OpenSection("Teaching experience", "Teaching experience");
            await Expect(Page.Locator("#no-posts")).ToBeVisibleAsync();
            await Shot("candidate-experience-empty");

            // Key stage 1 (ages 5 to 7) for three years, then key stage 2 (ages 7 to 11) since: two schools, well over 2 years.
            await AddPost("Hillside Infant School", "Class teacher", new DateOnly(2018, 9, 1), new DateOnly(2021, 8, 31), "5", "7", 1);
            await AddPost("Oakfield Primary School", "Year 4 class teacher", new DateOnly(2021, 9, 1), null, "7", "11", 2);

            await Expect(Page.Locator(".govuk-summary-card")).ToHaveCountAsync(2);
            await Expect(Page.Locator("#total-time")).ToBeVisibleAsync();
            await Shot("candidate-experience-two-posts");

            await Submit("I have added all my teaching experience", "confirming the teaching experience");
            await ExpectTaskList();
            await Expect(Page.Locator("#task-list-3-status")).ToHaveTextAsync("Completed");
        }

        private async Task AddPost(string school, string role, DateOnly start, DateOnly? end, string youngest, string oldest, int number)
        {
            await Page.GetByRole(AriaRole.Button, new() { Name = "Add a school or setting" }).ClickAsync();
            await Expect(Heading).ToHaveTextAsync("Add a school or setting");

            await Page.GetByLabel("School or setting name", new() { Exact = true }).FillAsync(school);
            await Page.GetByLabel("Country", new() { Exact = true }).FillAsync("England");
            await Page.GetByLabel("Your role", new() { Exact = true }).FillAsync(role);
            await FillDate("Start date", start);
            await Page.GetByRole(AriaRole.Group, new() { Name = "Do you still work there?" })
                .GetByLabel(end is null ? "Yes" : "No", new() { Exact = true }).CheckAsync();
            if (end is { } finish) await FillDate("End date", finish);
            await Page.GetByLabel("Full-time equivalent (FTE)", new() { Exact = true }).FillAsync("1");
            await Page.GetByLabel("Age of the youngest pupils you taught", new() { Exact = true }).FillAsync(youngest);
            await Page.GetByLabel("Age of the oldest pupils you taught", new() { Exact = true }).FillAsync(oldest);
            await Page.GetByRole(AriaRole.Group, new() { Name = "Did you plan, teach and assess whole classes yourself?" })
                .GetByLabel("Yes", new() { Exact = true }).CheckAsync();
            await Shot($"candidate-experience-post-{number}-filled");

            await SaveAndContinue($"the post at {school}");
            await Expect(Heading).ToHaveTextAsync("Teaching experience");
            await Expect(Page.Locator(".govuk-summary-card__title", new() { HasText = school })).ToBeVisibleAsync();
        }

        private async Task AgeRange()
        {
            await OpenSection("Age range and subjects", "Age range and subjects");
            await Shot("candidate-age-range");
            await Page.GetByLabel("5 to 11", new() { Exact = true }).CheckAsync();
            await Page.GetByLabel("Subjects (for age ranges beyond 11)", new() { Exact = true }).FillAsync("");
            await SaveAndContinue("the age range");
            await ExpectTaskList();
            await Expect(Page.Locator("#task-list-4-status")).ToHaveTextAsync("Completed");
        }

        private async Task Declarations()
        {
            await OpenSection("Declarations", "Declarations");
            await Page.GetByLabel("I have no condition that affects my capacity to teach", new() { Exact = true }).CheckAsync();
            await Page.GetByRole(AriaRole.Group, new() { Name = "Do you have any cautions or convictions?" })
                .GetByLabel("No", new() { Exact = true }).CheckAsync();
            await Page.GetByLabel("I confirm the information in my application is true", new() { Exact = true }).CheckAsync();
            await Shot("candidate-declarations");
            await SaveAndContinue("the declarations");
            await ExpectTaskList();
            await Expect(Page.Locator("#task-list-5-status")).ToHaveTextAsync("Completed");
        }

        private async Task School()
        {
            await OpenSection("Your school", "Your school");
            var select = Page.GetByLabel("Which school employs you?", new() { Exact = true });
            var options = await select.Locator("option").AllTextContentsAsync();
            var oakfield = options.FirstOrDefault(o => o.Trim().StartsWith("Oakfield Primary School", StringComparison.Ordinal));
            Assert.True(oakfield is not null, "The school list has no Oakfield Primary School: " + string.Join(" | ", options));
            await select.SelectOptionAsync(new SelectOptionValue { Label = oakfield.Trim() });
            await Shot("candidate-school");
            await SaveAndContinue("the school");
            await ExpectTaskList();
            await Expect(Page.Locator("#task-list-6-status")).ToHaveTextAsync("Completed");
        }

        /// <summary>Admins and assessors find the candidate through Candidates, search, the record, then Entry requirements.</summary>
        private async Task OpenEntryRequirementsAsProviderStaff(string who)
        {
            await Page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" })
                .GetByRole(AriaRole.Link, new() { Name = "Candidates", Exact = true }).ClickAsync();
            await Expect(Heading).ToHaveTextAsync("Candidates");
            await Page.GetByLabel("Search by name, email address or TRN", new() { Exact = true }).FillAsync("Priya");
            await Page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
            await Expect(Page.Locator("#results-count")).ToHaveTextAsync("Showing 1 to 1 of 1 candidate");
            await Shot($"{who}-candidates-search");

            await Page.GetByRole(AriaRole.Link, new() { Name = Candidate, Exact = true }).ClickAsync();
            await Expect(Heading).ToHaveTextAsync(Candidate);
            await Shot($"{who}-candidate-record");

            await Page.GetByRole(AriaRole.Link, new() { Name = "Entry requirements", Exact = true }).ClickAsync();
            await Expect(Heading).ToHaveTextAsync("Entry requirements");
            await Shot($"{who}-entry-requirements");
        }

        private async Task OpenSection(string link, string heading)
        {
            await Page.GetByRole(AriaRole.Link, new() { Name = link, Exact = true }).ClickAsync();
            await Expect(Heading).ToHaveTextAsync(heading);
        }

        private async Task FillDate(string legend, DateOnly date)
        {
            var group = Page.GetByRole(AriaRole.Group, new() { Name = legend, Exact = true });
            await group.GetByLabel("Day", new() { Exact = true }).FillAsync(date.Day.ToString(CultureInfo.InvariantCulture));
            await group.GetByLabel("Month", new() { Exact = true }).FillAsync(date.Month.ToString(CultureInfo.InvariantCulture));
            await group.GetByLabel("Year", new() { Exact = true }).FillAsync(date.Year.ToString(CultureInfo.InvariantCulture));
        }

        private Task SaveAndContinue(string what) => Submit("Save and continue", $"saving {what}");

        /// <summary>
        /// Clicks a form's button and waits until the browser shows the next document (the redirect after a save, or
        /// the form again with its errors), then fails with the page's error summary if there is one.
        /// </summary>
        private async Task Submit(string button, string what)
        {
            await Page.EvaluateAsync("() => { window.aoPortalJourneyOldPage = true; }");
            await Page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();
            await Page.WaitForFunctionAsync("() => window.aoPortalJourneyOldPage !== true");
            await Page.WaitForLoadStateAsync(LoadState.Load);
            await ExpectNoErrorSummary(what);
        }

        private async Task ExpectTaskList()
        {
            await Expect(Page).ToHaveURLAsync(s.Portal.BaseUrl + "/application");
            await Expect(Heading).ToHaveTextAsync("Your application");
        }

        /// <summary>Fails with the page's own error summary if it shows one: a refused form or decision lists there what is wrong or missing.</summary>
        private async Task ExpectNoErrorSummary(string what)
        {
            var summary = Page.Locator(".govuk-error-summary");
            if (await summary.CountAsync() > 0)
            {
                await Shot($"error-{Slug(what)}");
                var text = Regex.Replace(await summary.First.InnerTextAsync(), @"\s+", " ").Trim();
                Assert.Fail($"After {what}, {Page.Url} shows an error summary: \"{text}\"");
            }
        }

        private async Task SignOut(string screenshot)
        {
            await s.SignOutAsync();
            await Shot(screenshot);
        }

        private Task Shot(string name) => s.ScreenshotAsync($"journey-{++shot:00}-{name}");

        private static string Slug(string text) => Regex.Replace(text.ToLowerInvariant(), "[^a-z0-9]+", "-").Trim('-');
    }
}
