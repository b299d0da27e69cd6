using FluentValidation;

namespace AoPortal.Application.Common;

/// <summary>Rules more than one form shares, with their GOV.UK-style messages.</summary>
public static class ValidationRules
{
    // Deliberately loose, like GOV.UK's own check: something@something.something, no spaces.
    private const string EmailPattern = @"^[^@\s]+@[^@\s]+\.[^@\s]+$";

    public static IRuleBuilderOptions<T, string?> ValidEmail<T>(this IRuleBuilderInitial<T, string?> rule) =>
        rule.Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Enter an email address")
            .MaximumLength(256).WithMessage("Email address must be 256 characters or fewer")
            .Matches(EmailPattern).WithMessage("Enter an email address in the correct format, like name@example.com");

    public static IRuleBuilderOptions<T, string?> RequiredText<T>(this IRuleBuilderInitial<T, string?> rule, string missing, string what, int maxLength) =>
        rule.Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(missing)
            .MaximumLength(maxLength).WithMessage($"{what} must be {maxLength} characters or fewer");
}
