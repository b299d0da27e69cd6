using AoPortal.Application.Abstractions;
using AoPortal.Application.Common;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Recommendations;
using AoPortal.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Application.Features.Recommendations;

/// <summary>
/// What the admin's case-closing forms (TRN, QTS award, withdrawing a decision or the candidate) show about a candidate:
/// their name, status, TRN and version, and the current recommendation. Two queries. Only admins close cases; the
/// controller's policy says so and <see cref="EnsureAdmin"/> says it again where the work is done.
/// </summary>
public static class ClosingCandidate
{
    public sealed record Details(Candidate Candidate, Recommendation? Recommendation, DateTime? WithdrawableUntil, int WithdrawalWindowDays)
    {
        public Guid CandidateId => Candidate.Id;
        public string CandidateName => Candidate.FullName;
    }

    public static void EnsureAdmin(this ICurrentUser user)
    {
        if (!user.IsInRole(PortalRole.Admin)) throw new ForbiddenException("Only an admin can close a candidate's case");
    }

    /// <summary>The candidate, tracked for a change, or a 404.</summary>
    public static async Task<Candidate> CandidateForChangeAsync(this IAppDbContext db, Guid candidateId, Guid expectedVersion, CancellationToken cancellationToken)
    {
        var candidate = await db.Candidates.SingleOrDefaultAsync(c => c.Id == candidateId, cancellationToken)
            ?? throw new NotFoundException("The candidate");
        db.ExpectVersion(candidate, expectedVersion);
        return candidate;
    }

    public sealed class Handler(IAppDbContext db, ICurrentUser currentUser, RecommendationOptions options)
    {
        public async Task<Details> Handle(Guid candidateId, CancellationToken cancellationToken)
        {
            currentUser.EnsureAdmin();
            var candidate = await db.Candidates.AsNoTracking().SingleOrDefaultAsync(c => c.Id == candidateId, cancellationToken)
                ?? throw new NotFoundException("The candidate");
            var recommendation = await db.Recommendations.AsNoTracking().CurrentFor(candidateId).SingleOrDefaultAsync(cancellationToken);
            return new Details(candidate, recommendation, recommendation?.WithdrawableUntil(options.WithdrawalWindowDays), options.WithdrawalWindowDays);
        }
    }
}
