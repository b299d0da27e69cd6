using AoPortal.Application.Common;
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

    /// <summary>
    /// A date a person says has happened, in GOV.UK's wording: "Enter the start date", "The start date must be a real date",
    /// "The start date must be today or in the past", "The start date must be in 1950 or later".
    /// </summary>
    public static IRuleBuilderOptions<T, DateParts> PastDate<T>(this IRuleBuilderInitial<T, DateParts> rule, string what, TimeProvider clock) =>
        rule.Cascade(CascadeMode.Stop)
            .Must(d => d.IsComplete).WithMessage(d => $"Enter {what.ToLowerInvariant()}")
            .Must(d => d.AsDate is not null).WithMessage($"{Sentence(what)} must be a real date")
            .Must(d => d.AsDate >= Domain.Applications.ApplicationDates.Earliest).WithMessage($"{Sentence(what)} must be in 1950 or later")
            .Must(d => d.AsDate <= UkDate.Today(clock)).WithMessage($"{Sentence(what)} must be today or in the past");

    /// <summary>A date that may be past or future: "Enter the start date", "The start date must be a real date".</summary>
    public static IRuleBuilderOptions<T, DateParts> RealDate<T>(this IRuleBuilderInitial<T, DateParts> rule, string what) =>
        rule.Cascade(CascadeMode.Stop)
            .Must(d => d.IsComplete).WithMessage(d => $"Enter {what.ToLowerInvariant()}")
            .Must(d => d.AsDate is not null).WithMessage($"{Sentence(what)} must be a real date");

    /// <summary>A four-digit year that has happened: "Enter the year ...", "... must be a real year", "... must be this year or earlier".</summary>
    public static IRuleBuilderOptions<T, string?> PastYear<T>(this IRuleBuilderInitial<T, string?> rule, string what, TimeProvider clock) =>
        rule.Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage($"Enter {what.ToLowerInvariant()}")
            .Must(y => int.TryParse(y, out var year) && y!.Trim().Length == 4).WithMessage($"{Sentence(what)} must be a 4-digit year, like 2012")
            .Must(y => int.Parse(y!) >= 1950).WithMessage($"{Sentence(what)} must be 1950 or later")
            .Must(y => int.Parse(y!) <= UkDate.Today(clock).Year).WithMessage($"{Sentence(what)} must be this year or earlier");

    private static string Sentence(string what) => char.ToUpperInvariant(what[0]) + what[1..];
}
