using System.Net;
using AoPortal.Web.Tests.Support;

namespace AoPortal.Web.Tests;

[Collection(PortalCollection.Name)]
public sealed class ApplicationExperienceTests(PortalFactory factory)
{
    private const string NewPostForm = "form[action='/application/experience/new']";

    [Fact]
    public async Task A_candidate_adds_two_posts_changes_one_removes_one_and_confirms()
    {
        var applicant = await ApplicationApplicants.CreateSignedInAsync(factory);
        var client = applicant.Client;

        var empty = await client.GetPageAsync("/application/experience");
        Assert.Equal("Teaching experience", PageAssert.Heading(empty));
        Assert.NotNull(empty.GetElementById("no-posts"));
        Assert.Equal("Add a school or setting", empty.QuerySelector("main a.govuk-button[href='/application/experience/new']")?.TextContent.Trim());

        var form = await client.GetPageAsync("/application/experience/new");
        Assert.Equal("Add a school or setting", PageAssert.Heading(form));
        Assert.Equal("1 for full time, 0.6 for three days a week", form.GetElementById("form-fte-hint")?.TextContent.Trim());
        Assert.Contains("Cover, supply and teaching assistant work do not count", form.GetElementById("form-fullresponsibility-hint")?.TextContent);
        Assert.Equal("Form.StartDate.Year", form.GetElementById("form-startdate-year")?.GetAttribute("name"));
        Assert.Equal("Form.EndDate.Day", form.GetElementById("form-enddate")?.GetAttribute("name"));

        using (var first = await client.PostFormAsync(form, NewPostForm, ApplicationApplicants.Post("Hillside Primary School", startYear: "2021")))
        {
            Assert.Equal("/application/experience", first.RedirectTarget());
        }

        await ApplicationApplicants.SaveAsync(client, "/application/experience/new",
            ApplicationApplicants.Post("Brook Lane Academy", role: "Cover supervisor", startYear: "2016", stillThere: false, endDay: "20", endMonth: "7", endYear: "2021"),
            "/application/experience");

        var posts = (await ApplicationApplicants.CandidateAsync(factory, applicant.CandidateId)).Application.Experience;
        Assert.Equal(["Hillside Primary School", "Brook Lane Academy"], posts.Select(p => p.SettingName));
        var brookLane = posts[1];
        Assert.Equal(new DateOnly(2016, 9, 1), brookLane.StartDate);
        Assert.Equal(new DateOnly(2021, 7, 20), brookLane.EndDate);
        Assert.Null(posts[0].EndDate);

        var list = await client.GetPageAsync("/application/experience");
        var cards = list.QuerySelectorAll(".govuk-summary-card");
        Assert.Equal(["Hillside Primary School", "Brook Lane Academy"], cards.Select(c => c.QuerySelector(".govuk-summary-card__title")?.TextContent.Trim()));
        var brookCard = list.GetElementById($"post-{brookLane.Id}")!;
        Assert.Contains("1 September 2016 to 20 July 2021", brookCard.TextContent);
        Assert.Contains("5 to 11", brookCard.TextContent);
        Assert.Contains("1 (full time)", brookCard.TextContent);
        Assert.Equal("Change (Brook Lane Academy)", brookCard.QuerySelector($"a[href='/application/experience/{brookLane.Id}']")?.TextContent.Trim());
        Assert.Equal("Remove (Brook Lane Academy)", brookCard.QuerySelector($"a[href='/application/experience/{brookLane.Id}/remove']")?.TextContent.Trim());
        Assert.Equal("In progress", (await client.GetPageAsync("/application")).QuerySelector("#task-list-3-status .govuk-tag--light-blue")?.TextContent.Trim());

        // Change one: the form shows what was saved, and the change replaces the post rather than adding one.
        var changeUrl = $"/application/experience/{brookLane.Id}";
        var change = await client.GetPageAsync(changeUrl);
        Assert.Equal("Change Brook Lane Academy", PageAssert.Heading(change));
        Assert.Equal("Cover supervisor", change.GetElementById("form-roletitle")?.GetAttribute("value"));
        Assert.Equal("20", change.GetElementById("form-enddate")?.GetAttribute("value"));
        Assert.NotNull(change.QuerySelector("input[name='Form.StillInPost'][value='False'][checked]"));
        Assert.NotNull(change.QuerySelector("input[name='Form.FullResponsibility'][value='True'][checked]"));
        using (var changed = await client.PostFormAsync(change, $"form[action='{changeUrl}']", Fields.Of(("Form.RoleTitle", "Class teacher"), ("Form.Fte", "0.6"))))
        {
            Assert.Equal("/application/experience", changed.RedirectTarget());
        }

        posts = (await ApplicationApplicants.CandidateAsync(factory, applicant.CandidateId)).Application.Experience;
        Assert.Equal(2, posts.Count);
        var changedPost = Assert.Single(posts, p => p.Id == brookLane.Id);
        Assert.Equal("Class teacher", changedPost.RoleTitle);
        Assert.Equal(0.6m, changedPost.Fte);
        Assert.Equal(new DateOnly(2021, 7, 20), changedPost.EndDate);

        // Remove one, after confirming.
        var removeUrl = $"/application/experience/{brookLane.Id}/remove";
        var confirmRemove = await client.GetPageAsync(removeUrl);
        Assert.Equal("Are you sure you want to remove Brook Lane Academy?", PageAssert.Heading(confirmRemove));
        Assert.Equal(2, (await ApplicationApplicants.CandidateAsync(factory, applicant.CandidateId)).Application.Experience.Count);
        using (var removed = await client.PostFormAsync(confirmRemove, $"form[action='{removeUrl}']", []))
        {
            Assert.Equal("/application/experience", removed.RedirectTarget());
        }

        posts = (await ApplicationApplicants.CandidateAsync(factory, applicant.CandidateId)).Application.Experience;
        Assert.Equal(["Hillside Primary School"], posts.Select(p => p.SettingName));
        await client.GetPageAsync(changeUrl, HttpStatusCode.NotFound);

        // Confirm the list is complete.
        using (var confirmed = await client.PostFormAsync("/application/experience", ApplicationApplicants.ConfirmExperienceForm, []))
        {
            Assert.Equal("/application", confirmed.RedirectTarget());
        }

        Assert.True((await ApplicationApplicants.CandidateAsync(factory, applicant.CandidateId)).Application.ExperienceConfirmed);
        var taskList = await client.GetPageAsync("/application");
        Assert.Equal("Completed", taskList.QuerySelector("#task-list-3-status")?.TextContent.Trim());
        var confirmedList = await client.GetPageAsync("/application/experience");
        Assert.NotNull(confirmedList.GetElementById("experience-confirmed"));
        Assert.Null(confirmedList.QuerySelector(ApplicationApplicants.ConfirmExperienceForm));
    }

