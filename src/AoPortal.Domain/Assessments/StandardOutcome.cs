namespace AoPortal.Domain.Assessments;

/// <summary>The judgement scale for a standard (teachers-standards.json): Part Two is judged too, but never graded.</summary>
public enum StandardOutcome
{
    Met,
    NotYetMet,
    NotAssessed,
}

public static class StandardOutcomeNames
{
    public static string DisplayName(this StandardOutcome outcome) => outcome switch
    {
        StandardOutcome.Met => "Met",
        StandardOutcome.NotYetMet => "Not yet met",
        StandardOutcome.NotAssessed => "Not assessed",
        _ => outcome.ToString(),
    };
}
