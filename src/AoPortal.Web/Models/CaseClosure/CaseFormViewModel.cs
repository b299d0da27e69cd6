using AoPortal.Application.Features.Recommendations;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Recommendations;

namespace AoPortal.Web.Models.CaseClosure;

/// <summary>One of the admin's case-closing forms: the candidate and their current recommendation, and the form.</summary>
public sealed record CaseFormViewModel<TForm>(ClosingCandidate.Details Details, TForm Form)
{
    public Candidate Candidate => Details.Candidate;

    public Recommendation? Recommendation => Details.Recommendation;

    public string CandidatePath => $"/candidates/{Details.CandidateId}";

    /// <summary>The candidate has a confirmed recommendation for QTS: the award may be recorded once it is exported.</summary>
    public bool CanRecordAward => Candidate.Status == CandidateStatus.Recommended && Recommendation is { Status: RecommendationStatus.Confirmed };

    /// <summary>The candidate has a confirmed decision, which the domain may still allow withdrawing.</summary>
    public bool HasConfirmedDecision =>
        CandidateLifecycle.Allows(Candidate.Status, CandidateEvent.WithdrawDecision) && Recommendation is { Status: RecommendationStatus.Confirmed };

    /// <summary>The confirmed decision can no longer be withdrawn here, and why; null while it can.</summary>
    public string? DecisionWithdrawalBlockedBecause(DateTime now) =>
        Recommendation switch
        {
            { IsExported: true } => "This recommendation has been exported to Register, so it can no longer be withdrawn here.",
            _ when Details.WithdrawableUntil < now =>
                $"The window for withdrawing this decision closed on {Web.Infrastructure.UkTime.DateTime(Details.WithdrawableUntil!.Value)}.",
            _ => null,
        };

    /// <summary>The candidate may be withdrawn from the route: every status the lifecycle allows it from.</summary>
    public bool CanWithdrawCandidate => CandidateLifecycle.Allows(Candidate.Status, CandidateEvent.Withdraw);
}
