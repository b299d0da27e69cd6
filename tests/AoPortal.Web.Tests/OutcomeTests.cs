using System.Net;
using AoPortal.Domain.Recommendations;
using AoPortal.Domain.Users;
using AoPortal.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Web.Tests;

/// <summary>
/// The outcome page and the hand-over summary: shown, from the frozen decision, to the candidate, the school lead of their
/// school and provider staff once a moderator has confirmed the decision; not found for anyone else, or before that.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class OutcomeTests(PortalFactory factory)
{
    [Fact]
    public async Task The_candidate_their_school_lead_and_provider_staff_see_the_confirmed_recommendation()
    {
        var candidate = await RecommendationCandidates.ConfirmedAsync(factory);
        var url = $"/candidates/{candidate.Id}/outcome";

        foreach (var client in new[] { await SelfAsync(candidate), await factory.SignedInAsync(DemoAccounts.SchoolLead), await factory.SignedInAsync(DemoAccounts.Admin), await factory.SignedInAsync(DemoAccounts.Moderator) })
        {
            var page = await client.GetPageAsync(url);
            Assert.Equal("Outcome of the assessment", PageAssert.Heading(page));
            Assert.Contains("Recommended for QTS", page.QuerySelector(".govuk-panel--confirmation")!.TextContent);
            var summary = page.GetElementById("outcome-summary")!.TextContent;
            Assert.Contains(AoPortal.Web.Infrastructure.UkTime.Date(AssessmentCandidates.Today(factory).AddDays(-1)), summary);
            Assert.Contains("11 to 16", summary);
            Assert.Contains("Mathematics", summary);
            Assert.Contains("Sam Assessor", page.GetElementById("assessed-by")!.TextContent);
            Assert.Contains("Morgan Moderator", page.GetElementById("moderated-by")!.TextContent);
            Assert.Equal(9, page.QuerySelectorAll("#judgements tbody tr").Length);
            Assert.Contains("Rationale for TS3", page.GetElementById("judgement-TS3")!.TextContent);
            var next = page.GetElementById("next-steps")!.TextContent;
            Assert.Contains("Register trainee teachers", next);
            Assert.Contains("usually within a few days", next);
            Assert.Contains("early career teacher", next);
            Assert.Contains("two years", next);
            Assert.NotNull(page.QuerySelector($"a[href='/candidates/{candidate.Id}/handover']"));
        }
    }

    [Fact]
    public async Task Another_candidate_gets_not_found()
    {
        var candidate = await RecommendationCandidates.ConfirmedAsync(factory);
        var other = await factory.SignedInAsync(DemoAccounts.Candidate);

        await other.GetPageAsync($"/candidates/{candidate.Id}/outcome", HttpStatusCode.NotFound);
        await other.GetPageAsync($"/candidates/{candidate.Id}/handover", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_school_lead_of_another_school_gets_not_found()
    {
        var candidate = await RecommendationCandidates.ConfirmedAsync(factory);
        var email = TestAccounts.UniqueEmail("other-lead");
        await TestAccounts.CreateAsync(factory, "Other Head", email, PortalRole.SchoolLead, schoolId: await factory.SchoolIdAsync(DemoAccounts.RiversideAcademy));
        var lead = factory.CreatePortalClient();
        await lead.SignInAsync(email, TestAccounts.Password);

        await lead.GetPageAsync($"/candidates/{candidate.Id}/outcome", HttpStatusCode.NotFound);
        await lead.GetPageAsync($"/candidates/{candidate.Id}/handover", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task There_is_no_outcome_page_while_the_proposal_is_with_moderation()
    {
        var candidate = await RecommendationCandidates.ProposedAsync(factory);

        await (await SelfAsync(candidate)).GetPageAsync($"/candidates/{candidate.Id}/outcome", HttpStatusCode.NotFound);
        await (await factory.SignedInAsync(DemoAccounts.Admin)).GetPageAsync($"/candidates/{candidate.Id}/outcome", HttpStatusCode.NotFound);
        await (await factory.SignedInAsync(DemoAccounts.Admin)).GetPageAsync($"/candidates/{candidate.Id}/handover", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Not_recommended_shows_the_unmet_standards_and_has_no_hand_over()
    {
        var candidate = await RecommendationCandidates.ConfirmedAsync(factory, "TS4");
        var self = await SelfAsync(candidate);

        var page = await self.GetPageAsync($"/candidates/{candidate.Id}/outcome");

        Assert.Null(page.QuerySelector(".govuk-panel--confirmation"));
        Assert.Contains("Not recommended for QTS", page.GetElementById("outcome-panel")!.TextContent);
        var unmet = page.QuerySelectorAll("#unmet-standards li").Select(li => li.TextContent).ToList();
        Assert.Contains("TS4", Assert.Single(unmet));
        Assert.Contains("will contact you about the next steps", page.GetElementById("next-steps")!.TextContent);
        Assert.Contains("Not yet met", page.GetElementById("judgement-TS4")!.TextContent);
        Assert.Null(page.QuerySelector($"a[href='/candidates/{candidate.Id}/handover']"));
        await self.GetPageAsync($"/candidates/{candidate.Id}/handover", HttpStatusCode.NotFound);
        await (await factory.SignedInAsync(DemoAccounts.Admin)).GetPageAsync($"/candidates/{candidate.Id}/handover", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_pages_show_the_decision_as_frozen_not_the_live_record()
    {
        var candidate = await RecommendationCandidates.ConfirmedAsync(factory);
        // Change the live recommendation behind the domain's back: what was decided must still come from the snapshot.
        await factory.WithDbAsync(db => db.Recommendations.Where(r => r.CandidateId == candidate.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Strengths, "Changed after the decision").SetProperty(r => r.InductionTargets, "Also changed")));
        var lead = await factory.SignedInAsync(DemoAccounts.SchoolLead);

        var page = await lead.GetPageAsync($"/candidates/{candidate.Id}/handover");

        Assert.Equal(RecommendationCandidates.Strengths, page.GetElementById("handover-strengths")!.TextContent.Trim());
        Assert.Equal(RecommendationCandidates.Targets, page.GetElementById("handover-targets")!.TextContent.Trim());
        Assert.DoesNotContain("Changed after the decision", PageAssert.MainText(page));
    }

    [Fact]
    public async Task The_hand_over_summary_is_printable_and_lists_what_the_school_needs()
    {
        var candidate = await RecommendationCandidates.ConfirmedAsync(factory);
        var lead = await factory.SignedInAsync(DemoAccounts.SchoolLead);

        var response = await lead.GetAsync($"/candidates/{candidate.Id}/handover");
        var page = await response.ReadPageAsync();

        Assert.Equal("Hand-over summary for the school", PageAssert.Heading(page));
        var summary = page.GetElementById("handover-summary")!.TextContent;
        Assert.Contains(candidate.FullName, summary);
        Assert.Contains(DemoAccounts.OakfieldPrimary, summary);
        Assert.Contains("Not yet known", page.GetElementById("handover-trn")!.TextContent);
        Assert.Contains("Sam Assessor", summary);
        Assert.Contains("Not yet awarded", page.GetElementById("handover-awarded")!.TextContent);
        Assert.Equal(9, page.QuerySelectorAll("#handover-standards tbody tr").Length);
        Assert.All(page.QuerySelectorAll("#handover-standards tbody tr"), row => Assert.Contains("Met", row.TextContent));
        // The print button works through a script file (the CSP forbids inline scripts) and stays hidden without JavaScript.
        var print = page.QuerySelector("button[data-app-print]")!;
        Assert.Equal("Print this page", print.TextContent.Trim());
        Assert.True(print.HasAttribute("hidden"));
        Assert.NotNull(page.QuerySelector("script[src^='/js/print.js']"));
        Assert.Empty(page.QuerySelectorAll("script:not([src])"));
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
        var script = await lead.GetAsync("/js/print.js");
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Contains("window.print()", await script.Content.ReadAsStringAsync());
        // The button stays hidden without JavaScript (GOV.UK's button style would otherwise show it), and printing hides it.
        var css = await (await lead.GetAsync("/css/app.css")).Content.ReadAsStringAsync();
        Assert.Contains(".app-print-button[hidden]{display:none}", css);
        Assert.Matches(@"@media print\{[^@]*\.govuk-footer[^@]*\.app-print-button\{display:none !important\}", css);
    }

    [Fact]
    public async Task Once_awarded_the_pages_show_the_award_date_and_the_trn()
    {
        // A candidate awarded QTS shows in every status count, so this test has a portal of its own.
        await using var portal = new PortalFactory();
        var candidate = await RecommendationCandidates.ConfirmedAsync(portal);
        var awardedOn = AssessmentCandidates.Today(portal);
        await RecommendationCandidates.ChangeAsync(portal, candidate.Id, (c, recommendation, db, now, today) =>
        {
            var audit = new List<AoPortal.Domain.Common.AuditEntry> { c.RecordTrn("7654321", ReviewCandidates.SetUpReviewer, now) };
            var number = (db.RegisterExports.Max(e => (int?)e.Number) ?? 0) + 1;
            var (export, exported) = RegisterExport.Create(number, [(c, recommendation)], ReviewCandidates.SetUpReviewer, now);
            db.RegisterExports.Add(export);
            audit.AddRange(exported);
            audit.Add(c.RecordQtsAward(recommendation, awardedOn, ReviewCandidates.SetUpReviewer, now, today));
            return audit;
        });
        var self = portal.CreatePortalClient();
        await self.SignInAsync(candidate.Email, TestAccounts.Password);

        var outcome = await self.GetPageAsync($"/candidates/{candidate.Id}/outcome");
        var handover = await self.GetPageAsync($"/candidates/{candidate.Id}/handover");

        var day = AoPortal.Web.Infrastructure.UkTime.Date(awardedOn);
        Assert.Contains("QTS awarded", outcome.QuerySelector(".govuk-panel--confirmation")!.TextContent);
        Assert.Contains(day, outcome.GetElementById("qts-awarded-on")!.TextContent);
        Assert.Contains(day, handover.GetElementById("handover-awarded")!.TextContent);
        Assert.Equal("7654321", handover.GetElementById("handover-trn")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_candidate_home_page_says_the_proposal_is_with_moderation_without_revealing_it()
    {
        var candidate = await RecommendationCandidates.ProposedAsync(factory);

        var home = await (await SelfAsync(candidate)).GetPageAsync("/");

        var message = home.GetElementById("outcome-message")!.TextContent;
        Assert.Contains("proposed the outcome", message);
        Assert.Contains("with moderation", message);
        Assert.DoesNotContain("recommended", message, StringComparison.OrdinalIgnoreCase);
        Assert.Null(home.QuerySelector($"a[href='/candidates/{candidate.Id}/outcome']"));
    }

    [Fact]
    public async Task The_candidate_home_page_links_to_the_confirmed_outcome()
    {
        var recommended = await RecommendationCandidates.ConfirmedAsync(factory);
        var notRecommended = await RecommendationCandidates.ConfirmedAsync(factory, "TS2");

        var home = await (await SelfAsync(recommended)).GetPageAsync("/");
        var other = await (await SelfAsync(notRecommended)).GetPageAsync("/");

        Assert.Contains("recommended you for Qualified Teacher Status", home.GetElementById("outcome-message")!.TextContent);
        Assert.NotNull(home.QuerySelector($"#outcome-message a[href='/candidates/{recommended.Id}/outcome']"));
        Assert.Contains("not recommended you", other.GetElementById("outcome-message")!.TextContent);
        Assert.NotNull(other.QuerySelector($"#outcome-message a[href='/candidates/{notRecommended.Id}/outcome']"));
    }

    [Fact]
    public async Task The_demo_data_has_a_confirmed_recommendation_with_its_hand_over_and_a_proposal_with_moderation()
    {
        var owen = await factory.WithDbAsync(db => db.Candidates.Where(c => c.Email == "owen.price@demo.test").Select(c => c.Id).SingleAsync());
        var nadia = await factory.WithDbAsync(db => db.Candidates.Where(c => c.Email == "nadia.shah@demo.test").Select(c => c.Id).SingleAsync());
        var lead = await factory.SignedInAsync(DemoAccounts.SchoolLead);
        var admin = await factory.SignedInAsync(DemoAccounts.Admin);

        var outcome = await lead.GetPageAsync($"/candidates/{owen}/outcome");
        var handover = await lead.GetPageAsync($"/candidates/{owen}/handover");
        var home = await lead.GetPageAsync("/");

        Assert.Contains("Recommended for QTS", outcome.QuerySelector(".govuk-panel--confirmation")!.TextContent);
        Assert.Contains("Morgan Moderator", outcome.GetElementById("moderated-by")!.TextContent);
        Assert.Contains("Cites: Observation,", outcome.GetElementById("judgement-TS1")!.TextContent);
        Assert.Contains("Portfolio: Reflective assignment: curriculum progression", outcome.GetElementById("judgement-TS2")!.TextContent);
        Assert.Equal("2345678", handover.GetElementById("handover-trn")!.TextContent.Trim());
        Assert.Contains(DemoAccounts.OakfieldPrimary, handover.GetElementById("handover-summary")!.TextContent);
        Assert.NotNull(home.QuerySelector($"#staff-outcomes a[href='/candidates/{owen}/handover']"));
        await admin.GetPageAsync($"/candidates/{nadia}/outcome", HttpStatusCode.NotFound);
    }

    private async Task<PortalClient> SelfAsync(ReviewCandidate candidate)
    {
        var client = factory.CreatePortalClient();
        await client.SignInAsync(candidate.Email, TestAccounts.Password);
        return client;
    }
}
