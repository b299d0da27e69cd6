namespace AoPortal.Domain.Assessments;

/// <summary>How a candidate's assessment is heading (<see cref="RiskForecast"/>), in rising order of concern so the worst sorts first.</summary>
public enum ForecastLevel
{
    /// <summary>The clock is paused while the candidate is deferred, so nothing can fall behind.</summary>
    Deferred,
    OnTrack,
    Behind,
    AtRisk,
}
