namespace AoPortal.Domain.Candidates;

/// <summary>The events that move a candidate through the lifecycle.</summary>
public enum CandidateEvent
{
    Submit,
    StartReview,
    Return,
    Accept,
    Reject,
    StartAssessment,
    Defer,
    Reinstate,
    Propose,
    ReturnProposal,
    ConfirmRecommended,
    ConfirmNotRecommended,
    WithdrawDecision,
    AwardQts,
    Withdraw,
}
