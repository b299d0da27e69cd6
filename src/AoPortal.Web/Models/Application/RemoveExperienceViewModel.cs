using AoPortal.Domain.Applications;

namespace AoPortal.Web.Models.Application;

public sealed record RemoveExperienceViewModel(ExperienceEntry Post)
{
    public string Action => ApplicationPaths.RemoveExperience(Post.Id);
}
