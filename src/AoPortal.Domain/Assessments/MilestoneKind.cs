namespace AoPortal.Domain.Assessments;

/// <summary>The kinds of step a twelve-week plan is made of (DOMAIN.md, "A typical plan").</summary>
public enum MilestoneKind
{
    InitialMeeting,
    BaselineObservation,
    AssessorVisit,
    PortfolioCheckpoint,
    ProfessionalDiscussion,
    FinalAssessment,
    Moderation,
    Other,
}

public static class MilestoneKindNames
{
    public static string DisplayName(this MilestoneKind kind) => kind switch
    {
        MilestoneKind.InitialMeeting => "Initial meeting",
        MilestoneKind.BaselineObservation => "Baseline observation",
        MilestoneKind.AssessorVisit => "Assessor visit",
        MilestoneKind.PortfolioCheckpoint => "Portfolio checkpoint",
        MilestoneKind.ProfessionalDiscussion => "Professional discussion",
        MilestoneKind.FinalAssessment => "Final assessment",
        MilestoneKind.Moderation => "Moderation",
        MilestoneKind.Other => "Other",
        _ => kind.ToString(),
    };
}
