using System.Net;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Recommendations;
using AoPortal.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Web.Tests;

/// <summary>
/// Moderation through the pages: the queue, confirming (which freezes the decision and tells the candidate), returning
/// with comments (which tells the assessor), and the four-eyes rule.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class ModerationTests(PortalFactory factory)
{
    private const string Queue = "/moderation";

    private static string ReviewUrl(ReviewCandidate c) => $"/candidates/{c.Id}/moderation";

    private static string Form(ReviewCandidate c) => $"form[action='{ReviewUrl(c)}']";

    [Fact]
    public async Task The_queue_lists_proposals_for_moderators_only()
    {
        var candidate = await RecommendationCandidates.ProposedAsync(factory);
        var moderator = await factory.SignedInAsync(DemoAccounts.Moderator);

        var row = Assert.Single(PageAssert.TableRows(await moderator.GetPageAsync(Queue)), r => r.Contains(candidate.FullName));
        Assert.Contains("Recommend for QTS", row);
        Assert.Contains("Sam Assessor", row);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await factory.SignedInAsync(DemoAccounts.Assessor)).GetAsync(Queue)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await factory.SignedInAsync(DemoAccounts.Candidate)).GetAsync(ReviewUrl(candidate))).StatusCode);
    }

    [Fact]
    public async Task The_moderator_confirms_the_decision_is_frozen_and_the_candidate_is_told()
    {
        var candidate = await RecommendationCandidates.ProposedAsync(factory);
        var moderator = await factory.SignedInAsync(DemoAccounts.Moderator);
        var page = await moderator.GetPageAsync(ReviewUrl(candidate));
        Assert.Contains("Rationale for TS8", page.GetElementById("judgements")!.TextContent);
        Assert.Equal(2, page.GetElementById("records")!.QuerySelectorAll("li").Length);
        Assert.Contains(RecommendationCandidates.Strengths, page.GetElementById("proposal")!.TextContent);

        using var saved = await moderator.PostFormAsync(page, Form(candidate), Fields.Of(("Form.Outcome", "Confirm")));

        Assert.Equal(Queue, saved.RedirectTarget());
        PageAssert.SuccessBanner(await moderator.FollowAsync(saved), "Decision confirmed and frozen");
        var recommendation = await RecommendationCandidates.LoadAsync(factory, candidate.Id);
        Assert.Equal((RecommendationStatus.Confirmed, "Morgan Moderator"), (recommendation.Status, recommendation.ConfirmedByName));
        var frozen = recommendation.Frozen!;
        Assert.Equal((9, 2, "Sam Assessor", "Morgan Moderator"), (frozen.Judgements.Count, frozen.Records.Count, frozen.ProposedByName, frozen.ModeratorName));
        Assert.Equal(64, recommendation.SnapshotSha256!.Length);
        Assert.Equal(CandidateStatus.Recommended, (await ReviewCandidates.LoadAsync(factory, candidate.Id)).Status);
        Assert.Equal("Your assessment outcome: recommended for QTS", factory.Mailbox.LatestTo(candidate.Email).Subject);
        Assert.Equal(1, await ReviewCandidates.AuditCountAsync(factory, candidate.Id, "Decision confirmed by moderation"));
        Assert.DoesNotContain(PageAssert.TableRows(await moderator.GetPageAsync(Queue)), r => r.Contains(candidate.FullName));
    }

    [Fact]
    public async Task Returning_needs_comments_then_sends_the_proposal_back_to_the_assessor_who_is_told()
    {
        var candidate = await RecommendationCandidates.ProposedAsync(factory);
        var moderator = await factory.SignedInAsync(DemoAccounts.Moderator);

        using var noComments = await moderator.PostFormAsync(ReviewUrl(candidate), Form(candidate), Fields.Of(("Form.Outcome", "Return")));
        PageAssert.ErrorSummaryLists(await noComments.ReadPageAsync(), "Enter comments telling the assessor what to change", "form-comments");
        Assert.Equal(RecommendationStatus.Proposed, (await RecommendationCandidates.LoadAsync(factory, candidate.Id)).Status);

        using var returned = await moderator.PostFormAsync(ReviewUrl(candidate), Form(candidate), Fields.Of(
            ("Form.Outcome", "Return"), ("Form.Comments", "Cite the marking sample under TS6.")));

        Assert.Equal(Queue, returned.RedirectTarget());
        var recommendation = await RecommendationCandidates.LoadAsync(factory, candidate.Id);
        Assert.Equal(RecommendationStatus.Returned, recommendation.Status);
        Assert.Equal(CandidateStatus.InAssessment, (await ReviewCandidates.LoadAsync(factory, candidate.Id)).Status);
        var mail = factory.Mailbox.LatestTo(DemoAccounts.Assessor);
        Assert.Equal($"Proposal returned by moderation: {candidate.FullName}", mail.Subject);
        Assert.Contains("Cite the marking sample under TS6.", mail.Body);
        var assessor = await factory.SignedInAsync(DemoAccounts.Assessor);
        var assessorPage = await assessor.GetPageAsync($"/candidates/{candidate.Id}/recommendation");
        Assert.Contains("Cite the marking sample under TS6.", assessorPage.GetElementById("returned")!.TextContent);
        Assert.NotNull(assessorPage.QuerySelector($"a[href='/candidates/{candidate.Id}/recommendation/propose']"));
        var proposeAgain = await assessor.GetPageAsync($"/candidates/{candidate.Id}/recommendation/propose");
        Assert.Equal(RecommendationCandidates.Strengths, proposeAgain.QuerySelector("textarea[name='Form.Strengths']")!.TextContent);
        Assert.Equal(recommendation.RequirementsMetOn!.Value.Day.ToString(), proposeAgain.QuerySelector("input[name='Form.RequirementsMetOn.Day']")!.GetAttribute("value"));
        Assert.NotNull(proposeAgain.QuerySelector("input[name='Form.Outcome'][value='Recommend'][checked]"));
    }

    [Fact]
    public async Task A_moderator_who_is_the_candidates_assessor_cannot_moderate_even_holding_both_roles()
    {
        var candidate = await RecommendationCandidates.JudgedAsync(factory);
        var morganId = await factory.UserIdAsync(DemoAccounts.Moderator);
        var admin = new Domain.Common.Actor(null, "Test set-up");
        await ReviewCandidates.ChangeAsync(factory, candidate.Id, (c, _, now) => [c.AllocateAssessor(morganId, "Morgan Moderator", admin, now)]);
        await RecommendationCandidates.ChangeAsync(factory, candidate.Id, (c, recommendation, db, now, today) =>
        {
            var plan = db.AssessmentPlans.AsNoTracking().Single(p => p.CandidateId == c.Id);
            var records = db.AssessmentRecords.AsNoTracking().Where(r => r.CandidateId == c.Id).ToList();
            return c.ProposeOutcome(recommendation, new RecommendationProposal(RecommendationOutcome.Recommend, today.AddDays(-1), new AgeRange(11, 16),
                ["Mathematics"], "s", "t"), plan, records, new Domain.Common.Actor(null, "An admin"), now, today);
        });
        var morgan = await factory.SignedInAsync(DemoAccounts.Moderator);
        var token = (await morgan.GetPageAsync("/account/change-password")).QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        var version = (await ReviewCandidates.LoadAsync(factory, candidate.Id)).Version.ToString();

        var row = Assert.Single(PageAssert.TableRows(await morgan.GetPageAsync(Queue)), r => r.Contains(candidate.FullName));
        Assert.Contains("Your own candidate or proposal", row);
        var page = await morgan.GetPageAsync(ReviewUrl(candidate));
        Assert.NotNull(page.GetElementById("cannot-moderate"));
        Assert.Null(page.QuerySelector($"form[action='{ReviewUrl(candidate)}']"));
        using var forbidden = await morgan.PostRawAsync(ReviewUrl(candidate), Fields.Of(
            ("__RequestVerificationToken", token), ("Form.Outcome", "Confirm"), ("Form.Version", version)));

        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(RecommendationStatus.Proposed, (await RecommendationCandidates.LoadAsync(factory, candidate.Id)).Status);
    }
}
