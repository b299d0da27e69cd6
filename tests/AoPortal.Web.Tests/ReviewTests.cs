using System.Net;
using AngleSharp.Dom;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Eligibility;
using AoPortal.Domain.Users;
using AoPortal.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Web.Tests;

/// <summary>
/// Admins and assessors review a submitted application through the pages: judge each requirement, record the
/// safeguarding checks, then accept, return or reject it; the school lead confirms the school's support.
/// Moves candidates through the lifecycle, so has a portal of its own: the shared one's tests count candidates by
/// status. Each test makes its own candidate (<see cref="ReviewCandidates"/>).
/// </summary>
public sealed class ReviewTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string DbsNumber = "001234567890";

    // The entry requirements page

    [Theory]
    [InlineData(DemoAccounts.Admin)]
    [InlineData(DemoAccounts.Assessor)]
    public async Task Reviewers_see_each_requirement_with_its_reason_and_a_judge_link(string email)
    {
        var candidate = await ReviewCandidates.CreateAsync(factory);
        var client = await factory.SignedInAsync(email);

        var page = await client.GetPageAsync(EligibilityUrl(candidate));

        Assert.Equal("Entry requirements", PageAssert.Heading(page));
        Assert.Equal(13, PageAssert.TableRows(page).Count);
        var degree = Row(page, EligibilityRequirement.Degree);
        Assert.Contains("Degree", degree.QuerySelector("th")?.TextContent);
        Assert.Contains("Met", degree.TextContent);
        Assert.Contains("History, University of Leeds, 2010", degree.TextContent);
        Assert.Contains("Not judged yet", degree.TextContent);
        Assert.Contains("Taught in 2 schools or settings", Row(page, EligibilityRequirement.TwoSchools).TextContent);
        Assert.Contains("The provider records the enhanced DBS", Row(page, EligibilityRequirement.Safeguarding).TextContent);
        foreach (var requirement in Enum.GetValues<EligibilityRequirement>().Except([EligibilityRequirement.GcseScience, EligibilityRequirement.SchoolSupport]))
            Assert.NotNull(JudgeLink(page, candidate, requirement));
        // GCSE science is not needed for 11 to 16, and school support is the school lead's to confirm.
        Assert.Null(JudgeLink(page, candidate, EligibilityRequirement.GcseScience));
        Assert.Contains("Not needed", Row(page, EligibilityRequirement.GcseScience).TextContent);
        Assert.Null(JudgeLink(page, candidate, EligibilityRequirement.SchoolSupport));
        Assert.Contains("Waiting for the school lead", Row(page, EligibilityRequirement.SchoolSupport).TextContent);
        Assert.NotNull(page.QuerySelector(AcceptForm(candidate)));
        Assert.NotNull(page.QuerySelector($"a[href='/candidates/{candidate.Id}/review/return']"));
        Assert.NotNull(page.QuerySelector($"a[href='/candidates/{candidate.Id}/review/reject']"));
    }

    [Fact]
    public async Task Only_the_admin_is_offered_to_record_the_safeguarding_checks()
    {
        var candidate = await ReviewCandidates.CreateAsync(factory);
        var link = $"a[href='/candidates/{candidate.Id}/review/safeguarding/record']";

        var asAdmin = await (await factory.SignedInAsync(DemoAccounts.Admin)).GetPageAsync(EligibilityUrl(candidate));
        var asAssessor = await (await factory.SignedInAsync(DemoAccounts.Assessor)).GetPageAsync(EligibilityUrl(candidate));

        Assert.NotNull(asAdmin.QuerySelector(link));
        Assert.Null(asAssessor.QuerySelector(link));
    }

    [Fact]
    public async Task A_moderator_who_is_not_an_assessor_sees_the_requirements_without_judge_links_or_decisions()
    {
        var candidate = await ReviewCandidates.CreateAsync(factory);
        var client = await ModeratorOnlyAsync();

        var page = await client.GetPageAsync(EligibilityUrl(candidate));

        Assert.Equal(13, PageAssert.TableRows(page).Count);
        Assert.Contains("History, University of Leeds, 2010", Row(page, EligibilityRequirement.Degree).TextContent);
        Assert.Empty(page.QuerySelectorAll("a[href*='/review/']"));
        Assert.Null(page.QuerySelector(AcceptForm(candidate)));
        Assert.DoesNotContain("Reject", PageAssert.MainText(page));
    }

    [Fact]
    public async Task A_draft_application_has_no_judge_links_and_says_it_may_change()
    {
        var candidate = await ReviewCandidates.CreateAsync(factory, submit: false);
        var client = await factory.SignedInAsync(DemoAccounts.Assessor);

        var page = await client.GetPageAsync(EligibilityUrl(candidate));

        Assert.Contains("The candidate has not submitted their application", PageAssert.MainText(page));
        Assert.Empty(page.QuerySelectorAll("a[href*='/review/']"));
        Assert.Null(page.QuerySelector(AcceptForm(candidate)));
    }

    // Judging a requirement

    [Fact]
    public async Task Judging_a_requirement_saves_it_and_says_so()
    {
        var candidate = await ReviewCandidates.CreateAsync(factory);
        var client = await factory.SignedInAsync(DemoAccounts.Assessor);

        using var response = await JudgeAsync(client, candidate, "Degree", "Met", "Certificate seen at interview");

        Assert.Equal(EligibilityUrl(candidate), response.RedirectTarget());
        var page = await client.FollowAsync(response);
        PageAssert.SuccessBanner(page, "Degree judged met");
        var row = Row(page, EligibilityRequirement.Degree);
        Assert.Contains("by Sam Assessor: Certificate seen at interview", row.TextContent);
        Assert.DoesNotContain("Not judged yet", row.TextContent);
        var stored = await ReviewCandidates.LoadAsync(factory, candidate.Id);
        var judgement = Assert.Single(stored.Review.Judgements);
        Assert.Equal(EligibilityRequirement.Degree, judgement.Requirement);
        Assert.Equal(JudgementOutcome.Met, judgement.Outcome);
        Assert.Equal("Certificate seen at interview", judgement.Rationale);
        Assert.Equal("Sam Assessor", judgement.JudgedByName);
        Assert.Equal(await factory.UserIdAsync(DemoAccounts.Assessor), judgement.JudgedById);
        Assert.Equal(CandidateStatus.EligibilityReview, stored.Status);
        Assert.Equal(1, await ReviewCandidates.AuditCountAsync(factory, candidate.Id, "Eligibility review started"));
        Assert.Equal(1, await ReviewCandidates.AuditCountAsync(factory, candidate.Id, "Degree judged met"));
    }

    [Fact]
    public async Task Requirements_are_judged_in_any_order_and_all_are_kept()
    {
        var candidate = await ReviewCandidates.CreateAsync(factory);
        var client = await factory.SignedInAsync(DemoAccounts.Assessor);

        // Later requirements first: each is saved on its own, after the ones before it.
        foreach (var requirement in new[] { "ReadyNow", "Experience", "Degree", "AgeRange" })
        {
            using var response = await JudgeAsync(client, candidate, requirement, "Met", "");
            Assert.Equal(EligibilityUrl(candidate), response.RedirectTarget());
        }

        Assert.Equal(
            [EligibilityRequirement.Degree, EligibilityRequirement.Experience, EligibilityRequirement.AgeRange, EligibilityRequirement.ReadyNow],
            (await ReviewCandidates.LoadAsync(factory, candidate.Id)).Review.Judgements.Select(j => j.Requirement));
        var page = await client.GetPageAsync(EligibilityUrl(candidate));
        Assert.DoesNotContain("Not judged yet", Row(page, EligibilityRequirement.Degree).TextContent);
        Assert.DoesNotContain("Not judged yet", Row(page, EligibilityRequirement.ReadyNow).TextContent);
        Assert.Contains("Not judged yet", Row(page, EligibilityRequirement.Suitability).TextContent);
    }

    [Fact]
    public async Task The_judge_page_shows_the_current_judgement_and_a_new_one_replaces_it()
    {
        var candidate = await ReviewCandidates.CreateAsync(factory);
        var client = await factory.SignedInAsync(DemoAccounts.Assessor);
        using (var first = await JudgeAsync(client, candidate, "FitnessToTeach", "NotMet", "Waiting for occupational health"))
            Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);

        var form = await client.GetPageAsync(JudgeUrl(candidate, "FitnessToTeach"));
        Assert.Equal("Fitness to teach", PageAssert.Heading(form));
        Assert.NotNull(form.QuerySelector("input[name='Form.Outcome'][value='NotMet'][checked]"));
        Assert.Equal("Waiting for occupational health", form.QuerySelector("textarea[name='Form.Rationale']")?.TextContent.Trim());
        using var second = await JudgeAsync(client, candidate, "FitnessToTeach", "Met", "Occupational health cleared");

        var page = await client.FollowAsync(second);
        PageAssert.SuccessBanner(page, "Fitness to teach judged met");
        var judgement = Assert.Single((await ReviewCandidates.LoadAsync(factory, candidate.Id)).Review.Judgements);
        Assert.Equal(JudgementOutcome.Met, judgement.Outcome);
        Assert.Equal("Occupational health cleared", judgement.Rationale);
    }

    [Fact]
    public async Task Waived_is_offered_only_where_the_policy_allows_discretion()
    {
        var candidate = await ReviewCandidates.CreateAsync(factory);
        var client = await factory.SignedInAsync(DemoAccounts.Assessor);

        var degree = await client.GetPageAsync(JudgeUrl(candidate, "Degree"));
        var experience = await client.GetPageAsync(JudgeUrl(candidate, "Experience"));

        Assert.Equal(["Met", "NotMet"], OutcomesOffered(degree));
        Assert.Equal(["Met", "NotMet", "Waived"], OutcomesOffered(experience));
        Assert.Contains("The policy allows this requirement to be waived", PageAssert.MainText(experience));
        Assert.DoesNotContain("allows this requirement to be waived", PageAssert.MainText(degree));
    }

    [Fact]
    public async Task Waiving_without_a_rationale_is_refused_and_nothing_is_saved()
    {
        var candidate = await ReviewCandidates.CreateAsync(factory);
        var client = await factory.SignedInAsync(DemoAccounts.Assessor);

        using var response = await JudgeAsync(client, candidate, "Experience", "Waived", "");

        var page = await response.ReadPageAsync();
        PageAssert.ErrorSummaryLists(page, "Enter the rationale for waiving this requirement", "form-rationale");
        PageAssert.FieldHasError(page, "form-rationale", "Enter the rationale for waiving this requirement");
        Assert.StartsWith("Error:", page.Title);
        Assert.NotNull(page.QuerySelector("input[name='Form.Outcome'][value='Waived'][checked]"));
        var stored = await ReviewCandidates.LoadAsync(factory, candidate.Id);
        Assert.Empty(stored.Review.Judgements);
        Assert.Equal(CandidateStatus.Submitted, stored.Status);
    }

    [Fact]
    public async Task Experience_is_waived_with_a_rationale()
    {
        var candidate = await ReviewCandidates.CreateAsync(factory);
        var client = await factory.SignedInAsync(DemoAccounts.Assessor);

        using var response = await JudgeAsync(client, candidate, "Experience", "Waived", "Twenty months of outstanding teaching");

        PageAssert.SuccessBanner(await client.FollowAsync(response), "Teaching experience judged waived");
        var judgement = (await ReviewCandidates.LoadAsync(factory, candidate.Id)).Review.JudgementOf(EligibilityRequirement.Experience);
        Assert.Equal(JudgementOutcome.Waived, judgement?.Outcome);
        Assert.Equal("Twenty months of outstanding teaching", judgement?.Rationale);
    }

    [Fact]
    public async Task Waiving_the_degree_is_refused_even_when_posted_and_nothing_is_saved()
    {
        var candidate = await ReviewCandidates.CreateAsync(factory);
        var client = await factory.SignedInAsync(DemoAccounts.Assessor);

        using var response = await JudgeAsync(client, candidate, "Degree", "Waived", "A strong teacher");

        var page = await response.ReadPageAsync();
        PageAssert.ErrorSummaryLists(page, "The eligibility policy does not allow degree to be waived");
        Assert.Empty((await ReviewCandidates.LoadAsync(factory, candidate.Id)).Review.Judgements);
    }

    [Fact]
    public async Task An_outcome_must_be_chosen()
    {
        var candidate = await ReviewCandidates.CreateAsync(factory);
        var client = await factory.SignedInAsync(DemoAccounts.Assessor);

        using var response = await client.PostFormAsync(JudgeUrl(candidate, "Degree"), JudgeForm(candidate, "Degree"), Fields.Of(("Form.Rationale", "")));

        PageAssert.ErrorSummaryLists(await response.ReadPageAsync(), "Select whether the requirement is met");
        Assert.Empty((await ReviewCandidates.LoadAsync(factory, candidate.Id)).Review.Judgements);
    }

    [Fact]
    public async Task School_support_cannot_be_judged_by_the_provider()
    {
        var candidate = await ReviewCandidates.CreateAsync(factory);
        var client = await factory.SignedInAsync(DemoAccounts.Admin);

        using var response = await JudgeAsync(client, candidate, "SchoolSupport", "Met", "The head told me");

        PageAssert.ErrorSummaryLists(await response.ReadPageAsync(), "School support is confirmed by the school lead of the employing school");
        Assert.Empty((await ReviewCandidates.LoadAsync(factory, candidate.Id)).Review.Judgements);
    }

    [Fact]
    public async Task Safeguarding_cannot_be_judged_met_before_the_checks_are_recorded()
    {
        var candidate = await ReviewCandidates.CreateAsync(factory);
        var client = await factory.SignedInAsync(DemoAccounts.Admin);

        using var response = await JudgeAsync(client, candidate, "Safeguarding", "Met", "");

        PageAssert.ErrorSummaryLists(await response.ReadPageAsync(), "Record the DBS and prohibition checks before marking safeguarding as met");
        Assert.Empty((await ReviewCandidates.LoadAsync(factory, candidate.Id)).Review.Judgements);
    }

    [Fact]
    public async Task Judging_an_application_that_is_not_submitted_is_refused_and_changes_nothing()
    {
        var candidate = await ReviewCandidates.CreateAsync(factory, submit: false);
        var before = await ReviewCandidates.LoadAsync(factory, candidate.Id);
        var client = await factory.SignedInAsync(DemoAccounts.Assessor);

        using var response = await JudgeAsync(client, candidate, "Degree", "Met", "Looks fine");

        var page = await response.ReadPageAsync();
        PageAssert.ErrorSummaryLists(page, "Only a submitted application can be reviewed");
        var after = await ReviewCandidates.LoadAsync(factory, candidate.Id);
        Assert.Equal(CandidateStatus.ApplicationDraft, after.Status);
        Assert.Empty(after.Review.Judgements);
        Assert.Equal(before.Version, after.Version);
        Assert.Equal(0, await ReviewCandidates.AuditCountAsync(factory, candidate.Id, "Degree judged met"));
    }

    [Fact]
    public async Task A_judgement_from_a_page_left_open_after_the_decision_is_refused()
    {
        var candidate = await ReviewCandidates.CreateAsync(factory);
        var client = await factory.SignedInAsync(DemoAccounts.Assessor);
        var openForm = await client.GetPageAsync(JudgeUrl(candidate, "Degree"));
        using (var rejected = await client.PostFormAsync(RejectUrl(candidate), DecisionForm(candidate, "reject"), Fields.Of(("Form.Text", "Not employed in a school"))))
            Assert.Equal(EligibilityUrl(candidate), rejected.RedirectTarget());

        using var response = await client.PostFormAsync(openForm, JudgeForm(candidate, "Degree"), Fields.Of(("Form.Outcome", "Met"), ("Form.Rationale", "")));

        PageAssert.ErrorSummaryLists(await response.ReadPageAsync(), "Only a submitted application can be reviewed");
        var stored = await ReviewCandidates.LoadAsync(factory, candidate.Id);
        Assert.Equal(CandidateStatus.Rejected, stored.Status);
        Assert.Empty(stored.Review.Judgements);
    }

    // Safeguarding checks

    [Fact]
    public async Task The_admin_records_the_safeguarding_checks_and_can_then_judge_safeguarding_met()
    {
        var candidate = await ReviewCandidates.CreateAsync(factory);
        var client = await factory.SignedInAsync(DemoAccounts.Admin);

        using var response = await RecordChecksAsync(client, candidate, DbsNumber);

        Assert.Equal(EligibilityUrl(candidate), response.RedirectTarget());
        var page = await client.FollowAsync(response);
        PageAssert.SuccessBanner(page, "Safeguarding checks recorded");
        Assert.Contains("The DBS and prohibition checks are recorded.", PageAssert.MainText(page));
        var stored = await ReviewCandidates.LoadAsync(factory, candidate.Id);
        Assert.Equal(DbsNumber, stored.Review.Safeguarding?.DbsCertificateNumber);
        Assert.Equal(new DateOnly(2025, 3, 27), stored.Review.Safeguarding?.DbsIssueDate);
        Assert.Equal("Alex Admin", stored.Review.Safeguarding?.DbsSeenBy);
        Assert.Equal(new DateOnly(2025, 4, 2), stored.Review.Safeguarding?.ProhibitionCheckDate);
        Assert.Equal(CandidateStatus.EligibilityReview, stored.Status);
        Assert.Equal(1, await ReviewCandidates.AuditCountAsync(factory, candidate.Id, "Safeguarding checks recorded"));

        using var judged = await JudgeAsync(client, candidate, "Safeguarding", "Met", "");
        PageAssert.SuccessBanner(await client.FollowAsync(judged), "Safeguarding checks judged met");
    }

    [Theory]
    [InlineData("12345678901")]
    [InlineData("1234567890123")]
    [InlineData("12345678901X")]
    public async Task A_dbs_number_that_is_not_12_digits_is_refused(string number)
    {
        var candidate = await ReviewCandidates.CreateAsync(factory);
        var client = await factory.SignedInAsync(DemoAccounts.Admin);

        using var response = await RecordChecksAsync(client, candidate, number);

        var page = await response.ReadPageAsync();
        PageAssert.ErrorSummaryLists(page, "The DBS certificate number must be 12 digits", "form-dbscertificatenumber");
        Assert.Equal(number, page.QuerySelector("input[name='Form.DbsCertificateNumber']")?.GetAttribute("value"));
        Assert.Null((await ReviewCandidates.LoadAsync(factory, candidate.Id)).Review.Safeguarding);
    }

    [Fact]
    public async Task A_dbs_issue_date_in_the_future_is_refused()
    {
        var candidate = await ReviewCandidates.CreateAsync(factory);
        var client = await factory.SignedInAsync(DemoAccounts.Admin);
        var nextYear = (factory.Clock.GetUtcNow().Year + 1).ToString();

        using var response = await RecordChecksAsync(client, candidate, DbsNumber, issueYear: nextYear);

        PageAssert.ErrorSummaryLists(await response.ReadPageAsync(), "The DBS issue date must be today or in the past");
        Assert.Null((await ReviewCandidates.LoadAsync(factory, candidate.Id)).Review.Safeguarding);
    }

    [Fact]
    public async Task An_assessor_may_not_record_the_safeguarding_checks()
    {
        var candidate = await ReviewCandidates.CreateAsync(factory);
        var client = await factory.SignedInAsync(DemoAccounts.Assessor);
        // The assessor's own antiforgery token, from a page they may open.
        var page = await client.GetPageAsync(EligibilityUrl(candidate));
        var token = page.QuerySelector("input[name='__RequestVerificationToken']")?.GetAttribute("value");
        Assert.NotNull(token);

        await client.GetPageAsync($"/candidates/{candidate.Id}/review/safeguarding/record", HttpStatusCode.Forbidden);
        using var response = await client.PostRawAsync($"/candidates/{candidate.Id}/review/safeguarding/record", ChecksFields(DbsNumber)
            .Append(new KeyValuePair<string, string>("__RequestVerificationToken", token)));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var stored = await ReviewCandidates.LoadAsync(factory, candidate.Id);
        Assert.Null(stored.Review.Safeguarding);
        Assert.Equal(CandidateStatus.Submitted, stored.Status);
    }

    [Theory]
    [InlineData(DemoAccounts.Admin)]
    [InlineData(DemoAccounts.Moderator)]
    public async Task Admins_and_moderators_see_the_dbs_number_and_each_viewing_is_recorded(string email)
    {
        var candidate = await ReviewCandidates.CreateAsync(factory);
        await ReviewCandidates.RecordChecksAsync(factory, candidate.Id, DbsNumber);
        var client = await factory.SignedInAsync(email);

        var first = await client.GetPageAsync(SafeguardingUrl(candidate));
        Assert.Equal(1, await ReviewCandidates.AuditCountAsync(factory, candidate.Id, "Safeguarding details viewed"));
        await client.GetPageAsync(SafeguardingUrl(candidate));
        await client.GetPageAsync(SafeguardingUrl(candidate));

        Assert.Equal(3, await ReviewCandidates.AuditCountAsync(factory, candidate.Id, "Safeguarding details viewed"));
        var text = PageAssert.MainText(first);
        Assert.Contains(DbsNumber, text);
        Assert.Contains("27 March 2025", text);
        Assert.Contains("Alex Admin", text);
        Assert.Contains("No condition affecting capacity to teach", text);
        Assert.Contains("None declared", text);
    }

    [Fact]
    public async Task An_assessor_never_sees_the_dbs_number()
    {
        var candidate = await ReviewCandidates.CreateAsync(factory);
        await ReviewCandidates.RecordChecksAsync(factory, candidate.Id, DbsNumber);
        var client = await factory.SignedInAsync(DemoAccounts.Assessor);

        var eligibility = await client.GetPageAsync(EligibilityUrl(candidate));
        var judge = await client.GetPageAsync(JudgeUrl(candidate, "Safeguarding"));
        var details = await client.GetPageAsync($"/candidates/{candidate.Id}");
        await client.GetPageAsync(SafeguardingUrl(candidate), HttpStatusCode.Forbidden);

        Assert.Contains("The DBS and prohibition checks are recorded.", PageAssert.MainText(eligibility));
        Assert.DoesNotContain(DbsNumber, eligibility.DocumentElement.OuterHtml);
        Assert.DoesNotContain(DbsNumber, judge.DocumentElement.OuterHtml);
        Assert.DoesNotContain(DbsNumber, details.DocumentElement.OuterHtml);
        Assert.Equal(0, await ReviewCandidates.AuditCountAsync(factory, candidate.Id, "Safeguarding details viewed"));
    }

    // Decisions

    [Fact]
    public async Task Accepting_too_early_is_refused_with_what_is_missing()
    {
        var candidate = await ReviewCandidates.CreateAsync(factory);
        await ReviewCandidates.JudgeMetAsync(factory, candidate.Id,
            EligibilityRequirement.Degree, EligibilityRequirement.GcseEnglish, EligibilityRequirement.GcseMaths);
        var client = await factory.SignedInAsync(DemoAccounts.Assessor);

        using var response = await client.PostFormAsync(EligibilityUrl(candidate), AcceptForm(candidate), []);

        Assert.Equal(EligibilityUrl(candidate), response.RedirectTarget());
        var page = await client.FollowAsync(response);
        var summary = page.QuerySelector(".govuk-error-summary")?.TextContent;
        Assert.NotNull(summary);
        Assert.Contains("There is a problem", summary);
        Assert.Contains("These requirements are not yet met or waived: fundamental English and maths, suitability to teach, safeguarding checks", summary);
        Assert.Contains("teaching experience", summary);
        Assert.Contains("school support", summary);
        Assert.DoesNotContain("degree", summary);
        Assert.DoesNotContain("GCSE", summary, StringComparison.OrdinalIgnoreCase);
        Assert.Null(page.QuerySelector(".govuk-notification-banner--success"));
        var stored = await ReviewCandidates.LoadAsync(factory, candidate.Id);
        Assert.Equal(CandidateStatus.EligibilityReview, stored.Status);
        Assert.Null(stored.Review.DecidedUnderPolicyVersion);
        Assert.Equal(0, await ReviewCandidates.AuditCountAsync(factory, candidate.Id, "Application accepted"));
        Assert.Equal(0, factory.Mailbox.CountTo(candidate.Email));
    }

    [Fact]
    public async Task A_candidate_whose_every_requirement_is_met_is_accepted_and_told_by_email()
    {
        var candidate = await ReviewCandidates.CreateAsync(factory);
        var admin = await factory.SignedInAsync(DemoAccounts.Admin);
        var assessor = await factory.SignedInAsync(DemoAccounts.Assessor);
        var schoolLead = await factory.SignedInAsync(DemoAccounts.SchoolLead);

        using (var recorded = await RecordChecksAsync(admin, candidate, DbsNumber))
            Assert.Equal(EligibilityUrl(candidate), recorded.RedirectTarget());
        using (var confirmed = await ConfirmSupportAsync(schoolLead, candidate, "We will release Rhiannon for observations", "Grace Hopper"))
            Assert.Equal("/", confirmed.RedirectTarget());
        var toJudge = Enum.GetValues<EligibilityRequirement>().Except([EligibilityRequirement.GcseScience, EligibilityRequirement.SchoolSupport]);
        foreach (var requirement in toJudge)
        {
            using var judged = await JudgeAsync(assessor, candidate, requirement.ToString(), "Met", "");
            if (judged.StatusCode != HttpStatusCode.Redirect)
                Assert.Fail($"Judging {requirement} responded {(int)judged.StatusCode}:\n{PageAssert.MainText(PortalClient.Parse(await judged.Content.ReadAsStringAsync()))}");
        }

        using var accepted = await assessor.PostFormAsync(EligibilityUrl(candidate), AcceptForm(candidate), []);

        Assert.Equal(EligibilityUrl(candidate), accepted.RedirectTarget());
        var page = await assessor.FollowAsync(accepted);
        PageAssert.SuccessBanner(page, "The candidate has been accepted for assessment");
        Assert.Contains("Accepted", page.QuerySelector("main .govuk-tag")?.TextContent);
        Assert.Null(page.QuerySelector(AcceptForm(candidate)));
        Assert.Empty(page.QuerySelectorAll("a[href*='/review/']"));
        var stored = await ReviewCandidates.LoadAsync(factory, candidate.Id);
        Assert.Equal(CandidateStatus.Accepted, stored.Status);
        Assert.Equal(1, stored.Review.DecidedUnderPolicyVersion);
        Assert.Equal("Grace Hopper", stored.Review.SchoolSupport?.MentorName);
        Assert.Equal("Helen Head", stored.Review.JudgementOf(EligibilityRequirement.SchoolSupport)?.JudgedByName);
        var audit = await factory.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.SubjectId == candidate.Id && a.Action == "Application accepted"));
        Assert.Equal("Sam Assessor", audit.ActorName);
        Assert.Contains("Eligibility policy version 1", audit.Detail);
        var email = factory.Mailbox.LatestTo(candidate.Email);
        Assert.Equal("Your application has been accepted", email.Subject);
        Assert.Contains($"Dear {candidate.FirstNames},", email.Body);
    }

    [Fact]
    public async Task Returning_the_application_sends_it_back_with_the_message_by_email()
    {
        var candidate = await ReviewCandidates.CreateAsync(factory);
        await ReviewCandidates.JudgeMetAsync(factory, candidate.Id, EligibilityRequirement.Degree);
        var client = await factory.SignedInAsync(DemoAccounts.Assessor);
        const string message = "Please add the dates of your post at Brookfield School";

        using var response = await client.PostFormAsync(ReturnUrl(candidate), DecisionForm(candidate, "return"), Fields.Of(("Form.Text", message)));

        Assert.Equal(EligibilityUrl(candidate), response.RedirectTarget());
        PageAssert.SuccessBanner(await client.FollowAsync(response), "The application has been returned to the candidate");
        var stored = await ReviewCandidates.LoadAsync(factory, candidate.Id);
        Assert.Equal(CandidateStatus.ApplicationDraft, stored.Status);
        Assert.Equal(message, stored.Application.ReturnMessage);
        Assert.Equal(1, await ReviewCandidates.AuditCountAsync(factory, candidate.Id, "Application returned to the candidate"));
        var email = factory.Mailbox.LatestTo(candidate.Email);
        Assert.Equal("Your application has been returned to you", email.Subject);
        Assert.Contains(message, email.Body);
    }

    [Fact]
    public async Task A_returned_candidate_sees_the_message_and_can_submit_again()
    {
        var candidate = await ReviewCandidates.CreateAsync(factory);
        var assessor = await factory.SignedInAsync(DemoAccounts.Assessor);
        using (var returned = await assessor.PostFormAsync(ReturnUrl(candidate), DecisionForm(candidate, "return"), Fields.Of(("Form.Text", "Check your degree"))))
            Assert.Equal(EligibilityUrl(candidate), returned.RedirectTarget());
        var client = factory.CreatePortalClient();
        await client.SignInAsync(candidate.Email, TestAccounts.Password);

        var home = await client.GetPageAsync("/");
        Assert.Contains("Check your degree", home.GetElementById("returned-message")?.TextContent);
        var taskList = await client.GetPageAsync("/application");
        Assert.Equal("Check your degree", taskList.GetElementById("return-message")?.TextContent.Trim());
        Assert.NotEmpty(taskList.QuerySelectorAll(".govuk-task-list__link"));

        using var resubmitted = await client.PostFormAsync("/application/check", "form[action='/application/submit']", []);

        Assert.Equal("/application", resubmitted.RedirectTarget());
        var after = await client.FollowAsync(resubmitted);
        Assert.Null(after.GetElementById("return-message"));
        var stored = await ReviewCandidates.LoadAsync(factory, candidate.Id);
        Assert.Equal(CandidateStatus.Submitted, stored.Status);
        Assert.Null(stored.Application.ReturnMessage);
    }

    [Theory]
    [InlineData("return")]
    [InlineData("reject")]
    public async Task A_return_or_rejection_without_a_message_is_refused(string decision)
    {
        var candidate = await ReviewCandidates.CreateAsync(factory);
        var client = await factory.SignedInAsync(DemoAccounts.Assessor);

        using var response = await client.PostFormAsync($"/candidates/{candidate.Id}/review/{decision}", DecisionForm(candidate, decision), Fields.Of(("Form.Text", "  ")));

        var page = await response.ReadPageAsync();
        PageAssert.ErrorSummaryLists(page, "Enter a message for the candidate", "form-text");
        Assert.StartsWith("Error:", page.Title);
        var stored = await ReviewCandidates.LoadAsync(factory, candidate.Id);
        Assert.Equal(CandidateStatus.Submitted, stored.Status);
        Assert.Null(stored.Application.ReturnMessage);
        Assert.Equal(0, factory.Mailbox.CountTo(candidate.Email));
    }

    [Fact]
    public async Task Rejecting_the_application_records_the_reason_and_tells_the_candidate()
    {
        var candidate = await ReviewCandidates.CreateAsync(factory);
        var client = await factory.SignedInAsync(DemoAccounts.Admin);
        const string reason = "You have not yet taught in two schools";

        var form = await client.GetPageAsync(RejectUrl(candidate));
        Assert.Equal("Are you sure you want to reject this application?", PageAssert.Heading(form));
        using var response = await client.PostFormAsync(form, DecisionForm(candidate, "reject"), Fields.Of(("Form.Text", reason)));

        Assert.Equal(EligibilityUrl(candidate), response.RedirectTarget());
        var page = await client.FollowAsync(response);
        PageAssert.SuccessBanner(page, "The application has been rejected");
        Assert.Contains($"Reason given: {reason}", PageAssert.MainText(page));
        var stored = await ReviewCandidates.LoadAsync(factory, candidate.Id);
        Assert.Equal(CandidateStatus.Rejected, stored.Status);
        Assert.Equal(reason, stored.Review.DecisionReason);
        Assert.Equal(1, stored.Review.DecidedUnderPolicyVersion);
        Assert.Equal(1, await ReviewCandidates.AuditCountAsync(factory, candidate.Id, "Application rejected"));
        var email = factory.Mailbox.LatestTo(candidate.Email);
        Assert.Equal("Your application has not been accepted", email.Subject);
        Assert.Contains(reason, email.Body);
        var candidateClient = factory.CreatePortalClient();
        await candidateClient.SignInAsync(candidate.Email, TestAccounts.Password);
        Assert.Contains(reason, (await candidateClient.GetPageAsync("/")).GetElementById("decision-reason")?.TextContent);
    }

    [Fact]
    public async Task A_decided_application_cannot_be_returned_from_a_page_left_open()
    {
        var candidate = await ReviewCandidates.CreateAsync(factory);
        var client = await factory.SignedInAsync(DemoAccounts.Assessor);
        var openReturn = await client.GetPageAsync(ReturnUrl(candidate));
        using (var rejected = await client.PostFormAsync(RejectUrl(candidate), DecisionForm(candidate, "reject"), Fields.Of(("Form.Text", "Not employed in a school"))))
            Assert.Equal(EligibilityUrl(candidate), rejected.RedirectTarget());

        using var response = await client.PostFormAsync(openReturn, DecisionForm(candidate, "return"), Fields.Of(("Form.Text", "Change your school")));

        PageAssert.ErrorSummaryLists(await response.ReadPageAsync(),
            "Application returned to the candidate is not possible while the candidate's status is rejected");
        Assert.Equal(CandidateStatus.Rejected, (await ReviewCandidates.LoadAsync(factory, candidate.Id)).Status);
    }

    // School support

    [Fact]
    public async Task The_school_lead_confirms_support_for_their_own_staff()
    {
        var candidate = await ReviewCandidates.CreateAsync(factory);
        var client = await factory.SignedInAsync(DemoAccounts.SchoolLead);

        using var response = await ConfirmSupportAsync(client, candidate, "Rhiannon has a reduced timetable for observations", "Grace Hopper");

        Assert.Equal("/", response.RedirectTarget());
        var stored = await ReviewCandidates.LoadAsync(factory, candidate.Id);
        Assert.Equal("Rhiannon has a reduced timetable for observations", stored.Review.SchoolSupport?.Statement);
        Assert.Equal("Grace Hopper", stored.Review.SchoolSupport?.MentorName);
        Assert.Equal("Helen Head", stored.Review.SchoolSupport?.ConfirmedByName);
        var judgement = stored.Review.JudgementOf(EligibilityRequirement.SchoolSupport);
        Assert.Equal(JudgementOutcome.Met, judgement?.Outcome);
        Assert.Equal(await factory.UserIdAsync(DemoAccounts.SchoolLead), judgement?.JudgedById);
        Assert.Equal(CandidateStatus.Submitted, stored.Status);
        Assert.Equal(1, await ReviewCandidates.AuditCountAsync(factory, candidate.Id, "School support confirmed"));

        var page = await client.GetPageAsync(SupportUrl(candidate));
        Assert.Contains("Support confirmed by Helen Head", PageAssert.MainText(page));
        Assert.Null(page.QuerySelector("form[action$='/support']"));
        var eligibility = await (await factory.SignedInAsync(DemoAccounts.Assessor)).GetPageAsync(EligibilityUrl(candidate));
        var schoolSupport = Row(eligibility, EligibilityRequirement.SchoolSupport).TextContent;
        Assert.Contains("Confirmed by Helen Head; mentor in school: Grace Hopper", schoolSupport);
        Assert.Contains("by Helen Head", schoolSupport);
    }

    [Fact]
    public async Task The_school_lead_must_give_a_statement_and_a_mentor()
    {
        var candidate = await ReviewCandidates.CreateAsync(factory);
        var client = await factory.SignedInAsync(DemoAccounts.SchoolLead);

        using var response = await ConfirmSupportAsync(client, candidate, "", "");

        var page = await response.ReadPageAsync();
        PageAssert.ErrorSummaryLists(page, "Enter the school's statement of support", "form-statement");
        PageAssert.ErrorSummaryLists(page, "Enter the name of the candidate's mentor in school", "form-mentorname");
        Assert.Null((await ReviewCandidates.LoadAsync(factory, candidate.Id)).Review.SchoolSupport);
    }

    [Fact]
    public async Task A_school_lead_cannot_confirm_support_for_another_schools_candidate()
    {
        var elsewhere = await ReviewCandidates.CreateAsync(factory, school: DemoAccounts.RiversideAcademy);
        var own = await ReviewCandidates.CreateAsync(factory);
        var client = await factory.SignedInAsync(DemoAccounts.SchoolLead);
        var ownPage = await client.GetPageAsync(SupportUrl(own));
        var token = ownPage.QuerySelector("input[name='__RequestVerificationToken']")?.GetAttribute("value");
        Assert.NotNull(token);

        await client.GetPageAsync(SupportUrl(elsewhere), HttpStatusCode.NotFound);
        using var response = await client.PostRawAsync(SupportUrl(elsewhere), Fields.Of(
            ("Form.Statement", "We support it"), ("Form.MentorName", "Grace Hopper"), ("__RequestVerificationToken", token)));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var stored = await ReviewCandidates.LoadAsync(factory, elsewhere.Id);
        Assert.Null(stored.Review.SchoolSupport);
        Assert.Empty(stored.Review.Judgements);
    }

    [Fact]
    public async Task Support_cannot_be_confirmed_once_the_application_is_decided()
    {
        var candidate = await ReviewCandidates.CreateAsync(factory);
        var client = await factory.SignedInAsync(DemoAccounts.SchoolLead);
        var openForm = await client.GetPageAsync(SupportUrl(candidate));
        using (var rejected = await (await factory.SignedInAsync(DemoAccounts.Assessor))
                   .PostFormAsync(RejectUrl(candidate), DecisionForm(candidate, "reject"), Fields.Of(("Form.Text", "Not employed in a school"))))
            Assert.Equal(EligibilityUrl(candidate), rejected.RedirectTarget());

        using var response = await client.PostFormAsync(openForm, SupportForm(candidate), Fields.Of(("Form.Statement", "We support it"), ("Form.MentorName", "Grace Hopper")));

        PageAssert.ErrorSummaryLists(await response.ReadPageAsync(), "School support can only be confirmed before the application is decided");
        Assert.Null((await ReviewCandidates.LoadAsync(factory, candidate.Id)).Review.SchoolSupport);
        var page = await client.GetPageAsync(SupportUrl(candidate));
        Assert.Contains("The application has been decided", PageAssert.MainText(page));
    }

    // Helpers

    private static string EligibilityUrl(ReviewCandidate c) => $"/candidates/{c.Id}/eligibility";
    private static string SafeguardingUrl(ReviewCandidate c) => $"/candidates/{c.Id}/safeguarding";
    private static string JudgeUrl(ReviewCandidate c, string requirement) => $"/candidates/{c.Id}/review/{requirement}";
    private static string ReturnUrl(ReviewCandidate c) => $"/candidates/{c.Id}/review/return";
    private static string RejectUrl(ReviewCandidate c) => $"/candidates/{c.Id}/review/reject";
    private static string RecordChecksUrl(ReviewCandidate c) => $"/candidates/{c.Id}/review/safeguarding/record";
    private static string SupportUrl(ReviewCandidate c) => $"/school/candidates/{c.Id}/support";

    private static string JudgeForm(ReviewCandidate c, string requirement) => $"form[action='{JudgeUrl(c, requirement)}']";
    private static string AcceptForm(ReviewCandidate c) => $"form[action='/candidates/{c.Id}/review/accept']";
    private static string DecisionForm(ReviewCandidate c, string decision) => $"form[action='/candidates/{c.Id}/review/{decision}']";
    private static string SupportForm(ReviewCandidate c) => $"form[action='{SupportUrl(c)}']";

    private static IElement Row(IDocument page, EligibilityRequirement requirement) =>
        page.GetElementById($"requirement-{requirement}") ?? throw new Xunit.Sdk.XunitException($"No row for {requirement}");

    private static IElement? JudgeLink(IDocument page, ReviewCandidate c, EligibilityRequirement requirement) =>
        Row(page, requirement).QuerySelector($"a[href='{JudgeUrl(c, requirement.ToString())}']");

    private static List<string> OutcomesOffered(IDocument page) =>
        page.QuerySelectorAll("input[name='Form.Outcome']").Select(i => i.GetAttribute("value") ?? "").ToList();

    private static Task<HttpResponseMessage> JudgeAsync(PortalClient client, ReviewCandidate c, string requirement, string outcome, string rationale) =>
        client.PostFormAsync(JudgeUrl(c, requirement), JudgeForm(c, requirement), Fields.Of(("Form.Outcome", outcome), ("Form.Rationale", rationale)));

    private static List<KeyValuePair<string, string>> ChecksFields(string number, string issueYear = "2025") => Fields.Of(
        ("Form.DbsCertificateNumber", number),
        ("Form.DbsIssueDate.Day", "27"), ("Form.DbsIssueDate.Month", "3"), ("Form.DbsIssueDate.Year", issueYear),
        ("Form.DbsSeenBy", "Alex Admin"),
        ("Form.ProhibitionCheckDate.Day", "2"), ("Form.ProhibitionCheckDate.Month", "4"), ("Form.ProhibitionCheckDate.Year", "2025"),
        ("Form.OverseasConductCheck", ""));

    private static Task<HttpResponseMessage> RecordChecksAsync(PortalClient client, ReviewCandidate c, string number, string issueYear = "2025") =>
        client.PostFormAsync(RecordChecksUrl(c), $"form[action='{RecordChecksUrl(c)}']", ChecksFields(number, issueYear));

    private static Task<HttpResponseMessage> ConfirmSupportAsync(PortalClient client, ReviewCandidate c, string statement, string mentor) =>
        client.PostFormAsync(SupportUrl(c), SupportForm(c), Fields.Of(("Form.Statement", statement), ("Form.MentorName", mentor)));

    /// <summary>The demo moderator is an assessor too, so this makes a moderator who is nothing else.</summary>
    private async Task<PortalClient> ModeratorOnlyAsync()
    {
        var email = TestAccounts.UniqueEmail("moderator-only");
        await TestAccounts.CreateAsync(factory, "Mo Derator", email, PortalRole.Moderator);
        var client = factory.CreatePortalClient();
        await client.SignInAsync(email, TestAccounts.Password);
        return client;
    }
}
