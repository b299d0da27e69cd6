using System.Text.Json;
using AoPortal.Domain.Assessments;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Common;
using AoPortal.Domain.Evidence;

namespace AoPortal.Domain.Recommendations;

/// <summary>
/// The decision as it stood when the moderator confirmed it: the judgements, the observations, discussions and accepted
/// portfolio items (with the SHA-256 of every file) it rests on, the people and the dates. Stored as JSON on the
/// recommendation and never rewritten, so later amendments or new versions elsewhere do not change what was decided.
/// </summary>
public sealed record DecisionSnapshot(
    Guid CandidateId,
    string CandidateName,
    string? Trn,
    RecommendationOutcome Outcome,
    DateOnly? RequirementsMetOn,
    string? AgeRange,
    IReadOnlyList<string> Subjects,
    string? Strengths,
    string? InductionTargets,
    DateOnly AssessmentStart,
    IReadOnlyList<DecisionSnapshot.Judgement> Judgements,
    IReadOnlyList<DecisionSnapshot.Record> Records,
    IReadOnlyList<DecisionSnapshot.Item> Evidence,
    string? AssessorName,
    string ProposedByName,
    DateTime ProposedAt,
    string ModeratorName,
    DateTime ConfirmedAt)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    public sealed record Judgement(string Code, StandardOutcome Outcome, string Rationale, IReadOnlyList<Guid> CitedRecords, IReadOnlyList<Guid> CitedEvidence);

    public sealed record Standard(string Code, StandardOutcome Outcome);

    /// <summary>A shared observation or discussion as it read at confirmation, amendments included.</summary>
    public sealed record Record(
        Guid Id, RecordKind Kind, DateOnly Date, string? School, string? YearGroup, string? Subject, string RecordedByName, DateTime? SharedAt,
        int Amendments, IReadOnlyList<Standard> Standards);

    public sealed record File(string FileName, long Size, string Sha256);

    /// <summary>An accepted portfolio item, at its latest version.</summary>
    public sealed record Item(Guid Id, string Title, EvidenceKind Kind, int Version, IReadOnlyList<string> Standards, IReadOnlyList<File> Files);

    public static DecisionSnapshot Take(
        Candidate candidate, Recommendation recommendation, AssessmentPlan plan, IEnumerable<AssessmentRecord> records, IEnumerable<EvidenceItem> evidence,
        Actor moderator, DateTime now) =>
        new(
            candidate.Id,
            candidate.FullName,
            candidate.Trn,
            recommendation.Outcome ?? throw new DomainRuleException("There is no proposal to confirm"),
            recommendation.RequirementsMetOn,
            recommendation.AgeRange?.ToString(),
            recommendation.Subjects.ToList(),
            recommendation.Strengths,
            recommendation.InductionTargets,
            plan.StartDate,
            recommendation.Judgements.Select(j => new Judgement(j.Code, j.Outcome, j.Rationale, j.CitedRecordIds, j.CitedEvidenceIds)).ToList(),
            records.Where(r => r.CandidateId == candidate.Id && r.Status == RecordStatus.Shared)
                .OrderBy(r => r.Content.Date).ThenBy(r => r.RecordedAt)
                .Select(r => new Record(r.Id, r.Kind, r.Content.Date, r.Content.Lesson?.School, r.Content.Lesson?.YearGroup.DisplayName(),
                    r.Content.Lesson?.Subject, r.RecordedByName, r.SharedAt, r.Amendments.Count,
                    r.Content.Standards.Select(s => new Standard(s.Code, s.Outcome)).ToList()))
                .ToList(),
            evidence.Where(i => i.CandidateId == candidate.Id && i.Status == EvidenceStatus.Accepted)
                .OrderBy(i => i.Date).ThenBy(i => i.Title, StringComparer.Ordinal)
                .Select(i => new Item(i.Id, i.Title, i.Kind, i.Latest.Number, i.StandardList.ToList(),
                    i.Latest.Files.Select(f => new File(f.FileName, f.Size, f.Sha256)).ToList()))
                .ToList(),
            candidate.AssessorName,
            recommendation.ProposedByName ?? "",
            recommendation.ProposedAt ?? now,
            moderator.Name,
            now);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static DecisionSnapshot FromJson(string json) =>
        JsonSerializer.Deserialize<DecisionSnapshot>(json, Json) ?? throw new InvalidOperationException("The decision snapshot is empty.");
}
