using System.Net;
using AoPortal.Domain.Assessments;
using AoPortal.Domain.Common;
using AoPortal.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Web.Tests;

/// <summary>The standards coverage map: the same for the candidate, their assessor and their school lead; nobody else sees it.</summary>
[Collection(PortalCollection.Name)]
public sealed class CoverageTests(PortalFactory factory)
{
    [Fact]
    public async Task Shared_records_count_and_everyone_allowed_sees_the_same_map()
    {
        var candidate = await AssessmentCandidates.StartedAsync(factory);
        await RecordAsync(candidate, share: true, standards: [new StandardJudgement("TS1", StandardOutcome.Met, null, ["TS1a"])]);
        await RecordAsync(candidate, share: false, standards: [new StandardJudgement("TS2", StandardOutcome.Met, null, [])]);
        var url = $"/candidates/{candidate.Id}/coverage";

        var assessorView = await (await factory.SignedInAsync(DemoAccounts.Assessor)).GetPageAsync(url);
        var self = factory.CreatePortalClient();
        await self.SignInAsync(candidate.Email, TestAccounts.Password);
        var candidateView = await self.GetPageAsync(url);
        var leadView = await (await factory.SignedInAsync(DemoAccounts.SchoolLead)).GetPageAsync(url);

        var ts1 = assessorView.GetElementById("coverage-TS1")!.TextContent;
        Assert.Contains("Thin", ts1);
        Assert.Contains("Observation,", ts1);
        Assert.Contains("TS1a (thin: 0 portfolio items, 1 observation, 0 discussions)", ts1);
        Assert.Contains("No evidence yet", assessorView.GetElementById("coverage-TS2")!.TextContent);
        Assert.Equal(9, PageAssert.TableRows(assessorView).Count);
        Assert.Equal(PageAssert.TableRows(assessorView), PageAssert.TableRows(candidateView));
        Assert.Equal(PageAssert.TableRows(assessorView), PageAssert.TableRows(leadView));
    }

    [Fact]
    public async Task Each_candidate_s_map_is_their_own_however_often_maps_are_viewed()
    {
        var evidenced = await AssessmentCandidates.StartedAsync(factory);
        await RecordAsync(evidenced, share: true, standards: [new StandardJudgement("TS1", StandardOutcome.Met, null, [])]);
        var unevidenced = await AssessmentCandidates.StartedAsync(factory);
        var assessor = await factory.SignedInAsync(DemoAccounts.Assessor);

        var first = await assessor.GetPageAsync($"/candidates/{evidenced.Id}/coverage");
        var second = await assessor.GetPageAsync($"/candidates/{unevidenced.Id}/coverage");
        var firstAgain = await assessor.GetPageAsync($"/candidates/{evidenced.Id}/coverage");

        Assert.Contains("Thin", first.GetElementById("coverage-TS1")!.TextContent);
        Assert.Contains("No evidence yet", second.GetElementById("coverage-TS1")!.TextContent);
        Assert.DoesNotContain($"/candidates/{evidenced.Id}/", second.QuerySelector("table")!.OuterHtml);
        Assert.Equal(PageAssert.TableRows(first), PageAssert.TableRows(firstAgain));
    }

    [Fact]
    public async Task Another_candidate_cannot_see_the_map()
    {
        var candidate = await AssessmentCandidates.StartedAsync(factory);
        var other = await factory.SignedInAsync(DemoAccounts.Candidate);

        await other.GetPageAsync($"/candidates/{candidate.Id}/coverage", HttpStatusCode.NotFound);
    }

    private Task RecordAsync(ReviewCandidate candidate, bool share, StandardJudgement[] standards) =>
        factory.WithDbAsync(async db =>
        {
            var plan = await db.AssessmentPlans.AsNoTracking().SingleAsync(p => p.CandidateId == candidate.Id);
            var today = AssessmentCandidates.Today(factory);
            var now = factory.Clock.GetUtcNow().UtcDateTime;
            var lesson = new LessonDetails("Brookfield School", YearGroup.Year9, "Mathematics", "Equations", null, null, null, null);
            var actor = new Actor(null, "Sam Assessor");
            var (record, audit) = AssessmentRecord.Draft(plan, RecordContent.Observation(today, lesson, standards), ["Brookfield School"], actor, now, today);
            db.AssessmentRecords.Add(record);
            db.AuditEntries.Add(audit);
            if (share) db.AuditEntries.Add(record.Share(actor, now));
            await db.SaveChangesAsync();
        });
}
