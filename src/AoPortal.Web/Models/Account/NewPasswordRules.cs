using FluentValidation;

namespace AoPortal.Web.Models.Account;

/// <summary>The shape of a new password, checked before Identity's own rules (length, common passwords).</summary>
public static class NewPasswordRules
{
    public const int MinimumLength = 12;

    public static void NewPassword<T>(this AbstractValidator<T> validator, Func<T, string?> password, Func<T, string?> confirmation, string passwordField, string confirmationField)
    {
        validator.RuleFor(f => password(f)).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Enter a new password")
            .MinimumLength(MinimumLength).WithMessage($"Password must be {MinimumLength} characters or more")
            .MaximumLength(128).WithMessage("Password must be 128 characters or fewer")
            .OverridePropertyName(passwordField);
        validator.RuleFor(f => confirmation(f)).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Confirm your new password")
            .Must((form, value) => value == password(form)).WithMessage("The passwords do not match")
            .OverridePropertyName(confirmationField);
    }
}
