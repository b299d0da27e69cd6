using System.Net;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Common;
using AoPortal.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Web.Tests;

/// <summary>
/// Submits applications, so has a portal of its own: the shared one's tests count candidates by status.
/// </summary>
public sealed class ApplicationSubmissionTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_completed_application_is_checked_and_submitted_and_then_cannot_change()
    {
        var applicant = await ApplicationApplicants.CreateSignedInAsync(factory);
        var client = applicant.Client;
        await ApplicationApplicants.CompleteAllSectionsAsync(client);
        // A form left open in another tab before submitting.
        var staleForm = await client.GetPageAsync("/application/personal-details");
        var staleRemove = await client.GetPageAsync($"/application/experience/{(await ApplicationApplicants.CandidateAsync(factory, applicant.CandidateId)).Application.Experience[0].Id}/remove");

        var taskList = await client.GetPageAsync("/application");
        Assert.Equal("You have completed 6 of 6 sections.", taskList.GetElementById("progress")?.TextContent.Trim());
        Assert.All(taskList.QuerySelectorAll(".govuk-task-list__status"), s => Assert.Equal("Completed", s.TextContent.Trim()));
        Assert.Equal("Check your answers and submit", taskList.QuerySelector("main a.govuk-button[href='/application/check']")?.TextContent.Trim());

        var check = await client.GetPageAsync("/application/check");
        Assert.Equal("Check your answers before submitting your application", PageAssert.Heading(check));
        Assert.Equal(7, check.QuerySelectorAll(".govuk-summary-card").Length);
        Assert.Equal(7, check.QuerySelectorAll(".govuk-summary-card__actions a").Count(a => a.TextContent.StartsWith("Change")));
        Assert.Contains("14 June 1988", check.GetElementById("answers-personal-details")?.TextContent);
        Assert.Contains("Hillside Primary School", check.GetElementById("answers-experience")?.TextContent);
        Assert.Contains(DemoAccounts.OakfieldPrimary, check.GetElementById("answers-school")?.TextContent);
        Assert.Null(check.QuerySelector(".govuk-warning-text"));

        using var submitted = await client.PostFormAsync(check, ApplicationApplicants.SubmitForm, []);

        Assert.Equal("/application", submitted.RedirectTarget());
        var after = await client.FollowAsync(submitted);
        PageAssert.SuccessBanner(after, "Your application has been submitted");
        Assert.Contains("What happens next", PageAssert.MainText(after));
        Assert.Contains("Application submitted", after.QuerySelector("main .govuk-tag")?.TextContent);
        Assert.NotNull(after.GetElementById("submitted-at"));
        Assert.Null(after.GetElementById("progress"));
        Assert.Empty(after.QuerySelectorAll(".govuk-task-list__link"));
        Assert.Empty(after.QuerySelectorAll(".govuk-task-list__item--with-link"));
        Assert.Equal(6, after.QuerySelectorAll(".govuk-task-list__item").Length);
        Assert.NotNull(after.QuerySelector("main a[href='/application/check']"));

        var candidate = await ApplicationApplicants.CandidateAsync(factory, applicant.CandidateId);
        Assert.Equal(CandidateStatus.Submitted, candidate.Status);
        Assert.NotNull(candidate.Application.SubmittedAt);
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.SubjectId == applicant.CandidateId && a.Action == "Application submitted")));
        var email = factory.Mailbox.LatestTo(DemoAccounts.Admin);
        Assert.Equal("An application has been submitted", email.Subject);
        Assert.Contains(applicant.FullName, email.Body);

        // Read-only from now on: no change links, no submit button, and the pages for changing go back to the task list.
        var readOnly = await client.GetPageAsync("/application/check");
        Assert.Equal("Your application", PageAssert.Heading(readOnly));
        Assert.DoesNotContain(readOnly.QuerySelectorAll("main a"), a => a.TextContent.Trim().StartsWith("Change"));
        Assert.Null(readOnly.QuerySelector(ApplicationApplicants.SubmitForm));
        Assert.Contains("Hillside Primary School", readOnly.GetElementById("answers-experience")?.TextContent);
        var experience = await client.GetPageAsync("/application/experience");
        Assert.DoesNotContain(experience.QuerySelectorAll("main a"), a => a.TextContent.Trim().StartsWith("Change") || a.TextContent.Trim().StartsWith("Remove"));
        Assert.Null(experience.QuerySelector(ApplicationApplicants.ConfirmExperienceForm));
        foreach (var path in new[] { "/application/personal-details", "/application/degree", "/application/gcse/english", "/application/experience/new", "/application/age-range", "/application/declarations", "/application/school" })
        {
            using var redirect = await client.GetAsync(path);
            Assert.Equal("/application", redirect.RedirectTarget());
        }

        var home = await client.GetPageAsync("/");
        Assert.Contains("You have submitted your application", home.GetElementById("application-progress")?.TextContent);

        // A stale form posted after submission changes nothing and says why.
        var versionBefore = candidate.Version;
        using var refused = await client.PostFormAsync(staleForm, ApplicationApplicants.PersonalDetailsForm, Fields.Of(("Form.LegalLastName", "Changed")));
        var refusedPage = await refused.ReadPageAsync();
        PageAssert.ErrorSummaryLists(refusedPage, "This application has been submitted, so it cannot be changed");
        Assert.StartsWith("Error: ", refusedPage.Title);
        using var refusedRemove = await client.PostFormAsync(staleRemove, "main form", []);
        PageAssert.ErrorSummaryLists(await refusedRemove.ReadPageAsync(), "cannot be changed");
        using var refusedSubmit = await client.PostFormAsync(check, ApplicationApplicants.SubmitForm, []);
        PageAssert.ErrorSummaryLists(await refusedSubmit.ReadPageAsync(), "has already been submitted");

        var unchanged = await ApplicationApplicants.CandidateAsync(factory, applicant.CandidateId);
        Assert.Equal(versionBefore, unchanged.Version);
        Assert.Equal("Applicant", unchanged.Application.PersonalDetails!.LegalLastName);
        Assert.Single(unchanged.Application.Experience);
        Assert.Equal(1, await factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.SubjectId == applicant.CandidateId && a.Action == "Application submitted")));
    }

    [Fact]
    public async Task An_incomplete_application_cannot_be_submitted()
    {
        var applicant = await ApplicationApplicants.CreateSignedInAsync(factory);
        await ApplicationApplicants.SaveAsync(applicant.Client, "/application/personal-details", ApplicationApplicants.GoodPersonalDetails());
        var check = await applicant.Client.GetPageAsync("/application/check");
        Assert.Contains("You need to complete these sections before you submit", check.QuerySelector(".govuk-warning-text")?.TextContent);

        using var response = await applicant.Client.PostFormAsync(check, ApplicationApplicants.SubmitForm, []);

        var page = await response.ReadPageAsync();
        Assert.StartsWith("Error: ", page.Title);
        PageAssert.ErrorSummaryLists(page, "Complete these sections before you submit: ");
        var reason = page.QuerySelector(".govuk-error-summary__list")!.TextContent;
        Assert.Contains("teaching experience", reason);
        Assert.DoesNotContain("personal details", reason, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(CandidateStatus.ApplicationDraft, (await ApplicationApplicants.CandidateAsync(factory, applicant.CandidateId)).Status);
    }

    [Fact]
    public async Task A_returned_application_shows_the_providers_message_and_can_be_changed_again()
    {
        var applicant = await ApplicationApplicants.CreateSignedInAsync(factory);
        await ApplicationApplicants.CompleteAllSectionsAsync(applicant.Client);
        using (var submitted = await applicant.Client.PostFormAsync("/application/check", ApplicationApplicants.SubmitForm, []))
        {
            Assert.Equal("/application", submitted.RedirectTarget());
        }

        await factory.WithDbAsync(async db =>
        {
            var candidate = await db.Candidates.SingleAsync(c => c.Id == applicant.CandidateId);
            db.AuditEntries.Add(candidate.Return("Add the school you taught at before Hillside.", Actor.System, factory.Clock.GetUtcNow().UtcDateTime));
            await db.SaveChangesAsync();
        });

        var page = await applicant.Client.GetPageAsync("/application");

        Assert.Equal("Add the school you taught at before Hillside.", page.GetElementById("return-message")?.TextContent.Trim());
        Assert.Equal(6, page.QuerySelectorAll(".govuk-task-list__link").Length);
        await ApplicationApplicants.SaveAsync(applicant.Client, "/application/experience/new",
            ApplicationApplicants.Post("Elm Tree Infants", startYear: "2015", stillThere: false, endDay: "31", endMonth: "8", endYear: "2019"), "/application/experience");
        Assert.Equal(2, (await ApplicationApplicants.CandidateAsync(factory, applicant.CandidateId)).Application.Experience.Count);
    }

    [Fact]
    public async Task A_second_candidate_sees_only_their_own_application()
    {
        var first = await ApplicationApplicants.CreateSignedInAsync(factory, lastName: "Firstly");
        var second = await ApplicationApplicants.CreateSignedInAsync(factory, lastName: "Secondly");
        await ApplicationApplicants.CompleteAllSectionsAsync(first.Client);
        using (var submitted = await first.Client.PostFormAsync("/application/check", ApplicationApplicants.SubmitForm, []))
        {
            Assert.Equal("/application", submitted.RedirectTarget());
        }

        var firstPost = Assert.Single((await ApplicationApplicants.CandidateAsync(factory, first.CandidateId)).Application.Experience);

        var taskList = await second.Client.GetPageAsync("/application");
        Assert.Equal("You have completed 0 of 6 sections.", taskList.GetElementById("progress")?.TextContent.Trim());
        var check = await second.Client.GetPageAsync("/application/check");
        Assert.Contains("Ada Secondly", check.QuerySelector(".govuk-caption-l")?.TextContent);
        Assert.DoesNotContain("Hillside Primary School", PageAssert.MainText(check));
        Assert.DoesNotContain("14 June 1988", PageAssert.MainText(check));
        Assert.Null((await second.Client.GetPageAsync("/application/personal-details")).GetElementById("form-legalfirstnames")?.GetAttribute("value"));
        await second.Client.GetPageAsync($"/application/experience/{firstPost.Id}", HttpStatusCode.NotFound);

        // The second candidate's saves change their own record, whatever the first has done.
        await ApplicationApplicants.SaveAsync(second.Client, "/application/personal-details", ApplicationApplicants.GoodPersonalDetails(year: "1979"));
        Assert.Equal(1979, (await ApplicationApplicants.CandidateAsync(factory, second.CandidateId)).Application.PersonalDetails!.DateOfBirth.Year);
        Assert.Equal(1988, (await ApplicationApplicants.CandidateAsync(factory, first.CandidateId)).Application.PersonalDetails!.DateOfBirth.Year);
    }
}
