using AoPortal.Domain.Assessments;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Common;
using AoPortal.Domain.Evidence;
using AoPortal.Domain.Recommendations;
using static AoPortal.Domain.Tests.Recommendations.RecommendedCandidate;

namespace AoPortal.Domain.Tests.Recommendations;

/// <summary>A candidate, their plan, records, evidence and recommendation, made by <see cref="RecommendedCandidate"/>, with the next steps.</summary>
public sealed class RecommendationCase(
    Candidate candidate, AssessmentPlan plan, List<AssessmentRecord> records, List<EvidenceItem> evidence, Recommendation recommendation)
{
    public Candidate Candidate { get; } = candidate;
    public AssessmentPlan Plan { get; } = plan;
    public List<AssessmentRecord> Records { get; } = records;
    public List<EvidenceItem> Evidence { get; } = evidence;
    public Recommendation Recommendation { get; private set; } = recommendation;

    public AssessmentRecord FirstObservation => Records[0];
    public AssessmentRecord SecondObservation => Records[1];
    public AssessmentRecord Discussion => Records[2];
    public EvidenceItem LessonPlan => Evidence[0];

    public ObservationCoverage Coverage => ObservationCoverage.Of(Plan.AgeRange, Records);

    /// <summary>What a final judgement may cite: the shared records and the accepted evidence.</summary>
    public IReadOnlySet<Guid> Citable =>
        Records.Where(r => r.Status == RecordStatus.Shared).Select(r => r.Id)
            .Concat(Evidence.Where(e => e.Status == EvidenceStatus.Accepted).Select(e => e.Id))
            .ToHashSet();

    /// <summary>Records every standard's final judgement, met unless named, citing the first observation and the lesson plan.</summary>
    public RecommendationCase JudgeAll(params string[] notMet)
    {
        foreach (var code in Codes)
            Candidate.RecordFinalJudgement(Recommendation, new FinalJudgement(code, notMet.Contains(code) ? StandardOutcome.NotYetMet : StandardOutcome.Met,
                $"Rationale for {code}", [FirstObservation.Id], [LessonPlan.Id]), Citable, Assessor, Now);
        return this;
    }

    public IReadOnlyList<AuditEntry> Propose(RecommendationProposal? proposal = null, Actor? by = null, DateOnly? today = null) =>
        Candidate.ProposeOutcome(Recommendation, proposal ?? QtsProposal(), Plan, Records, by ?? Assessor, Now, today ?? Today);

    public IReadOnlyList<AuditEntry> Confirm(Actor? by = null, DateTime? at = null) =>
        Candidate.ConfirmOutcome(Recommendation, Plan, Records, Evidence, by ?? Moderator, at ?? Now.AddHours(2));

    public RecommendationCase Proposed(RecommendationProposal? proposal = null, Actor? by = null)
    {
        Propose(proposal, by);
        return this;
    }

    public RecommendationCase NotRecommendedProposed(string notMet = "TS3")
    {
        JudgeAll(notMet);
        Propose(NotRecommendedProposal());
        return this;
    }

    public RecommendationCase Confirmed(Actor? by = null)
    {
        Confirm(by);
        return this;
    }

    public RegisterExport Exported(int number = 1) =>
        RegisterExport.Create(number, [(Candidate, Recommendation)], Admin, Now.AddDays(1)).Export;

    /// <summary>A fresh recommendation, as after a withdrawal: the assessor starts the judgements again.</summary>
    public RecommendationCase Restarted()
    {
        Recommendation = Recommendation.Start(Candidate.Id, Now.AddDays(2));
        return this;
    }
}
