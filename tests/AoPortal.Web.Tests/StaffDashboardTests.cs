using AoPortal.Domain.Recommendations;
using AoPortal.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Web.Tests;

/// <summary>Provider staff's home page: what needs them today, by role.</summary>
[Collection(PortalCollection.Name)]
public sealed class StaffDashboardTests(PortalFactory factory)
{
    [Fact]
    public async Task An_admin_sees_the_applications_exports_and_moderation_waiting_with_links()
    {
        await RecommendationCandidates.ProposedAsync(factory);
        var exportsDue = await factory.WithDbAsync(db => db.Recommendations.CountAsync(r =>
            r.Status == RecommendationStatus.Confirmed && r.Outcome == RecommendationOutcome.Recommend && r.ExportId == null));
        var proposals = await factory.WithDbAsync(db => db.Recommendations.CountAsync(r => r.Status == RecommendationStatus.Proposed));

        var home = await (await factory.SignedInAsync(DemoAccounts.Admin)).GetPageAsync("/");

        Assert.StartsWith($"{exportsDue} recommendation", home.GetElementById("today-exports")!.TextContent.Trim());
        Assert.NotNull(home.QuerySelector("#today-exports a[href='/register-exports']"));
        Assert.StartsWith($"{proposals} proposal", home.GetElementById("today-moderation")!.TextContent.Trim());
        Assert.NotNull(home.QuerySelector("#today-applications a[href='/candidates?status=Submitted']"));
        Assert.Null(home.GetElementById("today-overdue"));
    }

    [Fact]
    public async Task An_admin_sees_a_candidate_at_risk_in_words_with_a_link_and_why()
    {
        // Four weeks in with nothing evidenced and no milestone done: the early milestones are overdue.
        var candidate = await AssessmentCandidates.StartedAsync(factory, daysAgo: 28);

        var home = await (await factory.SignedInAsync(DemoAccounts.Admin)).GetPageAsync("/");

        var table = home.GetElementById("candidates-at-risk")!;
        Assert.Equal("Candidates at risk", table.QuerySelector("caption")!.TextContent.Trim());
        var row = table.QuerySelector($"a[href='/candidates/{candidate.Id}']")!.Closest("tr")!;
        Assert.Equal("At risk", row.QuerySelector(".govuk-tag.govuk-tag--red")!.TextContent.Trim());
        Assert.Contains("milestones overdue", row.TextContent);
        Assert.Contains("Sam Assessor", row.TextContent);
        Assert.Matches(@"^\d+ candidates? at risk and \d+ behind$", home.GetElementById("today-at-risk")!.TextContent.Trim());
    }

    [Theory]
    [InlineData(DemoAccounts.Assessor)]
    [InlineData(DemoAccounts.Moderator)]
    public async Task Assessors_and_moderators_do_not_see_the_candidates_at_risk(string email)
    {
        await AssessmentCandidates.StartedAsync(factory, daysAgo: 28);

        var home = await (await factory.SignedInAsync(email)).GetPageAsync("/");

        Assert.Null(home.GetElementById("candidates-at-risk"));
        Assert.Null(home.GetElementById("today-at-risk"));
    }

    [Fact]
    public async Task A_moderator_sees_how_many_proposals_are_theirs_to_review_and_recent_decisions()
    {
        var candidate = await RecommendationCandidates.ConfirmedAsync(factory);

        var home = await (await factory.SignedInAsync(DemoAccounts.Moderator)).GetPageAsync("/");

        Assert.Contains("of them for you to review", home.GetElementById("today-moderation")!.TextContent);
        Assert.NotNull(home.QuerySelector($"#recently-confirmed a[href='/candidates/{candidate.Id}/outcome']"));
    }

    [Fact]
    public async Task An_assessor_sees_their_caseload_and_a_proposal_moderation_returned_to_them()
    {
        var candidate = await RecommendationCandidates.ProposedAsync(factory);
        var moderatorId = await factory.UserIdAsync(DemoAccounts.Moderator);
        await RecommendationCandidates.ChangeAsync(factory, candidate.Id, (c, recommendation, _, now, _) =>
            c.ReturnProposal(recommendation, "Cite the marking sample.", new Domain.Common.Actor(moderatorId, "Morgan Moderator"), now));

        var home = await (await factory.SignedInAsync(DemoAccounts.Assessor)).GetPageAsync("/");

        var returned = home.GetElementById("returned-to-me")!;
        Assert.Contains("Cite the marking sample.", returned.TextContent);
        Assert.NotNull(returned.QuerySelector($"a[href='/candidates/{candidate.Id}/recommendation']"));
        Assert.Contains("Your candidates", home.QuerySelector("table caption")!.TextContent);
        Assert.NotNull(home.GetElementById("today-overdue"));
        Assert.Null(home.GetElementById("today-exports"));
    }
}
