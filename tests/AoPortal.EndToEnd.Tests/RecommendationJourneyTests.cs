using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AoPortal.EndToEnd.Tests;

/// <summary>
/// The journey moderates the demo candidate Nadia Shah's proposal and exports her, so it runs against its own portal
/// process (its own database and mail folder): other collections always see her as seeded.
/// </summary>
[CollectionDefinition(Name)]
public sealed class RecommendationJourneyCollection : ICollectionFixture<PortalProcess>, ICollectionFixture<BrowserHost>
{
    public const string Name = "Recommendation journey in its own portal";
}

/// <remarks>
/// Nadia Shah is seeded with her assessment complete and Sam Assessor's proposal for QTS waiting for moderation; she has no
/// TRN. Owen Price is seeded confirmed for QTS, with a TRN, waiting for export. Morgan Moderator returns Nadia's proposal
/// with a comment; Sam changes a judgement and proposes again; Morgan confirms it. The admin finds Nadia refused by the
/// export for want of a TRN, records it, and exports both; the file has Register's columns and their two rows. The admin
/// records Owen's award; his school lead reads his outcome and the hand-over summary.
/// </remarks>
[Collection(RecommendationJourneyCollection.Name)]
public sealed class RecommendationJourneyTests(PortalProcess portal, BrowserHost browsers)
{
    private const string Candidate = "Nadia Shah";
    private const string ModeratorEmail = "moderator@demo.test";
    private const string AssessorEmail = "assessor@demo.test";
    private const string Comment = "Please cite the marking sample in the rationale for TS6.";
    private const string Rationale = "Marking is regular and accurate; the marking sample shows feedback pupils act on.";
    private const string Trn = "3456789";

    [BrowserFact]
    public Task A_proposal_is_returned_proposed_again_confirmed_and_exported_to_Register() =>
        PortalSession.RunAsync(portal, browsers, nameof(A_proposal_is_returned_proposed_again_confirmed_and_exported_to_Register), async session =>
        {
            var s = new JourneySteps(session, "recommendation");
            var mailbox = new Mailbox(portal);

            var candidateId = await ModeratorReturnsTheProposal(s);
            await AssessorChangesAJudgementAndProposesAgain(s, candidateId);
            await ModeratorConfirmsTheProposal(s, candidateId, mailbox);
            await AdminRecordsTheTrnAndExports(s, candidateId);
            await AdminRecordsOwensAward(s);
            await SchoolLeadReadsTheOutcomeAndHandover(s);

            session.AssertNoBrowserErrors();
        });

    private static async Task<string> ModeratorReturnsTheProposal(JourneySteps s)
    {
        await s.SignInAndLandOnHome(ModeratorEmail, PortalSession.DemoPassword);
        await s.Page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Moderation", Exact = true }).ClickAsync();
        await Expect(s.Heading).ToHaveTextAsync("Moderation");
        await Expect(s.Page.Locator("#queue")).ToContainTextAsync(Candidate);
        await s.Shot("moderation-queue");
        await s.Follow(Candidate, "Moderate the proposal");
        var candidateId = Regex.Match(s.Page.Url, "/candidates/([0-9a-fA-F-]{36})/moderation$") is { Success: true } match
            ? match.Groups[1].Value
            : throw new InvalidOperationException($"The moderation page's address {s.Page.Url} holds no candidate id.");
        await Expect(s.Page.Locator("#proposal")).ToContainTextAsync("Recommend for QTS");
        await Expect(s.Page.Locator("#judgements")).ToContainTextAsync("TS8");
        await s.Shot("moderation-review");

        await s.Page.GetByLabel("Return it to the assessor").CheckAsync();
        await s.Field("Comments for the assessor").FillAsync(Comment);
        await s.Submit("Save decision", "returning the proposal");
        await Expect(s.SuccessBanner).ToContainTextAsync("Proposal returned to the assessor");
        await s.SignOut("moderator-signed-out");
        return candidateId;
    }

    private static async Task AssessorChangesAJudgementAndProposesAgain(JourneySteps s, string candidateId)
    {
        await s.SignInAndLandOnHome(AssessorEmail, PortalSession.DemoPassword);
        await s.Session.GoToAsync($"/candidates/{candidateId}");
        await s.Follow("Final judgements and recommendation", "Final judgements and recommendation");
        await Expect(s.Page.Locator("#returned")).ToContainTextAsync(Comment);
        await s.Shot("assessor-returned");

        await s.Page.Locator($"a[href='/candidates/{candidateId}/recommendation/judgements/TS6']").ClickAsync();
        await Expect(s.Heading).ToHaveTextAsync("Final judgement of TS6");
        await s.Field("Rationale").FillAsync(Rationale);
        var firstEvidence = s.Page.Locator("input[name='Form.CitedEvidence']").First;
        if (await firstEvidence.CountAsync() > 0) await firstEvidence.CheckAsync();
        await s.Shot("assessor-judgement");
        await s.Submit("Save judgement", "saving the judgement of TS6");
        await Expect(s.SuccessBanner).ToContainTextAsync("Final judgement of TS6 saved");
        await Expect(s.Page.Locator("#ready")).ToBeVisibleAsync();

        await s.Follow("Propose the outcome", "Propose the outcome");
        await Expect(s.Page.GetByLabel("Recommend for QTS")).ToBeCheckedAsync();
        await s.Shot("assessor-propose");
        await s.Submit("Send to moderation", "proposing again");
        await Expect(s.SuccessBanner).ToContainTextAsync("Recommendation for QTS sent to moderation");
        await Expect(s.Page.Locator("#proposal-status")).ToContainTextAsync("With moderation");
        await s.SignOut("assessor-signed-out");
    }

