using AoPortal.Application.Abstractions;
using AoPortal.Application.Common;
using AoPortal.Domain.Candidates;
using FluentValidation;

namespace AoPortal.Application.Features.Applications;

/// <summary>The candidate confirms or changes the age range and subjects they will be assessed for.</summary>
public static class SaveIntendedAssessment
{
    public sealed class Command
    {
        public string? AgeRange { get; set; }

        /// <summary>One or more subjects, separated by commas.</summary>
        public string? Subjects { get; set; }

        public IReadOnlyList<string> SubjectList =>
            (Subjects ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

        public static Command From(Candidate candidate) =>
            new() { AgeRange = candidate.IntendedAgeRange.Code, Subjects = string.Join(", ", candidate.Subjects) };
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.AgeRange).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Select the age range you want to be assessed for")
                .Must(code => Domain.Candidates.AgeRange.TryParse(code, out _)).WithMessage("Select an age range from the list");
            When(c => Domain.Candidates.AgeRange.TryParse(c.AgeRange, out var range) && range.NeedsSubject, () =>
                RuleFor(c => c.SubjectList).NotEmpty()
                    .OverridePropertyName(nameof(Command.Subjects)).WithMessage("Enter the subject you teach"));
            RuleFor(c => c.SubjectList).Must(s => s.Distinct(StringComparer.OrdinalIgnoreCase).Count() <= Candidate.MaxSubjects)
                .OverridePropertyName(nameof(Command.Subjects)).WithMessage($"Enter no more than {Candidate.MaxSubjects} subjects");
        }
    }

    public sealed class Handler(IAppDbContext db, ICurrentUser currentUser)
    {
        public Task Handle(Command c, CancellationToken cancellationToken) =>
            OwnApplication.ChangeAsync(db, currentUser,
                candidate => candidate.SaveIntendedAssessment(AgeRange.Parse(c.AgeRange!), c.SubjectList), cancellationToken);
    }
}
