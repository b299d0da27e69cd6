using AoPortal.Application.Abstractions;

namespace AoPortal.Application.Features.Applications;

public static class RemoveExperience
{
    public sealed class Handler(IAppDbContext db, ICurrentUser currentUser)
    {
        public Task Handle(Guid entryId, CancellationToken cancellationToken) =>
            OwnApplication.ChangeAsync(db, currentUser, candidate => candidate.RemoveExperience(entryId), cancellationToken);
    }
}
