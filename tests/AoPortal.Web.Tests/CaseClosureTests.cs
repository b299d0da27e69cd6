using System.Net;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Common;
using AoPortal.Domain.Recommendations;
using AoPortal.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Web.Tests;

/// <summary>
/// The admin's end of a case, through the pages: recording the TRN, the award of QTS, withdrawing a confirmed decision and
/// withdrawing the candidate. Candidates start from <see cref="RecommendationCandidates"/>; where a test needs the
/// recommendation exported, it is exported straight in the database through the domain (<see cref="ExportAsync"/>).
/// Tests that move the clock get a portal of their own.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class CaseClosureTests(PortalFactory factory)
{
    private static string TrnUrl(Guid id) => $"/candidates/{id}/trn";
    private static string AwardUrl(Guid id) => $"/candidates/{id}/award";
    private static string WithdrawDecisionUrl(Guid id) => $"/candidates/{id}/decision/withdraw";
    private static string WithdrawUrl(Guid id) => $"/candidates/{id}/withdraw";
    private static string Form(string url) => $"form[action='{url}']";

    // TRN

    [Fact]
    public async Task A_trn_that_is_not_seven_digits_is_refused_and_a_valid_one_is_stored_and_audited()
    {
        var candidate = await RecommendationCandidates.ConfirmedAsync(factory);
        var admin = await SignedInAsync(factory, DemoAccounts.Admin);
        var page = await admin.GetPageAsync(TrnUrl(candidate.Id));
        Assert.Equal("Record the teacher reference number (TRN)", PageAssert.Heading(page));
        Assert.Equal(candidate.FullName, page.QuerySelector(".govuk-caption-l")!.TextContent.Trim());
        Assert.Equal($"/candidates/{candidate.Id}", page.QuerySelector(".govuk-back-link")!.GetAttribute("href"));

        using var empty = await admin.PostFormAsync(page, Form(TrnUrl(candidate.Id)), Fields.Of(("Form.Trn", "")));
        PageAssert.ErrorSummaryLists(await empty.ReadPageAsync(), "Enter the TRN", "form-trn");
        using var invalid = await admin.PostFormAsync(page, Form(TrnUrl(candidate.Id)), Fields.Of(("Form.Trn", "12345A7")));
        var refused = await invalid.ReadPageAsync();
        PageAssert.ErrorSummaryLists(refused, "TRN must be 7 digits, like 1234567", "form-trn");
        PageAssert.FieldHasError(refused, "form-trn", "TRN must be 7 digits, like 1234567");
        Assert.Null((await ReviewCandidates.LoadAsync(factory, candidate.Id)).Trn);

        using var saved = await admin.PostFormAsync(page, Form(TrnUrl(candidate.Id)), Fields.Of(("Form.Trn", " 2345678 ")));

        Assert.Equal($"/candidates/{candidate.Id}", saved.RedirectTarget());
        PageAssert.SuccessBanner(await admin.FollowAsync(saved), "The TRN has been recorded");
        Assert.Equal("2345678", (await ReviewCandidates.LoadAsync(factory, candidate.Id)).Trn);
        Assert.Equal(1, await ReviewCandidates.AuditCountAsync(factory, candidate.Id, "TRN recorded"));
        Assert.Contains("2345678", PageAssert.MainText(await admin.GetPageAsync(TrnUrl(candidate.Id))));
    }

    [Fact]
    public async Task A_form_opened_before_someone_else_changed_the_candidate_is_refused()
    {
        var candidate = await RecommendationCandidates.ConfirmedAsync(factory);
        var admin = await SignedInAsync(factory, DemoAccounts.Admin);
        var page = await admin.GetPageAsync(TrnUrl(candidate.Id));
        await RecordTrnAsync(factory, candidate.Id, "3456789");

        using var refused = await admin.PostFormAsync(page, Form(TrnUrl(candidate.Id)), Fields.Of(("Form.Trn", "4567890")));

        PageAssert.ErrorSummaryLists(await refused.ReadPageAsync(), "Someone else changed this record while you were working on it");
        Assert.Equal("3456789", (await ReviewCandidates.LoadAsync(factory, candidate.Id)).Trn);
    }

    // QTS award

    [Fact]
    public async Task Recording_the_award_is_refused_before_the_recommendation_is_exported()
    {
        var candidate = await RecommendationCandidates.ConfirmedAsync(factory);
        await RecordTrnAsync(factory, candidate.Id, "5678901");
        var admin = await SignedInAsync(factory, DemoAccounts.Admin);
        var page = await admin.GetPageAsync(AwardUrl(candidate.Id));
        Assert.NotNull(page.GetElementById("not-exported"));

        using var refused = await admin.PostFormAsync(page, Form(AwardUrl(candidate.Id)), DateFields(Today(factory)));

        PageAssert.ErrorSummaryLists(await refused.ReadPageAsync(), "Export the recommendation to Register before recording the award");
        Assert.Equal(CandidateStatus.Recommended, (await ReviewCandidates.LoadAsync(factory, candidate.Id)).Status);
        Assert.Null((await RecommendationCandidates.LoadAsync(factory, candidate.Id)).QtsAwardedOn);
    }

    [Fact]
    public async Task An_award_date_in_the_future_or_before_the_requirements_were_met_is_refused()
    {
        var candidate = await RecommendationCandidates.ConfirmedAsync(factory);
        await ExportAsync(factory, candidate.Id, "6789012");
        var admin = await SignedInAsync(factory, DemoAccounts.Admin);
        var page = await admin.GetPageAsync(AwardUrl(candidate.Id));
        Assert.Null(page.GetElementById("not-exported"));

        using var empty = await admin.PostFormAsync(page, Form(AwardUrl(candidate.Id)), []);
        PageAssert.ErrorSummaryLists(await empty.ReadPageAsync(), "Enter the date QTS was awarded", "form-awardedon");
        using var future = await admin.PostFormAsync(page, Form(AwardUrl(candidate.Id)), DateFields(Today(factory).AddDays(1)));
        PageAssert.ErrorSummaryLists(await future.ReadPageAsync(), "The date QTS was awarded must be today or in the past", "form-awardedon");
        // The requirements were met yesterday.
        using var early = await admin.PostFormAsync(page, Form(AwardUrl(candidate.Id)), DateFields(Today(factory).AddDays(-2)));
        PageAssert.ErrorSummaryLists(await early.ReadPageAsync(), "The date QTS was awarded cannot be before the requirements were met", "form-awardedon");

        Assert.Equal(CandidateStatus.Recommended, (await ReviewCandidates.LoadAsync(factory, candidate.Id)).Status);
        Assert.Equal(0, factory.Mailbox.All().Count(m => m.To.Contains(candidate.Email) && m.Subject.Contains("QTS")));
    }

    [Fact]
    public async Task Recording_the_award_closes_the_case_and_congratulates_the_candidate()
    {
        // A portal of its own: CandidateTests expects nobody in the shared portal to have been awarded QTS.
        await using var portal = new PortalFactory();
        var candidate = await RecommendationCandidates.ConfirmedAsync(portal);
        await ExportAsync(portal, candidate.Id, "7890123");
        var admin = await SignedInAsync(portal, DemoAccounts.Admin);
        var today = Today(portal);

        using var saved = await admin.PostFormAsync(AwardUrl(candidate.Id), Form(AwardUrl(candidate.Id)), DateFields(today));

        Assert.Equal($"/candidates/{candidate.Id}", saved.RedirectTarget());
        PageAssert.SuccessBanner(await admin.FollowAsync(saved), "QTS award recorded");
        Assert.Equal(CandidateStatus.QtsAwarded, (await ReviewCandidates.LoadAsync(portal, candidate.Id)).Status);
        Assert.Equal(today, (await RecommendationCandidates.LoadAsync(portal, candidate.Id)).QtsAwardedOn);
        Assert.Equal(1, await ReviewCandidates.AuditCountAsync(portal, candidate.Id, "QTS awarded"));
        var email = portal.Mailbox.LatestTo(candidate.Email);
        Assert.Equal("Congratulations: you have been awarded QTS", email.Subject);
        Assert.Contains($"Dear {candidate.FirstNames}", email.Body);
        Assert.Contains(today.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture), email.Body);
        // Nothing more to record: the page says so instead of offering the form.
        var after = await admin.GetPageAsync(AwardUrl(candidate.Id));
        Assert.Null(after.QuerySelector(Form(AwardUrl(candidate.Id))));
        Assert.Contains("QTS awarded", PageAssert.MainText(after));
    }

    // Withdrawing a confirmed decision

    [Fact]
    public async Task A_decision_withdrawn_within_the_window_returns_the_candidate_to_assessment()
    {
        var candidate = await RecommendationCandidates.ConfirmedAsync(factory);
        var recommendation = await RecommendationCandidates.LoadAsync(factory, candidate.Id);
        var admin = await SignedInAsync(factory, DemoAccounts.Admin);
        var page = await admin.GetPageAsync(WithdrawDecisionUrl(candidate.Id));
        Assert.Equal("Withdraw the confirmed decision", PageAssert.Heading(page));
        Assert.Contains($"until {UkDateTime(recommendation.ConfirmedAt!.Value.AddDays(7))}", page.GetElementById("window")!.TextContent);
        Assert.Contains("returns the candidate to assessment", PageAssert.MainText(page));

        using var empty = await admin.PostFormAsync(page, Form(WithdrawDecisionUrl(candidate.Id)), Fields.Of(("Form.Reason", " ")));
        PageAssert.ErrorSummaryLists(await empty.ReadPageAsync(), "Enter the reason for withdrawing the decision", "form-reason");
        using var saved = await admin.PostFormAsync(page, Form(WithdrawDecisionUrl(candidate.Id)),
            Fields.Of(("Form.Reason", "The moderator confirmed the wrong age range.")));

        Assert.Equal($"/candidates/{candidate.Id}", saved.RedirectTarget());
        PageAssert.SuccessBanner(await admin.FollowAsync(saved), "The decision has been withdrawn");
        Assert.Equal(CandidateStatus.InAssessment, (await ReviewCandidates.LoadAsync(factory, candidate.Id)).Status);
        var withdrawn = await factory.WithDbAsync(db => db.Recommendations.AsNoTracking().SingleAsync(r => r.Id == recommendation.Id));
        Assert.Equal(RecommendationStatus.Withdrawn, withdrawn.Status);
        Assert.Equal(("The moderator confirmed the wrong age range.", "Alex Admin"), (withdrawn.WithdrawalReason, withdrawn.WithdrawnByName));
        var audit = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.SubjectId == candidate.Id && a.Action == "Confirmed decision withdrawn").Select(a => a.Detail).ToListAsync());
        Assert.Equal("Recommended for QTS to In assessment. The moderator confirmed the wrong age range.", Assert.Single(audit));
    }

    [Fact]
    public async Task A_not_recommended_decision_can_be_withdrawn_too()
    {
        var candidate = await RecommendationCandidates.ConfirmedAsync(factory, "TS4");
        var admin = await SignedInAsync(factory, DemoAccounts.Admin);

        using var saved = await admin.PostFormAsync(WithdrawDecisionUrl(candidate.Id), Form(WithdrawDecisionUrl(candidate.Id)),
            Fields.Of(("Form.Reason", "TS4 was judged on the wrong lesson.")));

        Assert.Equal($"/candidates/{candidate.Id}", saved.RedirectTarget());
        Assert.Equal(CandidateStatus.InAssessment, (await ReviewCandidates.LoadAsync(factory, candidate.Id)).Status);
    }

    [Fact]
    public async Task A_decision_cannot_be_withdrawn_once_it_is_exported()
    {
        var candidate = await RecommendationCandidates.ConfirmedAsync(factory);
        var admin = await SignedInAsync(factory, DemoAccounts.Admin);
        var page = await admin.GetPageAsync(WithdrawDecisionUrl(candidate.Id));
        await ExportAsync(factory, candidate.Id, "8901234");

        using var refused = await admin.PostFormAsync(page, Form(WithdrawDecisionUrl(candidate.Id)), Fields.Of(("Form.Reason", "Too late.")));

        PageAssert.ErrorSummaryLists(await refused.ReadPageAsync(), "This recommendation has been exported to Register, so it can no longer be withdrawn here");
        Assert.Equal(CandidateStatus.Recommended, (await ReviewCandidates.LoadAsync(factory, candidate.Id)).Status);
        Assert.Equal(RecommendationStatus.Confirmed, (await RecommendationCandidates.LoadAsync(factory, candidate.Id)).Status);
        Assert.Contains("can no longer be withdrawn here", (await admin.GetPageAsync(WithdrawDecisionUrl(candidate.Id))).GetElementById("window")!.TextContent);
    }

    [Fact]
    public async Task A_decision_cannot_be_withdrawn_after_the_window()
    {
        // The clock moves on, so this test has a portal of its own.
        await using var portal = new PortalFactory();
        var candidate = await RecommendationCandidates.ConfirmedAsync(portal);
        portal.Clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));
        var admin = await SignedInAsync(portal, DemoAccounts.Admin);
        var page = await admin.GetPageAsync(WithdrawDecisionUrl(candidate.Id));
        Assert.Contains("The window for withdrawing this decision closed on", page.GetElementById("window")!.TextContent);

        using var refused = await admin.PostFormAsync(page, Form(WithdrawDecisionUrl(candidate.Id)), Fields.Of(("Form.Reason", "Too late.")));

        PageAssert.ErrorSummaryLists(await refused.ReadPageAsync(), "A confirmed decision can be withdrawn only within 7 days of its confirmation");
        Assert.Equal(CandidateStatus.Recommended, (await ReviewCandidates.LoadAsync(portal, candidate.Id)).Status);
    }

    // Withdrawing the candidate

    [Fact]
    public async Task Another_reason_without_details_is_refused()
    {
        var candidate = await AssessmentCandidates.StartedAsync(factory);
        var admin = await SignedInAsync(factory, DemoAccounts.Admin);
        var page = await admin.GetPageAsync(WithdrawUrl(candidate.Id));
        Assert.Contains("cannot be undone", page.QuerySelector(".govuk-warning-text")!.TextContent);
        Assert.Equal(Enum.GetValues<WithdrawalReason>().Select(r => r.DisplayName()),
            page.QuerySelectorAll("input[name='Form.Reason'] + label").Select(l => l.TextContent.Trim()));

        using var none = await admin.PostFormAsync(page, Form(WithdrawUrl(candidate.Id)), []);
        PageAssert.ErrorSummaryLists(await none.ReadPageAsync(), "Select the reason for the withdrawal", "form-reason");
        using var refused = await admin.PostFormAsync(page, Form(WithdrawUrl(candidate.Id)), Fields.Of(("Form.Reason", "Other"), ("Form.Details", "  ")));
        var refusedPage = await refused.ReadPageAsync();
        PageAssert.ErrorSummaryLists(refusedPage, "Enter the details of the reason for the withdrawal", "form-details");
        Assert.NotNull(refusedPage.QuerySelector("input[name='Form.Reason'][value='Other'][checked]"));

        Assert.Equal(CandidateStatus.InAssessment, (await ReviewCandidates.LoadAsync(factory, candidate.Id)).Status);
    }

    [Fact]
    public async Task Withdrawing_the_candidate_stores_the_reason_and_closes_the_case()
    {
        var candidate = await AssessmentCandidates.StartedAsync(factory);
        var admin = await SignedInAsync(factory, DemoAccounts.Admin);

        using var saved = await admin.PostFormAsync(WithdrawUrl(candidate.Id), Form(WithdrawUrl(candidate.Id)),
            Fields.Of(("Form.Reason", "Other"), ("Form.Details", "Moving abroad to teach.")));

        Assert.Equal($"/candidates/{candidate.Id}", saved.RedirectTarget());
        PageAssert.SuccessBanner(await admin.FollowAsync(saved), "The candidate has been withdrawn");
        var stored = await ReviewCandidates.LoadAsync(factory, candidate.Id);
        Assert.Equal((CandidateStatus.Withdrawn, WithdrawalReason.Other, "Moving abroad to teach."), (stored.Status, stored.WithdrawalReason, stored.WithdrawalDetail));
        Assert.Equal(1, await ReviewCandidates.AuditCountAsync(factory, candidate.Id, "Candidate withdrawn"));
        Assert.Null((await admin.GetPageAsync(WithdrawUrl(candidate.Id))).QuerySelector(Form(WithdrawUrl(candidate.Id))));
    }

    [Fact]
    public async Task A_candidate_withdrawn_while_awaiting_moderation_leaves_the_moderation_queue()
    {
        var candidate = await RecommendationCandidates.ProposedAsync(factory);
        var admin = await SignedInAsync(factory, DemoAccounts.Admin);

        using var saved = await admin.PostFormAsync(WithdrawUrl(candidate.Id), Form(WithdrawUrl(candidate.Id)), Fields.Of(("Form.Reason", "Health")));

        Assert.Equal($"/candidates/{candidate.Id}", saved.RedirectTarget());
        var recommendation = await factory.WithDbAsync(db => db.Recommendations.AsNoTracking().SingleAsync(r => r.CandidateId == candidate.Id));
        Assert.Equal((RecommendationStatus.Withdrawn, "The candidate was withdrawn"), (recommendation.Status, recommendation.WithdrawalReason));
        var queue = await (await factory.SignedInAsync(DemoAccounts.Moderator)).GetPageAsync("/moderation");
        Assert.DoesNotContain(candidate.FullName, PageAssert.MainText(queue));
    }

    [Fact]
    public async Task A_recommended_candidate_is_not_offered_withdrawal_until_the_decision_is_withdrawn()
    {
        var candidate = await RecommendationCandidates.ConfirmedAsync(factory);
        var admin = await SignedInAsync(factory, DemoAccounts.Admin);

        var page = await admin.GetPageAsync(WithdrawUrl(candidate.Id));

        Assert.Null(page.QuerySelector(Form(WithdrawUrl(candidate.Id))));
        Assert.NotNull(page.QuerySelector($"#not-possible a[href='{WithdrawDecisionUrl(candidate.Id)}']"));
    }

    // Who may use these pages

    [Fact]
    public async Task Only_admins_may_use_the_case_closing_pages_and_unknown_candidates_are_not_found()
    {
        var candidate = await RecommendationCandidates.ConfirmedAsync(factory);
        foreach (var email in new[] { DemoAccounts.Assessor, DemoAccounts.Moderator, DemoAccounts.Candidate })
        {
            var client = await SignedInAsync(factory, email);
            foreach (var url in new[] { TrnUrl(candidate.Id), AwardUrl(candidate.Id), WithdrawDecisionUrl(candidate.Id), WithdrawUrl(candidate.Id) })
                await client.GetPageAsync(url, HttpStatusCode.Forbidden);
            var token = (await client.GetPageAsync("/standards")).QuerySelector("form[action='/sign-out'] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
            using var posted = await client.PostRawAsync(WithdrawDecisionUrl(candidate.Id), Fields.Of(("__RequestVerificationToken", token), ("Form.Reason", "Sneaky")));
            Assert.Equal(HttpStatusCode.Forbidden, posted.StatusCode);
        }

        Assert.Equal(CandidateStatus.Recommended, (await ReviewCandidates.LoadAsync(factory, candidate.Id)).Status);
        var admin = await SignedInAsync(factory, DemoAccounts.Admin);
        foreach (var url in new[] { TrnUrl(Guid.NewGuid()), AwardUrl(Guid.NewGuid()), WithdrawDecisionUrl(Guid.NewGuid()), WithdrawUrl(Guid.NewGuid()) })
            await admin.GetPageAsync(url, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Withdrawing_a_candidate_without_the_antiforgery_token_is_refused_and_changes_nothing()
    {
        var candidate = await AssessmentCandidates.StartedAsync(factory);
        var admin = await SignedInAsync(factory, DemoAccounts.Admin);
        var version = (await admin.GetPageAsync(WithdrawUrl(candidate.Id))).QuerySelector("input[name='Form.Version']")!.GetAttribute("value")!;

        using var response = await admin.PostRawAsync(WithdrawUrl(candidate.Id), Fields.Of(("Form.Reason", "Health"), ("Form.Version", version)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(CandidateStatus.InAssessment, (await ReviewCandidates.LoadAsync(factory, candidate.Id)).Status);
    }

    /// <summary>Records the TRN straight in the database through the domain.</summary>
    internal static Task RecordTrnAsync(PortalFactory portal, Guid candidateId, string trn) =>
        portal.WithDbAsync(async db =>
        {
            var candidate = await db.Candidates.SingleAsync(c => c.Id == candidateId);
            db.AuditEntries.Add(candidate.RecordTrn(trn, ReviewCandidates.SetUpReviewer, portal.Clock.GetUtcNow().UtcDateTime));
            await db.SaveChangesAsync();
        });

    /// <summary>Records the TRN and exports the candidate's recommendation alone, straight in the database through the domain.</summary>
    internal static Task ExportAsync(PortalFactory portal, Guid candidateId, string trn) =>
        portal.WithDbAsync(async db =>
        {
            var now = portal.Clock.GetUtcNow().UtcDateTime;
            var candidate = await db.Candidates.SingleAsync(c => c.Id == candidateId);
            var recommendation = await db.Recommendations.Where(r => r.CandidateId == candidateId && r.Status == RecommendationStatus.Confirmed).SingleAsync();
            db.AuditEntries.Add(candidate.RecordTrn(trn, ReviewCandidates.SetUpReviewer, now));
            var number = (await db.RegisterExports.MaxAsync(e => (int?)e.Number) ?? 0) + 1;
            var (export, audit) = RegisterExport.Create(number, [(candidate, recommendation)], ReviewCandidates.SetUpReviewer, now);
            db.RegisterExports.Add(export);
            db.AuditEntries.AddRange(audit);
            await db.SaveChangesAsync();
        });

    private static DateOnly Today(PortalFactory portal) => AssessmentCandidates.Today(portal);

    private static List<KeyValuePair<string, string>> DateFields(DateOnly date) =>
        Fields.Of(("Form.AwardedOn.Day", date.Day.ToString()), ("Form.AwardedOn.Month", date.Month.ToString()), ("Form.AwardedOn.Year", date.Year.ToString()));

    private static string UkDateTime(DateTime utc) => AoPortal.Web.Infrastructure.UkTime.DateTime(utc);

    internal static async Task<PortalClient> SignedInAsync(PortalFactory portal, string email)
    {
        var client = portal.CreatePortalClient();
        await client.SignInAsync(email);
        return client;
    }
}
