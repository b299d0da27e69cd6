using AoPortal.Application.Common;
using FluentValidation;

namespace AoPortal.Application.Features.Reports;

/// <summary>
/// The date range every report is filtered by: GOV.UK date inputs for the first and last day, both inclusive, in UK time.
/// Left empty, the range is the 12 calendar months to today: from the first of the month 11 months ago to today.
/// </summary>
public static class ReportPeriod
{
    /// <summary>The filter as typed in the query string (?From.Day=1&amp;From.Month=12&amp;From.Year=2025&amp;To.Day=...).</summary>
    public sealed class Form
    {
        public DateParts From { get; set; } = new();
        public DateParts To { get; set; } = new();

        /// <summary>Nothing typed at all: the default range applies.</summary>
        public bool IsEmpty => From.IsEmpty && To.IsEmpty;

        /// <summary>The range the form gives, or the default when it is empty. Call only once the form is valid.</summary>
        public ReportRange RangeOr(ReportRange fallback) =>
            IsEmpty ? fallback : new ReportRange(From.AsDate!.Value, To.AsDate!.Value);
    }

    /// <summary>The longest range, which keeps a page of monthly rows to a readable length.</summary>
    public const int MaxYears = 20;

    /// <summary>Real dates, the start no later than the end, at most <see cref="MaxYears"/> apart; both empty means the default range.</summary>
    public sealed class Validator : AbstractValidator<Form>
    {
        public Validator()
        {
            When(f => !f.IsEmpty, () =>
            {
                RuleFor(f => f.From).RealDate("the start date");
                RuleFor(f => f.To).RealDate("the end date")
                    .Must((form, to) => form.From.AsDate is not { } from || to.AsDate >= from)
                    .WithMessage("The end date must be the same as or after the start date")
                    .Must((form, to) => form.From.AsDate is not { } from || to.AsDate <= from.AddYears(MaxYears))
                    .WithMessage($"The dates must be no more than {MaxYears} years apart");
            });
        }
    }

    /// <summary>The 12 calendar months to today (UK time): the first of the month 11 months ago, to today.</summary>
    public static ReportRange Default(TimeProvider clock)
    {
        var today = UkDate.Today(clock);
        return new ReportRange(new DateOnly(today.Year, today.Month, 1).AddMonths(-11), today);
    }
}
