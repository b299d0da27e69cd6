using AoPortal.Application.Features.Candidates;

namespace AoPortal.Web.Models.Home;

/// <summary>The home page of provider staff: where every candidate is in the lifecycle, and what their roles let them do.</summary>
public sealed record StaffHomeViewModel(string Name, bool IsAdmin, bool IsAssessor, bool IsModerator, IReadOnlyList<CandidatePipeline.Row> Pipeline)
{
    public int Total => Pipeline.Sum(r => r.Count);
}
