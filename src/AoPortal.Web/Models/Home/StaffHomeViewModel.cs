using AoPortal.Application.Features.Candidates;
using AoPortal.Application.Features.Home;

namespace AoPortal.Web.Models.Home;

/// <summary>The home page of provider staff: what needs them today, where every candidate is in the lifecycle, and what their roles let them do.</summary>
public sealed record StaffHomeViewModel(string Name, bool IsAdmin, bool IsAssessor, bool IsModerator, StaffDashboard.Result Dashboard)
{
    /// <summary>How many of the caseload the home page shows; the caseload page has them all.</summary>
    public const int CaseloadShown = 5;

    public IReadOnlyList<CandidatePipeline.Row> Pipeline => Dashboard.Pipeline;

    public int Total => Pipeline.Sum(r => r.Count);
}
