using AoPortal.Application.Abstractions;
using AoPortal.Application.Common;
using AoPortal.Application.Features.Eligibility;
using AoPortal.Domain.Candidates;
using FluentValidation;

namespace AoPortal.Application.Features.Applications;

/// <summary>The candidate confirms or changes the age range and subjects they will be assessed for.</summary>
public static class SaveIntendedAssessment
{
    public sealed class Command : IAgeRangeAndSubjects
    {
        public string? AgeRange { get; set; }

        /// <summary>One or more subjects, separated by commas.</summary>
        public string? Subjects { get; set; }

        public IReadOnlyList<string> SubjectList => IAgeRangeAndSubjects.SplitSubjects(Subjects);

        public static Command From(Candidate candidate) =>
            new() { AgeRange = candidate.IntendedAgeRange?.Code, Subjects = string.Join(", ", candidate.Subjects) };
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            this.AgeRangeAndSubjects("Select the age range you want to be assessed for", "Enter the subject you teach");
        }
    }

    public sealed class Handler(IAppDbContext db, ICurrentUser currentUser)
    {
        /// <summary>
        /// Saves a range the current policy offers, or the candidate's own current range, which stays theirs to confirm
        /// when a later policy stops offering it.
        /// </summary>
        public async Task Handle(Command c, CancellationToken cancellationToken)
        {
            var candidate = await OwnApplication.LoadAsync(db, currentUser, cancellationToken);
            await AgeRangeChoices.EnsureOfferedAsync(db, c.AgeRange, candidate.IntendedAgeRange, nameof(Command.AgeRange), cancellationToken);
            candidate.SaveIntendedAssessment(AgeRange.Parse(c.AgeRange!), c.SubjectList);
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
