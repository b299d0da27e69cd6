using AoPortal.Domain.Assessments;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Standards;
using static AoPortal.Domain.Tests.Assessments.AssessedCandidate;

namespace AoPortal.Domain.Tests.Assessments;

/// <summary>
/// The forecast at each edge of its thresholds. Most plans here last ten weeks (70 days, so day 14 is 20% of the time
/// and day 28 is 40%) with one milestone at the end, so only the check under test can raise the level.
/// </summary>
public class RiskForecastTests
{
    private static readonly string[] Nothing = [];

    /// <summary>The first <paramref name="count"/> judged standards, in the catalogue's order (TS1, TS2 ... P2).</summary>
    private static string[] Evidenced(int count) => StandardsCatalogue.Current.Judged.Take(count).Select(s => s.Code).ToArray();

    private static (Candidate Candidate, AssessmentPlan Plan) Planned(int lengthWeeks, params (string Title, int Week)[] milestones)
    {
        var template = Template.PublishNext(lengthWeeks, 4, 90,
            milestones.Select(m => new MilestoneTemplate(MilestoneKind.AssessorVisit, m.Title, m.Week)), "For the forecast tests", Admin, Now).Template;
        return Started(template);
    }

    private static AssessmentPlan TenWeeks() => Planned(10, ("Moderation", 10)).Plan;

    private static RiskForecast OnDay(AssessmentPlan plan, int day, int standardsEvidenced = 0) =>
        RiskForecast.For(plan, Evidenced(standardsEvidenced), Start.AddDays(day));

    // Standards evidenced against time gone

    [Theory]
    [InlineData(0, 14, ForecastLevel.OnTrack)]
    [InlineData(0, 15, ForecastLevel.Behind)]
    [InlineData(0, 28, ForecastLevel.Behind)]
    [InlineData(0, 29, ForecastLevel.AtRisk)]
    [InlineData(2, 30, ForecastLevel.OnTrack)]
    [InlineData(2, 31, ForecastLevel.Behind)]
    public void Coverage_trailing_time_by_more_than_20_points_is_behind_and_by_more_than_40_at_risk(int standards, int day, ForecastLevel expected)
    {
        var forecast = OnDay(TenWeeks(), day, standards);

        Assert.Equal(expected, forecast.Level);
    }

    [Fact]
    public void The_reason_gives_the_standards_evidenced_and_the_week()
    {
        var (_, plan) = Planned(12, ("Moderation", 12));

        var forecast = OnDay(plan, 56, standardsEvidenced: 4);

        Assert.Equal(ForecastLevel.Behind, forecast.Level);
        Assert.Equal(["4 of 9 standards evidenced at week 9 of 12"], forecast.Reasons);
        Assert.Equal("Week 9 of 12", forecast.Week);
        Assert.Equal(22, forecast.Shortfall);
        Assert.Equal("Behind", forecast.LevelName);
    }

    [Fact]
    public void On_track_says_where_the_candidate_stands()
    {
        var forecast = OnDay(TenWeeks(), 21, standardsEvidenced: 3);

        Assert.Equal(ForecastLevel.OnTrack, forecast.Level);
        Assert.Equal("On track", forecast.LevelName);
        Assert.Equal(["3 of 9 standards evidenced at week 4 of 10"], forecast.Reasons);
    }

    [Fact]
    public void Days_the_clock_was_paused_count_neither_as_time_gone_nor_towards_the_length()
    {
        var (candidate, plan) = Planned(10, ("Moderation", 10));
        candidate.Defer(plan, Start.AddDays(7), "Illness", Assessor, Now, Start.AddDays(7));
        candidate.Reinstate(plan, Start.AddDays(21), Assessor, Now, Start.AddDays(21));

        var forecast = OnDay(plan, 36);

        Assert.Equal(ForecastLevel.Behind, forecast.Level);
        Assert.Equal("Week 4 of 10", forecast.Week);
    }

    // Overdue milestones

    [Fact]
    public void One_milestone_overdue_by_a_week_is_behind()
    {
        var (_, plan) = Planned(10, ("Initial meeting", 0), ("Moderation", 10));

        var forecast = OnDay(plan, 7, standardsEvidenced: 9);

        Assert.Equal(ForecastLevel.Behind, forecast.Level);
        Assert.Equal(["Initial meeting overdue by 7 days"], forecast.Reasons);
    }

