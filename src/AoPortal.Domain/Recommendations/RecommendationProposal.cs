using AoPortal.Domain.Candidates;

namespace AoPortal.Domain.Recommendations;

/// <summary>
/// What the assessor proposes. For QTS: the date the requirements were met, the age range and subjects, and for the
/// hand-over to the employing school the strengths and the targets for induction. Not recommended needs none of these:
/// its reasons are the rationales of the standards not yet met.
/// </summary>
public sealed record RecommendationProposal(
    RecommendationOutcome Outcome,
    DateOnly? RequirementsMetOn,
    AgeRange? AgeRange,
    IReadOnlyList<string> Subjects,
    string? Strengths,
    string? InductionTargets);

/// <summary>A moderator's return of a proposal to the assessor, with what to change.</summary>
public sealed record ModerationReturn(Guid? ById, string ByName, DateTime At, string Comments);
