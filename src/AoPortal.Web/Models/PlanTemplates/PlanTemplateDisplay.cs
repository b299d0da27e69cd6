using AoPortal.Domain.Assessments;
using AoPortal.Web.Infrastructure;

namespace AoPortal.Web.Models.PlanTemplates;

/// <summary>A plan template's settings in words, as the plan template page shows them.</summary>
public static class PlanTemplateDisplay
{
    public static string Length(PlanTemplate template) => Weeks(template.LengthWeeks);

    public static string Extension(PlanTemplate template) =>
        template.MaxExtensionWeeks == 0 ? "None" : $"Up to {Weeks(template.MaxExtensionWeeks)} past the planned end, in total";

    public static string Deferral(PlanTemplate template) =>
        template.MaxDeferralDays == 0 ? "None" : $"Up to {Days(template.MaxDeferralDays)} paused, in total";

    public static string MilestoneCount(PlanTemplate template) =>
        template.Milestones.Count == 1 ? "1 milestone" : $"{template.Milestones.Count} milestones";

    /// <summary>"By Alex Admin on 4 June 2026 at 2:05pm"; version 1, which the migrations wrote, has nobody.</summary>
    public static string Published(PlanTemplate template) =>
        template.PublishedByName is { } name
            ? $"By {name} on {UkTime.DateTime(template.CreatedAt)}"
            : $"Set up with the portal on {UkTime.Date(template.CreatedAt)}";

    public static string Reason(PlanTemplate template) => template.ChangeReason ?? "The starting plan: the typical twelve-week assessment";

    /// <summary>
    /// When a milestone is due, counted from the start: "At the start", "3 weeks after the start". Not "week 3": the plan
    /// page counts the first week as week 1, so a milestone 3 weeks after the start falls on the first day of week 4.
    /// </summary>
    public static string Due(MilestoneTemplate milestone) =>
        milestone.WeekOffset == 0 ? "At the start" : $"{Weeks(milestone.WeekOffset)} after the start";

    private static string Weeks(int weeks) => weeks == 1 ? "1 week" : $"{weeks} weeks";

    private static string Days(int days) => days == 1 ? "1 day" : $"{days} days";
}
