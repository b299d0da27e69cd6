using AoPortal.Application.Abstractions;
using AoPortal.Application.Common;
using AoPortal.Application.Features.Candidates;
using AoPortal.Domain.Applications;
using AoPortal.Domain.Candidates;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Application.Features.Applications;

/// <summary>An application as its pages show it: the answers, each section's status and the school's name. Two queries.</summary>
public static class GetApplication
{
    public sealed record Result(Candidate Candidate, string? SchoolName)
    {
        public string School => SchoolNames.Describe(SchoolName, Candidate.Application.RequestedSchoolName);

        public CandidateApplication Application => Candidate.Application;

        public bool CanChange => Candidate.ApplicationCanChange;

        public IReadOnlyList<(ApplicationSection Section, SectionStatus Status)> Sections =>
            Enum.GetValues<ApplicationSection>().Select(s => (s, ApplicationProgress.StatusOf(Candidate, s))).ToList();

        public int CompletedCount => Sections.Count(s => s.Status == SectionStatus.Completed);

        public IReadOnlyList<GcseSubject> RequiredGcses => ApplicationProgress.RequiredGcses(Candidate.IntendedAgeRange);
    }

    public sealed class Handler(IAppDbContext db, ICurrentUser currentUser)
    {
        /// <summary>The signed-in candidate's own application.</summary>
        public Task<Result> Mine(CancellationToken cancellationToken) =>
            Load(db.Candidates.Where(c => c.UserId == (currentUser.UserId ?? Guid.Empty)), cancellationToken);

        /// <summary>A candidate's application, for someone allowed to see the candidate.</summary>
        public Task<Result> ById(Guid candidateId, CancellationToken cancellationToken) =>
            Load(db.Candidates.Where(c => c.Id == candidateId).VisibleTo(currentUser), cancellationToken);

        private async Task<Result> Load(IQueryable<Candidate> which, CancellationToken cancellationToken)
        {
            var candidate = await which.AsNoTracking().SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("The application");
            var schoolName = await db.Schools.AsNoTracking().Where(s => s.Id == candidate.EmployingSchoolId).Select(s => s.Name).SingleOrDefaultAsync(cancellationToken);
            return new Result(candidate, schoolName);
        }
    }
}
