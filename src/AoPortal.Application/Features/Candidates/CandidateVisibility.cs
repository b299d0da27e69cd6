using AoPortal.Application.Abstractions;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Users;

namespace AoPortal.Application.Features.Candidates;

/// <summary>
/// The one place that says whose candidate records a person may see: provider staff all of them,
/// a school lead their own school's staff, a candidate only their own. Everyone else none.
/// </summary>
public static class CandidateVisibility
{
    public static IQueryable<Candidate> VisibleTo(this IQueryable<Candidate> candidates, ICurrentUser user)
    {
        if (user.IsProviderStaff()) return candidates;
        if (LedSchool(user) is { } schoolId) return candidates.Where(c => c.EmployingSchoolId == schoolId);
        if (OwnAccount(user) is { } userId) return candidates.Where(c => c.UserId == userId);
        return candidates.Where(_ => false);
    }

    /// <summary>
    /// The same rule for one candidate already read, by their school and account: for a query compiled once
    /// (<see cref="Microsoft.EntityFrameworkCore.EF.CompileAsyncQuery{TContext, TParam1, TResult}(System.Linq.Expressions.Expression{Func{TContext, TParam1, CancellationToken, TResult}})"/>),
    /// which cannot be composed with <see cref="VisibleTo"/> as each user's query is.
    /// </summary>
    public static bool MaySee(this ICurrentUser user, Guid? employingSchoolId, Guid candidateUserId)
    {
        if (user.IsProviderStaff()) return true;
        if (LedSchool(user) is { } schoolId) return employingSchoolId == schoolId;
        if (OwnAccount(user) is { } userId) return candidateUserId == userId;
        return false;
    }

    private static Guid? LedSchool(ICurrentUser user) => user.IsInRole(PortalRole.SchoolLead) ? user.SchoolId : null;

    private static Guid? OwnAccount(ICurrentUser user) => user.IsInRole(PortalRole.Candidate) ? user.UserId : null;
}
