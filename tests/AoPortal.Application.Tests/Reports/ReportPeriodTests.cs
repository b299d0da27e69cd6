using AoPortal.Application.Common;
using AoPortal.Application.Features.Reports;
using AoPortal.Application.Tests.Support;

namespace AoPortal.Application.Tests.Reports;

/// <summary>The reports' date-range filter: real dates, the start no later than the end, and the default range in UK time.</summary>
public sealed class ReportPeriodTests
{
    private readonly ReportPeriod.Validator _validator = new();

    [Fact]
    public void No_dates_at_all_is_valid_and_means_the_default_range() =>
        ValidationAssert.IsValid(_validator.Validate(new ReportPeriod.Form()));

    [Fact]
    public void The_same_day_at_both_ends_is_valid() =>
        ValidationAssert.IsValid(_validator.Validate(Form(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 1))));

    [Fact]
    public void A_missing_end_is_asked_for()
    {
        var form = new ReportPeriod.Form { From = DateParts.From(new DateOnly(2026, 3, 1)) };

        ValidationAssert.HasError(_validator.Validate(form), "To", "Enter the end date");
    }

    [Fact]
    public void A_date_that_does_not_exist_is_refused()
    {
        var form = Form(null, new DateOnly(2026, 3, 1));
        form.From = new DateParts { Day = "31", Month = "2", Year = "2026" };

        ValidationAssert.HasError(_validator.Validate(form), "From", "The start date must be a real date");
    }

    [Fact]
    public void An_end_before_the_start_is_refused() =>
        ValidationAssert.HasError(_validator.Validate(Form(new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 1))), "To",
            "The end date must be the same as or after the start date");

    [Fact]
    public void A_range_of_more_than_twenty_years_is_refused()
    {
        ValidationAssert.IsValid(_validator.Validate(Form(new DateOnly(2006, 3, 1), new DateOnly(2026, 3, 1))));
        ValidationAssert.HasError(_validator.Validate(Form(new DateOnly(2006, 3, 1), new DateOnly(2026, 3, 2))), "To",
            "The dates must be no more than 20 years apart");
    }

    [Fact]
    public void The_default_is_the_twelve_calendar_months_to_today()
    {
        var range = ReportPeriod.Default(new FakeTimeProvider());

        Assert.Equal((new DateOnly(2025, 12, 1), new DateOnly(2026, 11, 23)), (range.From, range.To));
        Assert.Equal(12, range.Months.Count);
    }

    [Fact]
    public void The_default_ends_on_the_UK_day_not_the_UTC_one()
    {
        // 23:30 UTC on 31 May 2026 is 00:30 on 1 June in the UK (BST).
        var range = ReportPeriod.Default(new FakeTimeProvider(new DateTimeOffset(2026, 5, 31, 23, 30, 0, TimeSpan.Zero)));

        Assert.Equal((new DateOnly(2025, 7, 1), new DateOnly(2026, 6, 1)), (range.From, range.To));
    }

    [Fact]
    public void The_range_spans_UK_midnights_in_UTC()
    {
        var summer = new ReportRange(new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 30));
        var winter = new ReportRange(new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 31));

        Assert.Equal((new DateTime(2026, 5, 31, 23, 0, 0), new DateTime(2026, 6, 30, 23, 0, 0)), (summer.UtcStart, summer.UtcEnd));
        Assert.Equal((new DateTime(2026, 1, 1), new DateTime(2026, 2, 1)), (winter.UtcStart, winter.UtcEnd));
    }

    private static ReportPeriod.Form Form(DateOnly? from, DateOnly? to) => new() { From = DateParts.From(from), To = DateParts.From(to) };
}
