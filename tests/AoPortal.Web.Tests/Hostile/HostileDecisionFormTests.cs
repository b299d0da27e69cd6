using AoPortal.Web.Tests.Support;
using Xunit.Abstractions;

namespace AoPortal.Web.Tests.Hostile;

/// <summary>
/// The end of the assessment under hostile input: final judgements, the proposal, moderation's returned comments, the
/// TRN and award, withdrawals and the register export. Existing tests cover single cases: an invalid TRN and a stale form
/// in CaseClosureTests, the four-eyes rule in ModerationTests, CSV formula escaping of names in RegisterExportTests.
/// </summary>
public sealed class HostileDecisionFormTests(PortalFactory portal, ITestOutputHelper output)
    : HostileFormTestBase(portal, output), IClassFixture<PortalFactory>
{
    private DateOnly Today => AssessmentCandidates.Today(Portal);

    [Fact]
    public Task Final_judgement_rationale() => AttackAsync(new HostileForm
    {
        Name = "final judgement",
        Arrange = async () =>
        {
            var candidate = await RecommendationCandidates.ReadyAsync(Portal);
            var assessor = await ClientAsync(DemoAccounts.Assessor);
            var path = $"/candidates/{candidate.Id}/recommendation/judgements/TS1";
            return Target(assessor, path, path, [F("Form.Outcome", "Met"), F("Form.Rationale", "Consistently high expectations")],
                (assessor, $"/candidates/{candidate.Id}/recommendation"));
        },
    });

    [Fact]
    public Task Propose_the_outcome() => AttackAsync(new HostileForm
    {
        Name = "proposal",
        SuccessUsesUpTheSubject = true,
        Arrange = async () =>
        {
            var candidate = await RecommendationCandidates.JudgedAsync(Portal);
            var assessor = await ClientAsync(DemoAccounts.Assessor);
            var path = $"/candidates/{candidate.Id}/recommendation/propose";
            return Target(assessor, path, path,
                [F("Form.Outcome", "Recommend"), .. DateField("Form.RequirementsMetOn", Today.AddDays(-1)), F("Form.AgeRange", "11-16"), F("Form.Subjects", "Mathematics"),
                 F("Form.Strengths", RecommendationCandidates.Strengths), F("Form.InductionTargets", RecommendationCandidates.Targets)],
                (assessor, $"/candidates/{candidate.Id}/recommendation"), (await ClientAsync(DemoAccounts.Moderator), $"/candidates/{candidate.Id}/moderation"));
        },
    });

    [Fact]
    public Task Moderation_returns_with_comments() => AttackAsync(new HostileForm
    {
        Name = "moderation",
        SuccessUsesUpTheSubject = true,
        Arrange = async () =>
        {
            var candidate = await RecommendationCandidates.ProposedAsync(Portal);
            var moderator = await ClientAsync(DemoAccounts.Moderator);
            var path = $"/candidates/{candidate.Id}/moderation";
            return Target(moderator, path, path, [F("Form.Outcome", "Return"), F("Form.Comments", "Say more about TS5")],
                (await ClientAsync(DemoAccounts.Assessor), $"/candidates/{candidate.Id}/recommendation"), (moderator, "/moderation"));
        },
    });

    [Fact]
    public Task Record_the_trn() => AttackAsync(new HostileForm
    {
        Name = "TRN",
        Arrange = async () =>
        {
            var candidate = await RecommendationCandidates.ConfirmedAsync(Portal);
            var admin = await ClientAsync(DemoAccounts.Admin);
            var path = $"/candidates/{candidate.Id}/trn";
            return Target(admin, path, path, [F("Form.Trn", "2345678")], (admin, $"/candidates/{candidate.Id}"));
        },
    });

    [Fact]
    public Task Record_the_award() => AttackAsync(new HostileForm
    {
        Name = "QTS award",
        SuccessUsesUpTheSubject = true,
        Arrange = async () =>
        {
            var (candidate, admin) = await WithTrnAsync();
            using (var exported = await admin.PostFormAsync("/register-exports", "form[action='/register-exports']", []))
                Assert.Equal(System.Net.HttpStatusCode.Redirect, exported.StatusCode);
            var path = $"/candidates/{candidate.Id}/award";
            return Target(admin, path, path, [.. DateField("Form.AwardedOn", Today)], (admin, $"/candidates/{candidate.Id}"));
        },
    });

    [Fact]
    public Task Withdraw_the_candidate() => AttackAsync(new HostileForm
    {
        Name = "withdraw a candidate",
        SuccessUsesUpTheSubject = true,
        Arrange = async () =>
        {
            var candidate = await AssessmentCandidates.StartedAsync(Portal);
            var admin = await ClientAsync(DemoAccounts.Admin);
            var path = $"/candidates/{candidate.Id}/withdraw";
            return Target(admin, path, path, [F("Form.Reason", "Other"), F("Form.Details", "Moved abroad")], (admin, $"/candidates/{candidate.Id}"));
        },
    });

    [Fact]
    public Task Withdraw_a_confirmed_decision() => AttackAsync(new HostileForm
    {
        Name = "withdraw a decision",
        SuccessUsesUpTheSubject = true,
        Arrange = async () =>
        {
            var candidate = await RecommendationCandidates.ConfirmedAsync(Portal);
            var admin = await ClientAsync(DemoAccounts.Admin);
            var path = $"/candidates/{candidate.Id}/decision/withdraw";
            return Target(admin, path, path, [F("Form.Reason", "Evidence found to be plagiarised")], (admin, $"/candidates/{candidate.Id}"));
        },
    });

    [Fact]
    public Task Make_a_register_export() => AttackAsync(new HostileForm
    {
        Name = "register export",
        SuccessUsesUpTheSubject = true,
        Arrange = async () =>
        {
            var (_, admin) = await WithTrnAsync();
            return Target(admin, "/register-exports", "/register-exports", null, (admin, "/register-exports"));
        },
    });

    /// <summary>A confirmed recommendation for QTS with a TRN recorded through the page.</summary>
    private async Task<(ReviewCandidate Candidate, PortalClient Admin)> WithTrnAsync()
    {
        var candidate = await RecommendationCandidates.ConfirmedAsync(Portal);
        var admin = await ClientAsync(DemoAccounts.Admin);
        var trn = $"/candidates/{candidate.Id}/trn";
        using (var recorded = await admin.PostFormAsync(trn, $"form[action='{trn}']", [F("Form.Trn", Random.Shared.Next(1000000, 9999999).ToString())]))
            Assert.Equal(System.Net.HttpStatusCode.Redirect, recorded.StatusCode);
        return (candidate, admin);
    }
}