    private static async Task ModeratorConfirmsTheProposal(JourneySteps s, string candidateId, Mailbox mailbox)
    {
        await s.SignInAndLandOnHome(ModeratorEmail, PortalSession.DemoPassword);
        await s.Session.GoToAsync($"/candidates/{candidateId}/moderation");
        await Expect(s.Page.Locator("#judgements")).ToContainTextAsync(Rationale);
        await s.Page.GetByLabel("Confirm the proposal").CheckAsync();
        await s.Submit("Save decision", "confirming the proposal");
        await Expect(s.SuccessBanner).ToContainTextAsync("Decision confirmed and frozen");
        await Expect(s.Page.Locator("main")).Not.ToContainTextAsync(Candidate);
        await mailbox.LatestToAsync("nadia.shah@demo.test", "Your assessment outcome: recommended for QTS");
        await s.SignOut("moderator-confirmed");
    }

    private static async Task AdminRecordsTheTrnAndExports(JourneySteps s, string candidateId)
    {
        await s.SignInAndLandOnHome("admin@demo.test", PortalSession.DemoPassword);
        await s.Page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Register exports", Exact = true }).ClickAsync();
        await Expect(s.Heading).ToHaveTextAsync("Register exports");
        await Expect(s.Page.Locator("main")).ToContainTextAsync("No TRN");
        await s.Shot("exports-refused");

        await s.Link($"Record it for {Candidate}").ClickAsync();
        await Expect(s.Heading).ToContainTextAsync("TRN");
        await s.Field("TRN").FillAsync(Trn);
        await s.Submit("Save TRN", "recording the TRN");

        await s.Session.GoToAsync("/register-exports");
        await Expect(s.Page.Locator("main")).Not.ToContainTextAsync("No TRN");
        await s.Shot("exports-ready");
        await s.Page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Export 2 candidates") }).ClickAsync();
        await Expect(s.Heading).ToHaveTextAsync("Export 1");
        await s.ExpectNoErrorSummary("making the export");
        await Expect(s.SuccessBanner).ToContainTextAsync("Export 1 has been made");
        await s.Shot("export-made");

        var download = await s.Page.RunAndWaitForDownloadAsync(() => s.Link("Download the CSV file").ClickAsync());
        var path = await download.PathAsync();
        var lines = await File.ReadAllLinesAsync(path!);
        Assert.Equal("TRN,Provider trainee ID,HESA ID,First names,Last names,Training partner,QTS or EYTS,Route,Phase,Age range,Subject,Date QTS or EYTS requirements met", lines[0]);
        Assert.Contains(lines, l => l.StartsWith($"{Trn},{candidateId},,Nadia,Shah,,QTS,Assessment only,Secondary,11 to 16,Mathematics,"));
        Assert.Contains(lines, l => l.StartsWith("2345678,") && l.Contains(",Owen,Price,,QTS,Assessment only,Primary,5 to 11,Primary teaching,"));
    }

    private static async Task AdminRecordsOwensAward(JourneySteps s)
    {
        await s.Follow("Owen Price", "Owen Price");
        await s.Follow("Record the QTS award", "Record the award of QTS");
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/London")));
        var group = s.Page.GetByRole(AriaRole.Group, new() { Name = "Date QTS was awarded" });
        await group.GetByLabel("Day").FillAsync(today.Day.ToString());
        await group.GetByLabel("Month").FillAsync(today.Month.ToString());
        await group.GetByLabel("Year").FillAsync(today.Year.ToString());
        await s.Shot("award");
        await s.Submit("Record QTS award", "recording the award");
        await Expect(s.StatusTag).ToHaveTextAsync("QTS awarded");
        await s.SignOut("admin-signed-out");
    }

    private static async Task SchoolLeadReadsTheOutcomeAndHandover(JourneySteps s)
    {
        await s.SignInAndLandOnHome("schoollead@demo.test", PortalSession.DemoPassword);
        await s.Link("View the outcome for Owen Price").First.ClickAsync();
        await Expect(s.Heading).ToHaveTextAsync("Outcome of the assessment");
        await Expect(s.Page.Locator("main")).ToContainTextAsync("QTS");
        await s.Shot("school-lead-outcome");
        await s.Link("View and print the hand-over summary for the school").ClickAsync();
        await Expect(s.Heading).ToHaveTextAsync("Hand-over summary for the school");
        await Expect(s.Page.Locator("main")).ToContainTextAsync("2345678");
        await s.Shot("school-lead-handover");
    }
}
