using AoPortal.Domain.Assessments;
using AoPortal.Domain.Evidence;
using AoPortal.Domain.Tests.Assessments;
using static AoPortal.Domain.Tests.Assessments.AssessedCandidate;

namespace AoPortal.Domain.Tests.Evidence;

public class StandardsCoverageTests
{
    private static readonly DateOnly Today = new(2026, 10, 5);
    private static readonly DateTime Later = new(2026, 10, 5, 15, 0, 0, DateTimeKind.Utc);
    private static readonly string[] Schools = ["Riverside Academy"];

    private static AssessmentRecord Shared(RecordContent content)
    {
        var (_, plan) = Started();
        var (record, _) = AssessmentRecord.Draft(plan, content, Schools, Assessor, Later, Today);
        record.Share(Assessor, Later);
        return record;
    }

    [Fact]
    public void Every_standard_and_part_two_has_a_row_with_its_points()
    {
        var map = Coverage.Of([], []);

        Assert.Equal(["TS1", "TS2", "TS3", "TS4", "TS5", "TS6", "TS7", "TS8", "P2"], map.Select(r => r.Code));
        Assert.Equal(["TS1a", "TS1b", "TS1c"], map[0].Points.Select(p => p.Code));
        Assert.All(map, r => Assert.Equal(CoverageStrength.None, r.Strength));
    }

    [Fact]
    public void Accepted_items_count_for_the_standard_and_the_point_they_name()
    {
        var accepted = EvidenceItemTests.LessonPlan(["TS1b", "TS4"]);
        accepted.Accept(EvidenceItemTests.Assessor, EvidenceItemTests.Now);
        var waiting = EvidenceItemTests.LessonPlan(["TS1"]);

        var map = Coverage.Of([accepted, waiting], []);

        var ts1 = map.Single(r => r.Code == "TS1");
        Assert.Equal([accepted.Id], ts1.PortfolioItems);
        Assert.Equal([accepted.Id], ts1.Points.Single(p => p.Code == "TS1b").PortfolioItems);
        Assert.Empty(ts1.Points.Single(p => p.Code == "TS1a").PortfolioItems);
        Assert.Equal(CoverageStrength.Thin, ts1.Strength);
    }

    [Fact]
    public void Shared_records_judging_a_standard_met_count_and_drafts_do_not()
    {
        var observation = Shared(AssessmentRecordTests.Observed());
        var discussion = Shared(RecordContent.Discussion(Today, ["Safeguarding"], null, [AssessmentRecordTests.Met("TS1", "TS1a")]));
        var (_, plan) = Started();
        var draft = AssessmentRecord.Draft(plan, AssessmentRecordTests.Observed(), Schools, Assessor, Later, Today).Record;
        var notYet = Shared(RecordContent.Discussion(Today, ["SEND"], null, [new StandardJudgement("TS5", StandardOutcome.NotYetMet, null, [])]));

        var map = Coverage.Of([], [observation, discussion, draft, notYet]);

        var ts1 = map.Single(r => r.Code == "TS1");
        Assert.Equal([observation.Id], ts1.Observations);
        Assert.Equal([discussion.Id], ts1.Discussions);
        Assert.Equal(CoverageStrength.Good, ts1.Strength);
        Assert.Equal([observation.Id], ts1.Points.Single(p => p.Code == "TS1a").Observations);
        Assert.Empty(map.Single(r => r.Code == "TS5").Discussions);
    }

    [Fact]
    public void Part_two_points_roll_up_to_part_two()
    {
        var item = EvidenceItemTests.LessonPlan(["P2.1a"]);
        item.Accept(EvidenceItemTests.Assessor, EvidenceItemTests.Now);

        var p2 = Coverage.Of([item], []).Single(r => r.Code == "P2");

        Assert.Equal([item.Id], p2.PortfolioItems);
        Assert.Equal([item.Id], p2.Points.Single(p => p.Code == "P2.1a").PortfolioItems);
    }
}
