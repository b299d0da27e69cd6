using AoPortal.Domain.Applications;

namespace AoPortal.Domain.Tests.Applications;

public class ExperienceCalculatorTests
{
    private static readonly DateOnly Today = TestClock.Today;

    private static ExperienceEntry Post(DateOnly start, DateOnly? end, decimal fte = 1m, string school = "Riverside Academy") =>
        new ExperienceEntryBuilder().At(school).Between(start, end).WithFte(fte).Build();

    private static TeachingTime Time(params ExperienceEntry[] entries) => ExperienceCalculator.FullResponsibilityTime(entries, Today);

    /// <summary>The calendar days from <paramref name="first"/> to <paramref name="last"/>, both included.</summary>
    private static int DaysFrom(DateOnly first, DateOnly last) => last.DayNumber - first.DayNumber + 1;

    [Fact]
    public void One_full_time_post_of_exactly_two_school_years_is_two_years()
    {
        var time = Time(Post(new DateOnly(2022, 9, 1), new DateOnly(2024, 8, 31)));

        Assert.Equal(731m, time.FullTimeDays);
        Assert.InRange(time.Years, 1.99m, 2.01m);
        Assert.Equal("2 years", time.ToString());
    }

    [Fact]
    public void Two_overlapping_full_time_posts_count_each_day_once()
    {
        var time = Time(
            Post(new DateOnly(2020, 9, 1), new DateOnly(2022, 8, 31), school: "Riverside Academy"),
            Post(new DateOnly(2021, 9, 1), new DateOnly(2023, 8, 31), school: "Hillside School"));

        Assert.Equal(DaysFrom(new DateOnly(2020, 9, 1), new DateOnly(2023, 8, 31)), time.FullTimeDays);
        Assert.InRange(time.Years, 2.99m, 3.01m);
    }

    [Fact]
    public void One_post_inside_another_adds_nothing()
    {
        var outer = Post(new DateOnly(2020, 9, 1), new DateOnly(2023, 8, 31));
        var inner = Post(new DateOnly(2021, 1, 1), new DateOnly(2021, 12, 31), school: "Evening college");

        Assert.Equal(Time(outer), Time(outer, inner));
    }

    [Fact]
    public void Two_half_time_posts_held_at_the_same_time_count_as_full_time()
    {
        var time = Time(
            Post(new DateOnly(2022, 9, 1), new DateOnly(2024, 8, 31), 0.5m, "Riverside Academy"),
            Post(new DateOnly(2022, 9, 1), new DateOnly(2024, 8, 31), 0.5m, "Hillside School"));

        Assert.Equal(731m, time.FullTimeDays);
        Assert.Equal("2 years", time.ToString());
    }

    [Fact]
    public void Three_half_time_posts_held_together_still_count_no_more_than_full_time()
    {
        var time = Time(
            Post(new DateOnly(2022, 9, 1), new DateOnly(2024, 8, 31), 0.5m, "Riverside Academy"),
            Post(new DateOnly(2022, 9, 1), new DateOnly(2024, 8, 31), 0.5m, "Hillside School"),
            Post(new DateOnly(2022, 9, 1), new DateOnly(2024, 8, 31), 0.5m, "Brook Primary"));

        Assert.Equal(731m, time.FullTimeDays);
    }

    [Fact]
    public void Part_time_posts_held_together_below_full_time_add_up()
    {
        var time = Time(
            Post(new DateOnly(2023, 9, 1), new DateOnly(2024, 8, 31), 0.5m, "Riverside Academy"),
            Post(new DateOnly(2023, 9, 1), new DateOnly(2024, 8, 31), 0.3m, "Hillside School"));

        Assert.Equal(0.8m * 366, time.FullTimeDays);
    }

    [Fact]
    public void A_post_at_0_6_for_two_years_counts_1_2_years()
    {
        var time = Time(Post(new DateOnly(2022, 9, 1), new DateOnly(2024, 8, 31), 0.6m));

        Assert.Equal(0.6m * 731, time.FullTimeDays);
        Assert.InRange(time.Years, 1.19m, 1.21m);
        Assert.Equal("1 year 2 months", time.ToString());
    }

    [Fact]
    public void A_post_without_full_responsibility_is_ignored()
    {
        var assistant = new ExperienceEntryBuilder().At("Brook Primary").AsRole("Teaching assistant")
            .Between(new DateOnly(2018, 9, 1), new DateOnly(2022, 8, 31)).WithoutFullResponsibility().Build();

        Assert.Equal(0m, Time(assistant).FullTimeDays);
    }

    [Fact]
    public void A_post_without_full_responsibility_adds_nothing_to_one_with_it()
    {
        var teacher = Post(new DateOnly(2022, 9, 1), new DateOnly(2024, 8, 31));
        var cover = new ExperienceEntryBuilder().At("Brook Primary").AsRole("Cover supervisor")
            .Between(new DateOnly(2019, 9, 1), new DateOnly(2022, 8, 31)).WithoutFullResponsibility().Build();

        Assert.Equal(Time(teacher), Time(teacher, cover));
    }