    [Fact]
    public void One_milestone_overdue_by_more_than_a_week_is_at_risk()
    {
        var (_, plan) = Planned(10, ("Initial meeting", 0), ("Moderation", 10));

        var forecast = OnDay(plan, 8, standardsEvidenced: 9);

        Assert.Equal(ForecastLevel.AtRisk, forecast.Level);
        Assert.Equal(["Initial meeting overdue by 8 days"], forecast.Reasons);
    }

    [Fact]
    public void Two_milestones_overdue_are_at_risk_however_recent()
    {
        var (_, plan) = Planned(10, ("Baseline observation", 1), ("Portfolio checkpoint", 1), ("Moderation", 10));

        var forecast = OnDay(plan, 8, standardsEvidenced: 9);

        Assert.Equal(ForecastLevel.AtRisk, forecast.Level);
        Assert.Equal(["2 milestones overdue, the oldest by 1 day"], forecast.Reasons);
    }

    [Fact]
    public void A_milestone_done_is_not_overdue()
    {
        var (_, plan) = Planned(10, ("Initial meeting", 0), ("Moderation", 10));
        plan.CompleteMilestone(plan.Named("Initial meeting").Id, Start, null, Assessor, Now, Start);

        Assert.Equal(ForecastLevel.OnTrack, OnDay(plan, 8, standardsEvidenced: 9).Level);
    }

    // The final weeks

    [Theory]
    [InlineData(8, 55, ForecastLevel.OnTrack)]
    [InlineData(8, 56, ForecastLevel.AtRisk)]
    [InlineData(9, 56, ForecastLevel.OnTrack)]
    [InlineData(9, 70, ForecastLevel.OnTrack)]
    public void Two_weeks_from_the_end_any_standard_unevidenced_is_at_risk(int standards, int day, ForecastLevel expected)
    {
        Assert.Equal(expected, OnDay(TenWeeks(), day, standards).Level);
    }

    [Fact]
    public void The_final_weeks_reason_names_the_standards_missing()
    {
        Assert.Equal(["Ends in 14 days; not evidenced: P2"], OnDay(TenWeeks(), 56, standardsEvidenced: 8).Reasons);
    }

    [Fact]
    public void Past_the_end_every_concern_is_given_worst_first()
    {
        var forecast = OnDay(TenWeeks(), 72, standardsEvidenced: 7);

        Assert.Equal(ForecastLevel.AtRisk, forecast.Level);
        Assert.Equal([
            "Ended 2 days ago; not evidenced: TS8, P2",
            "7 of 9 standards evidenced at week 11, past the 10 planned",
            "Moderation overdue by 2 days",
        ], forecast.Reasons);
        Assert.Equal("Week 11, past the 10 planned", forecast.Week);
    }

    // Before the start and while deferred

    [Fact]
    public void Before_the_start_a_candidate_is_on_track()
    {
        var candidate = Accepted();
        var (plan, _) = candidate.StartAssessment(Template, Start.AddDays(14), new AgeRange(11, 16), ["Mathematics"], Assessor, Now, Start);

        var forecast = RiskForecast.For(plan, Nothing, Start);

        Assert.Equal(ForecastLevel.OnTrack, forecast.Level);
        Assert.Equal(["Starts 21 September 2026"], forecast.Reasons);
        Assert.Equal("Not started", forecast.Week);
    }

    [Fact]
    public void A_deferred_candidate_is_said_to_be_deferred_not_at_risk()
    {
        var (candidate, plan) = Started();
        candidate.Defer(plan, Start.AddDays(30), "Illness", Assessor, Now, Start.AddDays(30));

        var forecast = RiskForecast.For(plan, Nothing, Start.AddDays(80));

        Assert.Equal(ForecastLevel.Deferred, forecast.Level);
        Assert.Equal("Deferred", forecast.LevelName);
        Assert.Equal(["Deferred: the clock has been paused since 7 October 2026"], forecast.Reasons);
    }
}
