namespace AoPortal.Domain.Applications;

/// <summary>The outcome of the candidate's health questionnaire.</summary>
public enum HealthDeclaration
{
    /// <summary>No condition that affects their capacity to teach.</summary>
    NoConditions,

    /// <summary>A condition they manage, possibly with reasonable adjustments; the provider may ask for occupational health advice.</summary>
    ConditionManaged,
}
