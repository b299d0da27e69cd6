using AoPortal.Domain.Assessments;
using AoPortal.Domain.Evidence;
using AoPortal.Domain.Tests.Assessments;
using static AoPortal.Domain.Tests.Assessments.AssessedCandidate;

namespace AoPortal.Domain.Tests.Evidence;

/// <summary>The judged standards evidenced, read from codes alone, agree with the coverage map read from whole items and records.</summary>
public class EvidencedStandardsTests
{
    private static readonly DateOnly Today = new(2026, 10, 5);

    private static AssessmentRecord Shared(params StandardJudgement[] judgements)
    {
        var (_, plan) = Started();
        var content = RecordContent.Discussion(Today, ["Safeguarding"], null, judgements);
        var (record, _) = AssessmentRecord.Draft(plan, content, ["Riverside Academy"], Assessor, Now, Today);
        record.Share(Assessor, Now);
        return record;
    }

    private static EvidenceItem Accepted(params string[] standards)
    {
        var item = EvidenceItemTests.LessonPlan(standards);
        item.Accept(EvidenceItemTests.Assessor, EvidenceItemTests.Now);
        return item;
    }

    [Fact]
    public void Points_count_for_their_standard_and_only_judgements_of_met_count()
    {
        EvidenceItem[] items = [Accepted("TS1b", "TS4"), Accepted("P2.1a")];
        AssessmentRecord[] records = [Shared(AssessmentRecordTests.Met("TS2"), new StandardJudgement("TS5", StandardOutcome.NotYetMet, null, []))];

        var evidenced = StandardsCoverage.Evidenced(items.Select(i => i.Standards), records.SelectMany(r => r.Content.Standards));

        Assert.Equal(["TS1", "TS2", "TS4", "P2"], evidenced);
        Assert.Equal(Coverage.Of(items, records).Where(r => r.Strength != CoverageStrength.None).Select(r => r.Code), evidenced);
    }

    [Fact]
    public void Nothing_accepted_or_shared_evidences_nothing()
    {
        Assert.Empty(StandardsCoverage.Evidenced([], []));
    }
}