    [Fact]
    public void A_current_post_counts_up_to_and_including_today()
    {
        var start = new DateOnly(2024, 11, 22);

        var time = Time(Post(start, null));

        Assert.Equal(DaysFrom(start, Today), time.FullTimeDays);
        Assert.Equal("2 years", time.ToString());
    }

    [Fact]
    public void A_current_post_grows_as_time_passes()
    {
        var post = Post(new DateOnly(2025, 9, 1), null);

        var earlier = ExperienceCalculator.FullResponsibilityTime([post], new DateOnly(2026, 3, 1));
        var later = ExperienceCalculator.FullResponsibilityTime([post], Today);

        Assert.Equal(DaysFrom(new DateOnly(2025, 9, 1), new DateOnly(2026, 3, 1)), earlier.FullTimeDays);
        Assert.Equal(DaysFrom(new DateOnly(2025, 9, 1), Today), later.FullTimeDays);
    }

    [Fact]
    public void A_post_starting_after_today_is_ignored()
    {
        var post = Post(new DateOnly(2026, 10, 1), null);

        var time = ExperienceCalculator.FullResponsibilityTime([post], new DateOnly(2026, 9, 30));

        Assert.Equal(0m, time.FullTimeDays);
    }

    [Fact]
    public void A_post_ending_after_today_counts_only_up_to_today()
    {
        var post = Post(new DateOnly(2022, 9, 1), new DateOnly(2024, 8, 31));

        var time = ExperienceCalculator.FullResponsibilityTime([post], new DateOnly(2023, 8, 31));

        Assert.Equal(365m, time.FullTimeDays);
    }

    [Fact]
    public void Adjacent_posts_leave_no_gap_and_count_no_day_twice()
    {
        var first = Post(new DateOnly(2019, 9, 1), new DateOnly(2021, 8, 31), school: "Riverside Academy");
        var second = Post(new DateOnly(2021, 9, 1), new DateOnly(2023, 8, 31), school: "Hillside School");

        var time = Time(first, second);

        Assert.Equal(Time(first).FullTimeDays + Time(second).FullTimeDays, time.FullTimeDays);
        Assert.Equal(DaysFrom(new DateOnly(2019, 9, 1), new DateOnly(2023, 8, 31)), time.FullTimeDays);
        Assert.InRange(time.Years, 4m, 4.01m);
        Assert.Equal("4 years", time.ToString());
    }

    [Fact]
    public void A_day_on_which_one_post_ends_and_the_next_starts_counts_once()
    {
        var first = Post(new DateOnly(2019, 9, 1), new DateOnly(2021, 9, 1), school: "Riverside Academy");
        var second = Post(new DateOnly(2021, 9, 1), new DateOnly(2023, 8, 31), school: "Hillside School");

        Assert.Equal(DaysFrom(new DateOnly(2019, 9, 1), new DateOnly(2023, 8, 31)), Time(first, second).FullTimeDays);
    }

    [Fact]
    public void A_gap_between_posts_is_not_counted()
    {
        var first = Post(new DateOnly(2019, 9, 1), new DateOnly(2020, 8, 31), school: "Riverside Academy");
        var second = Post(new DateOnly(2021, 9, 1), new DateOnly(2022, 8, 31), school: "Hillside School");

        Assert.Equal(366m + 365m, Time(first, second).FullTimeDays);
    }

    [Fact]
    public void A_full_time_and_a_half_time_post_overlapping_count_full_time_during_the_overlap()
    {
        var fullTime = Post(new DateOnly(2022, 9, 1), new DateOnly(2023, 8, 31), 1m, "Riverside Academy");
        var halfTime = Post(new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31), 0.5m, "Hillside School");

        var time = Time(fullTime, halfTime);

        // 365 full-time days, then the half-time post alone from 1 September to 31 December 2023 (122 days).
        Assert.Equal(365m + 0.5m * 122, time.FullTimeDays);
    }

    [Fact]
    public void A_post_of_one_day_counts_one_day()
    {
        Assert.Equal(1m, Time(Post(new DateOnly(2023, 3, 1), new DateOnly(2023, 3, 1))).FullTimeDays);
    }

    [Fact]
    public void The_order_of_the_posts_does_not_matter()
    {
        var a = Post(new DateOnly(2020, 9, 1), new DateOnly(2022, 8, 31), 0.6m, "Riverside Academy");
        var b = Post(new DateOnly(2021, 9, 1), null, 0.7m, "Hillside School");
        var c = Post(new DateOnly(2019, 1, 1), new DateOnly(2019, 12, 31), 1m, "Brook Primary");

        Assert.Equal(Time(a, b, c), Time(c, a, b));
        Assert.Equal(Time(a, b, c), Time(b, c, a));
    }

    [Fact]
    public void No_posts_are_no_time()
    {
        var time = ExperienceCalculator.FullResponsibilityTime([], Today);

        Assert.Equal(0m, time.FullTimeDays);
        Assert.Equal(0m, time.Years);
        Assert.Equal("less than a month", time.ToString());
    }
}
