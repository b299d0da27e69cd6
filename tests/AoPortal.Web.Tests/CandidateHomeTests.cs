using AoPortal.Domain.Assessments;
using AoPortal.Domain.Common;
using AoPortal.Domain.Evidence;
using AoPortal.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Web.Tests;

/// <summary>The candidate's home page in assessment: what to do next.</summary>
[Collection(PortalCollection.Name)]
public sealed class CandidateHomeTests(PortalFactory factory)
{
    [Fact]
    public async Task A_candidate_in_assessment_sees_the_evidence_asked_for_and_the_records_to_reflect_on()
    {
        var candidate = await AssessmentCandidates.StartedAsync(factory, daysAgo: 10);
        var (recordId, itemId) = await factory.WithDbAsync(async db =>
        {
            var plan = await db.AssessmentPlans.AsNoTracking().SingleAsync(p => p.CandidateId == candidate.Id);
            var today = AssessmentCandidates.Today(factory);
            var now = factory.Clock.GetUtcNow().UtcDateTime;
            var assessor = new Actor(null, "Sam Assessor");
            var lesson = new LessonDetails("Brookfield School", YearGroup.Year9, "Mathematics", "Equations", null, null, null, null);
            var (record, _) = AssessmentRecord.Draft(plan, RecordContent.Observation(today.AddDays(-2), lesson,
                [new StandardJudgement("TS1", StandardOutcome.Met, null, [])]), ["Brookfield School"], assessor, now, today);
            record.Share(assessor, now);
            var (item, _) = EvidenceItem.Add(candidate.Id, EvidenceKind.LessonPlan, "Fractions lesson plan", today.AddDays(-1), null, null, ["TS4"], true,
                [new EvidenceFile(Guid.NewGuid().ToString("N"), "plan.pdf", "application/pdf", 10, new string('0', 64))], null,
                new Actor(candidate.UserId, candidate.FullName), now, today);
            item.RecordScan(item.Latest.Files[0].Id, ScanResult.Clean);
            item.RequestMore("Add the worksheet.", today.AddDays(7), assessor, now, today);
            db.AssessmentRecords.Add(record);
            db.EvidenceItems.Add(item);
            await db.SaveChangesAsync();
            return (record.Id, item.Id);
        });

        var home = await (await factory.SignedInAsync(candidate.Email, TestAccounts.Password)).GetPageAsync("/");

        var next = home.GetElementById("next-steps")!;
        Assert.Contains("Week 2 of 12", next.TextContent);
        Assert.NotNull(next.QuerySelector($"a[href='/candidates/{candidate.Id}/evidence/{itemId}']"));
        Assert.Contains("Add more evidence to “Fractions lesson plan” by", next.TextContent);
        Assert.NotNull(next.QuerySelector($"a[href='/candidates/{candidate.Id}/assessment/records/{recordId}']"));
    }

    [Fact]
    public async Task A_candidate_not_yet_in_assessment_has_no_next_steps()
    {
        var home = await (await factory.SignedInAsync(DemoAccounts.Candidate)).GetPageAsync("/");

        Assert.Null(home.GetElementById("next-steps"));
    }
}
