using AoPortal.Application.Features.Applications;
using AoPortal.Domain.Applications;

namespace AoPortal.Web.Models.Application;

/// <summary>The candidate's posts, and the full-responsibility teaching they add up to, each day counted once.</summary>
public sealed record ExperienceListViewModel(GetApplication.Result Application, TeachingTime FullResponsibilityTime)
{
    public IReadOnlyList<ExperienceEntry> Posts => Application.Application.Experience;
}