    [Fact]
    public async Task An_end_date_before_the_start_date_is_refused()
    {
        var applicant = await ApplicationApplicants.CreateSignedInAsync(factory);

        using var response = await applicant.Client.PostFormAsync("/application/experience/new", NewPostForm,
            ApplicationApplicants.Post("Backwards School", startYear: "2020", stillThere: false, endDay: "1", endMonth: "9", endYear: "2019"));

        var page = await response.ReadPageAsync();
        Assert.StartsWith("Error: Add a school or setting", page.Title);
        PageAssert.ErrorSummaryLists(page, "The end date must be the same as or after the start date", "form-enddate");
        PageAssert.FieldHasError(page, "form-enddate", "The end date must be the same as or after the start date");
        Assert.Equal("2019", page.GetElementById("form-enddate-year")?.GetAttribute("value"));
        Assert.Empty((await ApplicationApplicants.CandidateAsync(factory, applicant.CandidateId)).Application.Experience);
    }

    [Fact]
    public async Task A_post_needs_its_answers()
    {
        var applicant = await ApplicationApplicants.CreateSignedInAsync(factory);

        using var response = await applicant.Client.PostFormAsync("/application/experience/new", NewPostForm, Fields.Of(
            ("Form.SettingName", ""), ("Form.Fte", "2"), ("Form.AgesFrom", "11"), ("Form.AgesTo", "7")));

        var page = await response.ReadPageAsync();
        PageAssert.ErrorSummaryLists(page, "Enter the name of the school or setting", "form-settingname");
        PageAssert.ErrorSummaryLists(page, "Enter the start date", "form-startdate");
        PageAssert.ErrorSummaryLists(page, "Select whether you still work there", "form-stillinpost");
        PageAssert.ErrorSummaryLists(page, "Full-time equivalent must be a number more than 0 and no more than 1, like 0.6", "form-fte");
        PageAssert.ErrorSummaryLists(page, "The oldest age must be more than the youngest", "form-agesto");
        PageAssert.ErrorSummaryLists(page, "Select whether you planned, taught and assessed whole classes yourself", "form-fullresponsibility");
        PageAssert.FieldHasError(page, "form-startdate", "Enter the start date");
        Assert.Empty((await ApplicationApplicants.CandidateAsync(factory, applicant.CandidateId)).Application.Experience);
    }

