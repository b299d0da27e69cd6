namespace AoPortal.Domain.Eligibility;

/// <summary>One requirement's computed status and the reason for it, in words.</summary>
public sealed record RequirementResult(EligibilityRequirement Requirement, ComputedStatus Status, string Reason);
