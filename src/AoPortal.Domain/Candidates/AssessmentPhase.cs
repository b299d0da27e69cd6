namespace AoPortal.Domain.Candidates;

/// <summary>The phase QTS is assessed within: primary 3–11, middle 7–14, secondary 11–19.</summary>
public enum AssessmentPhase
{
    Primary,
    Middle,
    Secondary,
}