    [Fact]
    public async Task Confirming_with_no_posts_is_refused_with_the_reason()
    {
        var applicant = await ApplicationApplicants.CreateSignedInAsync(factory);

        using var response = await applicant.Client.PostFormAsync("/application/experience", ApplicationApplicants.ConfirmExperienceForm, []);

        var page = await response.ReadPageAsync();
        Assert.StartsWith("Error: Teaching experience", page.Title);
        PageAssert.ErrorSummaryLists(page, "Add at least one school or setting where you have taught");
        Assert.False((await ApplicationApplicants.CandidateAsync(factory, applicant.CandidateId)).Application.ExperienceConfirmed);
    }

    [Fact]
    public async Task A_candidate_cannot_see_change_or_remove_another_candidates_post()
    {
        var first = await ApplicationApplicants.CreateSignedInAsync(factory, lastName: "First");
        var second = await ApplicationApplicants.CreateSignedInAsync(factory, lastName: "Second");
        await ApplicationApplicants.SaveAsync(first.Client, "/application/experience/new", ApplicationApplicants.Post("First's School"), "/application/experience");
        await ApplicationApplicants.SaveAsync(second.Client, "/application/experience/new", ApplicationApplicants.Post("Second's School"), "/application/experience");
        var firstPost = Assert.Single((await ApplicationApplicants.CandidateAsync(factory, first.CandidateId)).Application.Experience);
        var secondPost = Assert.Single((await ApplicationApplicants.CandidateAsync(factory, second.CandidateId)).Application.Experience);

        await second.Client.GetPageAsync($"/application/experience/{firstPost.Id}", HttpStatusCode.NotFound);
        await second.Client.GetPageAsync($"/application/experience/{firstPost.Id}/remove", HttpStatusCode.NotFound);

        // The second candidate's own forms, pointed at the first candidate's post.
        var ownChange = await second.Client.GetPageAsync($"/application/experience/{secondPost.Id}");
        ownChange.QuerySelector($"form[action='/application/experience/{secondPost.Id}']")!.SetAttribute("action", $"/application/experience/{firstPost.Id}");
        using (var changed = await second.Client.PostFormAsync(ownChange, $"form[action='/application/experience/{firstPost.Id}']", Fields.Of(("Form.SettingName", "Taken over"))))
        {
            Assert.Equal(HttpStatusCode.NotFound, changed.StatusCode);
        }

        var ownRemove = await second.Client.GetPageAsync($"/application/experience/{secondPost.Id}/remove");
        ownRemove.QuerySelector("main form")!.SetAttribute("action", $"/application/experience/{firstPost.Id}/remove");
        using (var removed = await second.Client.PostFormAsync(ownRemove, "main form", []))
        {
            Assert.Equal(HttpStatusCode.NotFound, removed.StatusCode);
        }

        var firstPosts = (await ApplicationApplicants.CandidateAsync(factory, first.CandidateId)).Application.Experience;
        Assert.Equal(["First's School"], firstPosts.Select(p => p.SettingName));
        var secondPosts = (await ApplicationApplicants.CandidateAsync(factory, second.CandidateId)).Application.Experience;
        Assert.Equal(["Second's School"], secondPosts.Select(p => p.SettingName));
        var secondList = PageAssert.MainText(await second.Client.GetPageAsync("/application/experience"));
        Assert.Contains("Second's School", secondList);
        Assert.DoesNotContain("First's School", secondList);
    }
}
