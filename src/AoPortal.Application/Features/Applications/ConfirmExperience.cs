using AoPortal.Application.Abstractions;

namespace AoPortal.Application.Features.Applications;

/// <summary>The candidate says every post they want counted is listed.</summary>
public static class ConfirmExperience
{
    public sealed class Handler(IAppDbContext db, ICurrentUser currentUser)
    {
        public Task Handle(CancellationToken cancellationToken) =>
            OwnApplication.ChangeAsync(db, currentUser, candidate => candidate.ConfirmExperienceComplete(), cancellationToken);
    }
}
