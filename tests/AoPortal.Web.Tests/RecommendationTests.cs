using System.Net;
using AoPortal.Domain.Assessments;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Recommendations;
using AoPortal.Domain.Users;
using AoPortal.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Web.Tests;

/// <summary>
/// The assessor's final judgements and proposal, through the pages: recording a judgement with citations, what a
/// recommendation for QTS still needs (in words, each with a link), proposing, and who may do any of it.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class RecommendationTests(PortalFactory factory)
{
    private static string Page(ReviewCandidate c) => $"/candidates/{c.Id}/recommendation";

    private static string JudgementUrl(ReviewCandidate c, string code) => $"{Page(c)}/judgements/{code}";

    private static string ProposeUrl(ReviewCandidate c) => $"{Page(c)}/propose";

    private static string Form(string action) => $"form[action='{action}']";

    [Fact]
    public async Task The_assessor_records_a_final_judgement_citing_a_shared_observation()
    {
        var candidate = await RecommendationCandidates.ReadyAsync(factory);
        var observation = await SharedRecordIdAsync(candidate);
        var assessor = await factory.SignedInAsync(DemoAccounts.Assessor);
        var form = await assessor.GetPageAsync(JudgementUrl(candidate, "TS3"));
        Assert.Equal("Final judgement of TS3", PageAssert.Heading(form));
        Assert.Contains("(covers TS3)", PageAssert.MainText(form));

        using var saved = await assessor.PostFormAsync(form, Form(JudgementUrl(candidate, "TS3")), Fields.Of(
            ("Form.Outcome", "Met"), ("Form.Rationale", "Secure subject knowledge in every lesson seen."), ("Form.CitedRecords", observation.ToString())));

        Assert.Equal(Page(candidate), saved.RedirectTarget());
        var page = await assessor.FollowAsync(saved);
        PageAssert.SuccessBanner(page, "Final judgement of TS3 saved");
        var row = page.GetElementById("judgements")!.QuerySelectorAll("tbody tr")[2].TextContent;
        Assert.Contains("Met", row);
        Assert.Contains("Secure subject knowledge in every lesson seen.", row);
        Assert.Contains("Cites: Observation on", row);
        var judgement = (await RecommendationCandidates.LoadAsync(factory, candidate.Id)).JudgementOf("TS3")!;
        Assert.Equal((StandardOutcome.Met, observation), (judgement.Outcome, Assert.Single(judgement.CitedRecordIds)));
        Assert.Equal(1, await ReviewCandidates.AuditCountAsync(factory, candidate.Id, "Final judgement of TS3 recorded"));
    }

    [Fact]
    public async Task A_judgement_without_a_rationale_or_citing_a_forged_record_is_refused_and_nothing_is_stored()
    {
        var candidate = await RecommendationCandidates.ReadyAsync(factory);
        var assessor = await factory.SignedInAsync(DemoAccounts.Assessor);

        using var noRationale = await assessor.PostFormAsync(JudgementUrl(candidate, "TS1"), Form(JudgementUrl(candidate, "TS1")), Fields.Of(("Form.Outcome", "Met")));
        PageAssert.ErrorSummaryLists(await noRationale.ReadPageAsync(), "Enter the rationale for your judgement", "form-rationale");
        using var notAssessed = await assessor.PostFormAsync(JudgementUrl(candidate, "TS1"), Form(JudgementUrl(candidate, "TS1")), Fields.Of(("Form.Outcome", "NotAssessed"), ("Form.Rationale", "x")));
        PageAssert.ErrorSummaryLists(await notAssessed.ReadPageAsync(), "Select whether the standard is met or not yet met");
        using var forged = await assessor.PostFormAsync(JudgementUrl(candidate, "TS1"), Form(JudgementUrl(candidate, "TS1")), Fields.Of(
            ("Form.Outcome", "Met"), ("Form.Rationale", "Good"), ("Form.CitedRecords", Guid.NewGuid().ToString())));
        PageAssert.ErrorSummaryLists(await forged.ReadPageAsync(), "Cite only shared observations and discussions and accepted portfolio evidence");

        Assert.False(await factory.WithDbAsync(db => db.Recommendations.AnyAsync(r => r.CandidateId == candidate.Id)));
        Assert.Equal(HttpStatusCode.NotFound, (await assessor.GetAsync(JudgementUrl(candidate, "TS9"))).StatusCode);
    }

    [Fact]
    public async Task A_stale_judgement_form_is_refused_rather_than_overwriting_a_newer_one()
    {
        var candidate = await RecommendationCandidates.ReadyAsync(factory);
        var assessor = await factory.SignedInAsync(DemoAccounts.Assessor);
        var stale = await assessor.GetPageAsync(JudgementUrl(candidate, "TS2"));
        using var first = await assessor.PostFormAsync(JudgementUrl(candidate, "TS2"), Form(JudgementUrl(candidate, "TS2")), Fields.Of(("Form.Outcome", "Met"), ("Form.Rationale", "First")));
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);

        using var second = await assessor.PostFormAsync(stale, Form(JudgementUrl(candidate, "TS2")), Fields.Of(("Form.Outcome", "NotYetMet"), ("Form.Rationale", "Second")));

        Assert.Contains("changed", PageAssert.MainText(await second.ReadPageAsync()));
        Assert.Equal("First", (await RecommendationCandidates.LoadAsync(factory, candidate.Id)).JudgementOf("TS2")!.Rationale);
    }

    [Fact]
    public async Task The_page_lists_in_words_everything_a_recommendation_still_needs_each_with_a_link_to_fix_it()
    {
        var candidate = await AssessmentCandidates.StartedAsync(factory);
        var page = await (await factory.SignedInAsync(DemoAccounts.Assessor)).GetPageAsync(Page(candidate));

        var missing = page.GetElementById("missing")!;
        var items = missing.QuerySelectorAll("li").Select(li => li.TextContent).ToList();
        Assert.Contains(items, i => i.StartsWith("TS1 has no final judgement"));
        Assert.Contains(items, i => i.StartsWith("P2 has no final judgement"));
        Assert.Contains(items, i => i.StartsWith("The milestone \"Initial meeting\""));
        Assert.Contains(items, i => i.StartsWith("No lessons observed in two consecutive key stages of 11 to 16"));
        Assert.Contains(items, i => i.StartsWith("No lesson observed at a second school"));
        Assert.DoesNotContain(items, i => i.Contains("Moderation"));
        Assert.NotNull(missing.QuerySelector($"a[href='{JudgementUrl(candidate, "TS1")}']"));
        Assert.NotNull(missing.QuerySelector($"a[href='/candidates/{candidate.Id}/assessment/records/new?kind=Observation']"));
        Assert.Null(page.QuerySelector($"a[href='{ProposeUrl(candidate)}']"));
    }

    [Fact]
    public async Task The_assessor_proposes_QTS_and_the_candidate_awaits_moderation_with_the_moderators_told()
    {
        var candidate = await RecommendationCandidates.JudgedAsync(factory);
        var assessor = await factory.SignedInAsync(DemoAccounts.Assessor);
        var overview = await assessor.GetPageAsync(Page(candidate));
        Assert.NotNull(overview.GetElementById("ready"));
        var form = await assessor.GetPageAsync(ProposeUrl(candidate));
        var metOn = AssessmentCandidates.Today(factory).AddDays(-3);

        using var saved = await assessor.PostFormAsync(form, Form(ProposeUrl(candidate)), Fields.Of(
            ("Form.Outcome", "Recommend"), ("Form.RequirementsMetOn.Day", metOn.Day.ToString()), ("Form.RequirementsMetOn.Month", metOn.Month.ToString()),
            ("Form.RequirementsMetOn.Year", metOn.Year.ToString()), ("Form.Strengths", "Calm routines"), ("Form.InductionTargets", "Adaptive teaching")));

        Assert.Equal(Page(candidate), saved.RedirectTarget());
        PageAssert.SuccessBanner(await assessor.FollowAsync(saved), "Recommendation for QTS sent to moderation");
        var recommendation = await RecommendationCandidates.LoadAsync(factory, candidate.Id);
        Assert.Equal((RecommendationStatus.Proposed, RecommendationOutcome.Recommend, metOn), (recommendation.Status, recommendation.Outcome, recommendation.RequirementsMetOn));
        Assert.Equal((new AgeRange(11, 16), "Mathematics"), (recommendation.AgeRange!.Value, Assert.Single(recommendation.Subjects)));
        Assert.Equal(CandidateStatus.RecommendationPending, (await ReviewCandidates.LoadAsync(factory, candidate.Id)).Status);
        Assert.Equal($"Waiting for moderation: {candidate.FullName}", factory.Mailbox.All().Last(m => m.To.Contains(DemoAccounts.Moderator)).Subject);
        var locked = await assessor.GetPageAsync(JudgementUrl(candidate, "TS1"));
        Assert.NotNull(locked.GetElementById("locked"));
    }

    [Fact]
    public async Task Proposing_QTS_with_a_standard_not_met_is_refused_naming_it_and_changes_nothing()
    {
        var candidate = await RecommendationCandidates.JudgedAsync(factory, "TS4");
        var assessor = await factory.SignedInAsync(DemoAccounts.Assessor);
        var form = await assessor.GetPageAsync(ProposeUrl(candidate));
        Assert.Contains("TS4 is judged not yet met", form.GetElementById("missing")!.TextContent);
        var metOn = AssessmentCandidates.Today(factory).AddDays(-3);

        using var refused = await assessor.PostFormAsync(form, Form(ProposeUrl(candidate)), Fields.Of(
            ("Form.Outcome", "Recommend"), ("Form.RequirementsMetOn.Day", metOn.Day.ToString()), ("Form.RequirementsMetOn.Month", metOn.Month.ToString()),
            ("Form.RequirementsMetOn.Year", metOn.Year.ToString()), ("Form.Strengths", "Calm routines"), ("Form.InductionTargets", "Adaptive teaching")));

        PageAssert.ErrorSummaryLists(await refused.ReadPageAsync(), "This cannot be proposed yet: TS4 is judged not yet met");
        Assert.Equal(RecommendationStatus.Draft, (await RecommendationCandidates.LoadAsync(factory, candidate.Id)).Status);
        Assert.Equal(CandidateStatus.InAssessment, (await ReviewCandidates.LoadAsync(factory, candidate.Id)).Status);
    }

    [Fact]
    public async Task The_date_the_requirements_were_met_cannot_be_in_the_future_or_before_the_start()
    {
        var candidate = await RecommendationCandidates.JudgedAsync(factory);
        var assessor = await factory.SignedInAsync(DemoAccounts.Assessor);
        var today = AssessmentCandidates.Today(factory);

        foreach (var (date, message) in new[]
                 {
                     (today.AddDays(1), "The date the requirements were met must be today or in the past"),
                     (today.AddDays(-70), "The date the requirements were met must be after the assessment started on"),
                 })
        {
            using var refused = await assessor.PostFormAsync(ProposeUrl(candidate), Form(ProposeUrl(candidate)), Fields.Of(
                ("Form.Outcome", "Recommend"), ("Form.RequirementsMetOn.Day", date.Day.ToString()), ("Form.RequirementsMetOn.Month", date.Month.ToString()),
                ("Form.RequirementsMetOn.Year", date.Year.ToString()), ("Form.Strengths", "s"), ("Form.InductionTargets", "t"), ("Form.AgeRange", "11-16"),
                ("Form.Subjects", "Mathematics")));
            PageAssert.ErrorSummaryLists(await refused.ReadPageAsync(), message);
        }

        Assert.Equal(RecommendationStatus.Draft, (await RecommendationCandidates.LoadAsync(factory, candidate.Id)).Status);
    }

    [Fact]
    public async Task Not_recommended_is_proposed_with_the_unmet_standards_as_its_reasons()
    {
        var candidate = await RecommendationCandidates.JudgedAsync(factory, "TS5", "TS6");
        var assessor = await factory.SignedInAsync(DemoAccounts.Assessor);
        var form = await assessor.GetPageAsync(ProposeUrl(candidate));
        Assert.Contains("Rationale for TS5", form.GetElementById("reasons")!.TextContent);

        using var saved = await assessor.PostFormAsync(form, Form(ProposeUrl(candidate)), Fields.Of(("Form.Outcome", "NotRecommend")));

        Assert.Equal(Page(candidate), saved.RedirectTarget());
        var recommendation = await RecommendationCandidates.LoadAsync(factory, candidate.Id);
        Assert.Equal((RecommendationStatus.Proposed, RecommendationOutcome.NotRecommend), (recommendation.Status, recommendation.Outcome));
        Assert.Equal("Not recommended: TS5, TS6 not yet met", recommendation.Summary);
        Assert.Null(recommendation.RequirementsMetOn);
    }

    [Fact]
    public async Task Only_the_candidates_assessor_a_moderator_or_an_admin_may_judge_or_propose()
    {
        var candidate = await RecommendationCandidates.JudgedAsync(factory);
        var otherAssessorEmail = TestAccounts.UniqueEmail("other-assessor");
        await TestAccounts.CreateAsync(factory, "Olu Other", otherAssessorEmail, PortalRole.Assessor, TestAccounts.Password);
        var other = factory.CreatePortalClient();
        await other.SignInAsync(otherAssessorEmail, TestAccounts.Password);
        var owner = await factory.SignedInAsync(DemoAccounts.Assessor);
        var form = await owner.GetPageAsync(JudgementUrl(candidate, "TS1"));

        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync(Page(candidate))).StatusCode);
        var token = (await other.GetPageAsync("/account/change-password")).QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        using var forbidden = await other.PostRawAsync(JudgementUrl(candidate, "TS1"), Fields.Of(("__RequestVerificationToken", token),
            ("Form.Outcome", "NotYetMet"), ("Form.Rationale", "Not mine"), ("Form.Version", form.QuerySelector("input[name='Form.Version']")!.GetAttribute("value")!)));
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await factory.SignedInAsync(DemoAccounts.Candidate)).GetAsync(Page(candidate))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await factory.SignedInAsync(DemoAccounts.SchoolLead)).GetAsync(ProposeUrl(candidate))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await factory.SignedInAsync(DemoAccounts.Admin)).GetAsync(Page(candidate))).StatusCode);
        Assert.True((await RecommendationCandidates.LoadAsync(factory, candidate.Id)).JudgementOf("TS1")!.IsMet);
    }

    [Fact]
    public async Task Fundamental_skills_confirmed_at_selection_show_as_confirmed_and_cannot_be_confirmed_twice()
    {
        var candidate = await RecommendationCandidates.ReadyAsync(factory);
        var assessor = await factory.SignedInAsync(DemoAccounts.Assessor);
        var url = $"{Page(candidate)}/fundamental-skills";
        var page = await assessor.GetPageAsync(url);
        Assert.NotNull(page.GetElementById("confirmed"));
        // The page offers no form once they are confirmed; a post made anyway (with this session's token) is refused.
        var token = (await assessor.GetPageAsync(JudgementUrl(candidate, "TS1"))).QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        var version = (await ReviewCandidates.LoadAsync(factory, candidate.Id)).Version.ToString();

        using var unticked = await assessor.PostRawAsync(url, Fields.Of(("__RequestVerificationToken", token), ("Form.Version", version)));
        PageAssert.ErrorSummaryLists(await unticked.ReadPageAsync(), "Confirm that the candidate has shown fundamental English and maths");
        using var twice = await assessor.PostRawAsync(url, Fields.Of(("__RequestVerificationToken", token), ("Form.Version", version), ("Form.Confirmed", "true")));
        PageAssert.ErrorSummaryLists(await twice.ReadPageAsync(), "Fundamental English and maths are already confirmed");
        Assert.Equal(version, (await ReviewCandidates.LoadAsync(factory, candidate.Id)).Version.ToString());
    }

    private async Task<Guid> SharedRecordIdAsync(ReviewCandidate candidate) =>
        await factory.WithDbAsync(db => db.AssessmentRecords.Where(r => r.CandidateId == candidate.Id && r.Status == RecordStatus.Shared)
            .Select(r => r.Id).FirstAsync());
}
