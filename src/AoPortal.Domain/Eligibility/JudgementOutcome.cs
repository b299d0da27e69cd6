namespace AoPortal.Domain.Eligibility;

/// <summary>A provider user's decision on one entry requirement.</summary>
public enum JudgementOutcome
{
    Met,
    NotMet,

    /// <summary>Not met as written, but accepted with a written rationale where the policy allows discretion.</summary>
    Waived,
}
