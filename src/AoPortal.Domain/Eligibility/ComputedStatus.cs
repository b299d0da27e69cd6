namespace AoPortal.Domain.Eligibility;

/// <summary>What the application itself shows about a requirement, before a provider user judges it.</summary>
public enum ComputedStatus
{
    Met,
    NotMet,

    /// <summary>Only the provider can tell: an equivalent qualification, a check they make, a declared condition.</summary>
    NeedsReview,

    NotApplicable,
}
