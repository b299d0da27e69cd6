using AoPortal.Domain.Common;

namespace AoPortal.Domain.Candidates;

/// <summary>
/// The one table of allowed moves: for each event, the statuses it may start from and the status it leads to.
/// Anything else is refused with a sentence a person can read.
/// </summary>
public static class CandidateLifecycle
{
    private static readonly Dictionary<CandidateEvent, (CandidateStatus[] From, CandidateStatus To, string Action)> Moves = new()
    {
        [CandidateEvent.Submit] = ([CandidateStatus.ApplicationDraft], CandidateStatus.Submitted, "Application submitted"),
        [CandidateEvent.StartReview] = ([CandidateStatus.Submitted], CandidateStatus.EligibilityReview, "Eligibility review started"),
        [CandidateEvent.Return] = ([CandidateStatus.Submitted, CandidateStatus.EligibilityReview], CandidateStatus.ApplicationDraft, "Application returned to the candidate"),
        [CandidateEvent.Accept] = ([CandidateStatus.Submitted, CandidateStatus.EligibilityReview], CandidateStatus.Accepted, "Application accepted"),
        [CandidateEvent.Reject] = ([CandidateStatus.Submitted, CandidateStatus.EligibilityReview], CandidateStatus.Rejected, "Application rejected"),
        [CandidateEvent.StartAssessment] = ([CandidateStatus.Accepted], CandidateStatus.InAssessment, "Assessment started"),
        [CandidateEvent.Defer] = ([CandidateStatus.InAssessment], CandidateStatus.Deferred, "Assessment deferred"),
        [CandidateEvent.Reinstate] = ([CandidateStatus.Deferred], CandidateStatus.InAssessment, "Assessment reinstated"),
        [CandidateEvent.Propose] = ([CandidateStatus.InAssessment], CandidateStatus.RecommendationPending, "Outcome proposed"),
        [CandidateEvent.ReturnProposal] = ([CandidateStatus.RecommendationPending], CandidateStatus.InAssessment, "Proposal returned by moderation"),
        [CandidateEvent.ConfirmRecommended] = ([CandidateStatus.RecommendationPending], CandidateStatus.Recommended, "Recommendation for QTS confirmed"),
        [CandidateEvent.ConfirmNotRecommended] = ([CandidateStatus.RecommendationPending], CandidateStatus.NotRecommended, "Not recommended: confirmed"),
        [CandidateEvent.WithdrawDecision] = ([CandidateStatus.Recommended, CandidateStatus.NotRecommended], CandidateStatus.InAssessment, "Confirmed decision withdrawn"),
        [CandidateEvent.AwardQts] = ([CandidateStatus.Recommended], CandidateStatus.QtsAwarded, "QTS awarded"),
        [CandidateEvent.Withdraw] = (
            [CandidateStatus.ApplicationDraft, CandidateStatus.Submitted, CandidateStatus.EligibilityReview, CandidateStatus.Accepted, CandidateStatus.InAssessment,
             CandidateStatus.Deferred, CandidateStatus.RecommendationPending, CandidateStatus.NotRecommended],
            CandidateStatus.Withdrawn, "Candidate withdrawn"),
    };

    public static bool Allows(CandidateStatus from, CandidateEvent @event) => Moves[@event].From.Contains(from);

    /// <summary>Refuses, in words, an event the lifecycle does not allow from <paramref name="from"/>.</summary>
    public static void EnsureAllowed(CandidateStatus from, CandidateEvent @event)
    {
        if (!Allows(from, @event))
            throw new DomainRuleException($"{Moves[@event].Action} is not possible while the candidate's status is {Text.LowerFirst(from.DisplayName())}");
    }

    /// <summary>The status the event leads to from <paramref name="from"/>, and the words the audit trail uses for it.</summary>
    public static (CandidateStatus To, string Action) Move(CandidateStatus from, CandidateEvent @event)
    {
        EnsureAllowed(from, @event);
        var move = Moves[@event];
        return (move.To, move.Action);
    }
}
