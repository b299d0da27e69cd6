using AoPortal.Application.Abstractions;
using AoPortal.Application.Common;
using AoPortal.Application.Features.Candidates;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Eligibility;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Application.Features.Eligibility;

/// <summary>Where a candidate stands against each entry requirement under the provider's current policy. Two queries.</summary>
public static class GetEligibility
{
    /// <summary>
    /// The computed results beside the provider's judgements. Safeguarding details are left out: only whether they are
    /// recorded (<see cref="SafeguardingRecorded"/>); admins and moderators read them through <see cref="Review.GetSafeguarding"/>.
    /// </summary>
    public sealed record Result(
        Guid CandidateId,
        string CandidateName,
        CandidateStatus Status,
        EligibilityPolicy Policy,
        IReadOnlyList<RequirementResult> Requirements,
        IReadOnlyList<RequirementJudgement> Judgements,
        bool SafeguardingRecorded,
        SchoolSupportConfirmation? SchoolSupport,
        string? DecisionReason)
    {
        public RequirementJudgement? JudgementOf(EligibilityRequirement requirement) => Judgements.FirstOrDefault(j => j.Requirement == requirement);

        public bool UnderReview => Status is CandidateStatus.Submitted or CandidateStatus.EligibilityReview;
    }

    public sealed class Handler(IAppDbContext db, ICurrentUser currentUser, TimeProvider clock)
    {
        public async Task<Result> Handle(Guid candidateId, CancellationToken cancellationToken)
        {
            var candidate = await db.Candidates.AsNoTracking().Where(c => c.Id == candidateId).VisibleTo(currentUser)
                .SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("The candidate");
            var policy = await CurrentPolicy.LoadAsync(db, cancellationToken);
            var today = UkDate.Today(clock);
            var review = candidate.Review;
            return new Result(candidate.Id, candidate.FullName, candidate.Status, policy, EligibilityEvaluator.Evaluate(candidate, policy, today),
                review.Judgements, review.Safeguarding is not null, review.SchoolSupport, review.DecisionReason);
        }
    }
}
