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
        this.AgeRangeAndSubjects("Select the age range the candidate will be assessed for", "Enter the subject the candidate teaches");
    }
}
