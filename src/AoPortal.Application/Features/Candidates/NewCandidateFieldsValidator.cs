using AoPortal.Application.Common;
using AoPortal.Domain.Candidates;
using FluentValidation;

namespace AoPortal.Application.Features.Candidates;

/// <summary>
/// The rules and GOV.UK messages for a new candidate's details, included by each form that creates one
/// (<see cref="CreateCandidate.Validator"/>, <see cref="NominateStaff.Validator"/>).
/// </summary>
public sealed class NewCandidateFieldsValidator : AbstractValidator<INewCandidateFields>
{
    public NewCandidateFieldsValidator()
    {
        RuleFor(c => c.FirstNames).RequiredText("Enter the candidate's first names", "First names", 100);
        RuleFor(c => c.LastName).RequiredText("Enter the candidate's last name", "Last name", 100);
        RuleFor(c => c.Email).ValidEmail();
        RuleFor(c => c.AgeRange).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Select the age range the candidate will be assessed for")
            .Must(code => Domain.Candidates.AgeRange.TryParse(code, out _)).WithMessage("Select an age range from the list");
        When(c => Domain.Candidates.AgeRange.TryParse(c.AgeRange, out var range) && range.NeedsSubject, () =>
            RuleFor(c => c.SubjectList).NotEmpty()
                .OverridePropertyName(nameof(INewCandidateFields.Subjects)).WithMessage("Enter the subject the candidate teaches"));
        RuleFor(c => c.SubjectList).Must(s => s.Distinct(StringComparer.OrdinalIgnoreCase).Count() <= Candidate.MaxSubjects)
            .OverridePropertyName(nameof(INewCandidateFields.Subjects)).WithMessage($"Enter no more than {Candidate.MaxSubjects} subjects");
        RuleFor(c => c.SubjectList).Must(s => s.All(subject => subject.Length <= 100))
            .OverridePropertyName(nameof(INewCandidateFields.Subjects)).WithMessage("Each subject must be 100 characters or fewer");
    }
}
