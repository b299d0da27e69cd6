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
        if (user.IsInRole(PortalRole.SchoolLead) && user.SchoolId is { } schoolId)
            return candidates.Where(c => c.EmployingSchoolId == schoolId);
        if (user.IsInRole(PortalRole.Candidate) && user.UserId is { } userId)
            return candidates.Where(c => c.UserId == userId);
        return candidates.Where(_ => false);
    }
}
