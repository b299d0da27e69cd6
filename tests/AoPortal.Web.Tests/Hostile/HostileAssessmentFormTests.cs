using AngleSharp.Dom;
using AoPortal.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace AoPortal.Web.Tests.Hostile;

/// <summary>
/// The assessment under hostile input: the plan and its milestones, observation and discussion records, the
/// candidate's reflections, evidence metadata and the assessor's review feedback. Existing tests cover single cases:
/// a stale plan form in AssessmentPlanTests, record validation in RecordsTests, missing evidence answers in
/// EvidenceUploadTests, blank feedback in EvidenceReviewTests.
/// </summary>
public sealed class HostileAssessmentFormTests(PortalFactory portal, ITestOutputHelper output)
    : HostileFormTestBase(portal, output), IClassFixture<PortalFactory>
{
    private DateOnly Today => AssessmentCandidates.Today(Portal);

    private async Task<(ReviewCandidate Candidate, PortalClient Assessor)> StartedAsync()
    {
        var candidate = await AssessmentCandidates.StartedAsync(Portal, daysAgo: 14);
        return (candidate, await ClientAsync(DemoAccounts.Assessor));
    }

    private static string PlanUrl(Guid id) => $"/candidates/{id}/assessment";

    [Fact]
    public Task Add_a_milestone() => AttackAsync(new HostileForm
    {
        Name = "add a milestone",
        Arrange = async () =>
        {
            var (candidate, assessor) = await StartedAsync();
            var path = $"/candidates/{candidate.Id}/assessment/milestones/new";
            return Target(assessor, path, path, [F("Form.Kind", "AssessorVisit"), F("Form.Title", "Extra visit"), .. DateField("Form.DueDate", Today.AddDays(10))],
                (assessor, PlanUrl(candidate.Id)), (await CandidateClientAsync(candidate), PlanUrl(candidate.Id)));
        },
    });

    [Fact]
    public Task Reschedule_a_milestone() => MilestoneAsync("reschedule", "reschedule a milestone", [.. DateField("Form.DueDate", Today.AddDays(12))], false);

    [Fact]
    public Task Mark_a_milestone_done() => MilestoneAsync("done", "mark a milestone done", [.. DateField("Form.CompletedOn", Today), F("Form.Note", "Went well")], true);

    private Task MilestoneAsync(string action, string name, IEnumerable<KeyValuePair<string, string>> valid, bool usesUp) => AttackAsync(new HostileForm
    {
        Name = name,
        SuccessUsesUpTheSubject = usesUp,
        Arrange = async () =>
        {
            var (candidate, assessor) = await StartedAsync();
            var milestoneId = await Portal.WithDbAsync(db => db.AssessmentPlans.AsNoTracking().Where(p => p.CandidateId == candidate.Id)
                .Select(p => p.Milestones.OrderByDescending(m => m.DueDate).First().Id).SingleAsync());
            var path = $"/candidates/{candidate.Id}/assessment/milestones/{milestoneId}/{action}";
            return Target(assessor, path, path, valid, (assessor, PlanUrl(candidate.Id)));
        },
    });

    [Fact]
    public Task Extend_the_assessment() => AttackAsync(new HostileForm
    {
        Name = "extend the assessment",
        SuccessUsesUpTheSubject = true,
        Arrange = async () =>
        {
            var (candidate, assessor) = await StartedAsync();
            var path = $"/candidates/{candidate.Id}/assessment/extend";
            var end = await Portal.WithDbAsync(db => db.AssessmentPlans.AsNoTracking().Where(p => p.CandidateId == candidate.Id).Select(p => p.EndDate).SingleAsync());
            return Target(assessor, path, path,
                [.. DateField("Form.NewEndDate", end.AddDays(7)), F("Form.Reason", "Long illness"), F("Form.ApprovedBy", "Alex Admin")],
                (assessor, PlanUrl(candidate.Id)));
        },
    });

    [Fact]
    public Task Defer_the_assessment() => AttackAsync(new HostileForm
    {
        Name = "defer the assessment",
        SuccessUsesUpTheSubject = true,
        Arrange = async () =>
        {
            var (candidate, assessor) = await StartedAsync();
            var path = $"/candidates/{candidate.Id}/assessment/defer";
            return Target(assessor, path, path, [.. DateField("Form.PausedOn", Today), F("Form.Reason", "Maternity leave")], (assessor, PlanUrl(candidate.Id)));
        },
    });

    /// <summary>Only the first standard's fields are attacked: the other standards' rows are the same fields again.</summary>
    private static bool LaterStandard(string name) => name.StartsWith("Form.Standards[", StringComparison.Ordinal) && !name.StartsWith("Form.Standards[0]", StringComparison.Ordinal);

    [Fact]
    public Task Record_an_observation() => AttackAsync(new HostileForm
    {
        Name = "observation record",
        Skip = LaterStandard,
        Arrange = async () =>
        {
            var (candidate, assessor) = await StartedAsync();
            var path = $"/candidates/{candidate.Id}/assessment/records/new?kind=Observation";
            var page = await assessor.GetPageAsync(path);
            return Target(assessor, path, $"/candidates/{candidate.Id}/assessment/records/new",
                [.. DateField("Form.Date", Today.AddDays(-1)), F("Form.School", FirstOption(page, "Form.School")), F("Form.YearGroup", FirstOption(page, "Form.YearGroup")),
                 F("Form.Subject", "Mathematics"), F("Form.Focus", "Solving equations"), F("Form.Standards[0].Outcome", "Met")],
                (assessor, $"/candidates/{candidate.Id}/assessment/records"));
        },
    });

    [Fact]
    public Task Record_a_professional_discussion() => AttackAsync(new HostileForm
    {
        Name = "professional discussion record",
        Skip = LaterStandard,
        Arrange = async () =>
        {
            var (candidate, assessor) = await StartedAsync();
            var path = $"/candidates/{candidate.Id}/assessment/records/new?kind=ProfessionalDiscussion";
            var page = await assessor.GetPageAsync(path);
            return Target(assessor, path, $"/candidates/{candidate.Id}/assessment/records/new",
                [.. DateField("Form.Date", Today.AddDays(-1)), F("Form.Topics", FirstOption(page, "Form.Topics")), F("Form.Notes", "We talked about behaviour"),
                 F("Form.Standards[0].Outcome", "Met")],
                (assessor, $"/candidates/{candidate.Id}/assessment/records"));
        },
    });

    [Fact]
    public Task Candidate_reflects_on_a_shared_record() => AttackAsync(new HostileForm
    {
        Name = "reflection",
        Arrange = async () =>
        {
            var candidate = await RecommendationCandidates.ReadyAsync(Portal);
            var recordId = await Portal.WithDbAsync(db => db.AssessmentRecords.AsNoTracking().Where(r => r.CandidateId == candidate.Id).Select(r => r.Id).FirstAsync());
            var client = await CandidateClientAsync(candidate);
            var path = $"/candidates/{candidate.Id}/assessment/records/{recordId}";
            return Target(client, path, $"{path}/reflection", [F("Form.Text", "I will plan more questioning")],
                (await ClientAsync(DemoAccounts.Assessor), path));
        },
    });

    [Fact]
    public Task Candidate_adds_evidence() => AttackAsync(new HostileForm
    {
        Name = "evidence metadata",
        Arrange = async () =>
        {
            var candidate = await AssessmentCandidates.StartedAsync(Portal);
            var client = await CandidateClientAsync(candidate);
            var path = $"/candidates/{candidate.Id}/evidence/new";
            return Target(client, path, path, await ReflectiveAnswerAsync(client, path),
                (client, $"/candidates/{candidate.Id}/evidence"), (await ClientAsync(DemoAccounts.Assessor), $"/candidates/{candidate.Id}/evidence"));
        },
    });

    [Fact]
    public Task Assessor_asks_for_more_evidence() => AttackAsync(new HostileForm
    {
        Name = "evidence review feedback",
        SuccessUsesUpTheSubject = true,
        Arrange = async () =>
        {
            var candidate = await AssessmentCandidates.StartedAsync(Portal);
            var client = await CandidateClientAsync(candidate);
            var newItem = $"/candidates/{candidate.Id}/evidence/new";
            using (var added = await client.PostFormAsync(newItem, $"form[action='{newItem}']", await ReflectiveAnswerAsync(client, newItem)))
                Assert.Equal(System.Net.HttpStatusCode.Redirect, added.StatusCode);
            var itemId = await Portal.WithDbAsync(db => db.EvidenceItems.AsNoTracking().Where(i => i.CandidateId == candidate.Id).Select(i => i.Id).SingleAsync());
            var assessor = await ClientAsync(DemoAccounts.Assessor);
            var path = $"/candidates/{candidate.Id}/evidence/{itemId}/review";
            return Target(assessor, path, path, [F("Form.Outcome", "RequestMore"), F("Form.Feedback", "Add the worksheet"), .. DateField("Form.DueBy", Today.AddDays(7))],
                (client, $"/candidates/{candidate.Id}/evidence/{itemId}"), (client, $"/candidates/{candidate.Id}/evidence"));
        },
    });

    /// <summary>A reflective assignment answered in the portal: evidence without files, so the urlencoded form is enough.</summary>
    private async Task<List<KeyValuePair<string, string>>> ReflectiveAnswerAsync(PortalClient client, string path)
    {
        var page = await client.GetPageAsync(path);
        return [F("Form.Kind", "ReflectiveAssignment"), F("Form.Title", "My reflection"), .. DateField("Form.Date", Today), F("Form.Description", "On questioning"),
            F("Form.Prompt", FirstOption(page, "Form.Prompt")), F("Form.Answer", "An answer of more than twenty characters."), F("Form.Standards", "TS1"),
            F("Form.PupilDataRemoved", "true")];
    }

    private static string FirstOption(IDocument page, string name) =>
        page.QuerySelectorAll($"[name='{name}']").Select(e => e.GetAttribute("value") ?? "").FirstOrDefault(v => v.Length > 0 && v != "false")
        ?? page.QuerySelectorAll($"select[name='{name}'] option").Select(o => o.GetAttribute("value") ?? "").FirstOrDefault(v => v.Length > 0)
        ?? throw new InvalidOperationException($"No option for {name}");
}
