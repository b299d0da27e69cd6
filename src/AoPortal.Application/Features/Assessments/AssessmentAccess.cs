using AoPortal.Application.Abstractions;
using AoPortal.Application.Common;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Users;

namespace AoPortal.Application.Features.Assessments;

/// <summary>
/// Who may record or change a candidate's assessment: their allocated assessor, a moderator or an admin. Everyone who may
/// see the candidate may read what is shared; only these may write.
/// </summary>
public static class AssessmentAccess
{
    public static bool CanManage(this ICurrentUser user, Candidate candidate) =>
        user.IsInRole(PortalRole.Admin) || user.IsInRole(PortalRole.Moderator)
        || (user.IsInRole(PortalRole.Assessor) && user.UserId is { } id && candidate.AssessorId == id);

    public static void EnsureCanManage(this ICurrentUser user, Candidate candidate)
    {
        if (!user.CanManage(candidate))
            throw new ForbiddenException("Only the candidate's assessor, a moderator or an admin can change the assessment");
    }
}
