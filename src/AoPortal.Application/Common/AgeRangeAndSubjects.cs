using AoPortal.Domain.Candidates;
using FluentValidation;

namespace AoPortal.Application.Common;

/// <summary>A form that asks for an age range and, for ranges past 11, the subjects: one box, separated by commas.</summary>
public interface IAgeRangeAndSubjects
{
    string? AgeRange { get; }
    string? Subjects { get; }

    IReadOnlyList<string> SubjectList { get; }

    /// <summary>The subjects typed into one box, separated by commas; blanks dropped.</summary>
    static IReadOnlyList<string> SplitSubjects(string? subjects) =>
        (subjects ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>The rules every age-range-and-subjects form shares; each form words the two "missing" messages for its reader.</summary>
public static class AgeRangeAndSubjectsRules
{
    public static void AgeRangeAndSubjects<T>(this AbstractValidator<T> validator, string selectRange, string enterSubject)
        where T : IAgeRangeAndSubjects
    {
        validator.RuleFor(c => c.AgeRange).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(selectRange)
            .Must(code => AgeRange.TryParse(code, out _)).WithMessage("Select an age range from the list");
        validator.When(c => AgeRange.TryParse(c.AgeRange, out var range) && range.NeedsSubject, () =>
            validator.RuleFor(c => c.SubjectList).NotEmpty()
                .OverridePropertyName(nameof(IAgeRangeAndSubjects.Subjects)).WithMessage(enterSubject));
        validator.RuleFor(c => c.SubjectList).Must(s => s.Distinct(StringComparer.OrdinalIgnoreCase).Count() <= AssessedSubjects.Max)
            .OverridePropertyName(nameof(IAgeRangeAndSubjects.Subjects)).WithMessage($"Enter no more than {AssessedSubjects.Max} subjects");
        validator.RuleFor(c => c.SubjectList).Must(s => s.All(subject => subject.Length <= 100))
            .OverridePropertyName(nameof(IAgeRangeAndSubjects.Subjects)).WithMessage("Each subject must be 100 characters or fewer");
    }
}
