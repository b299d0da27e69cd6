using AoPortal.Domain.Common;

namespace AoPortal.Domain.Applications;

/// <summary>
/// What the candidate declares about their fitness to teach and their criminal record, and that the
/// application is true. Visible to admins and moderators only.
/// </summary>
public sealed class Declarations
{
    private Declarations() { }

    public Declarations(HealthDeclaration health, string? healthDetails, bool hasCriminalRecord, string? criminalRecordDetails, bool confirmedTrue)
    {
        if (!Enum.IsDefined(health)) throw new DomainRuleException("Select the outcome of your health questionnaire", nameof(Health));
        Health = health;
        HealthDetails = health == HealthDeclaration.ConditionManaged
            ? Guard.Required(healthDetails, "Describe any adjustments you need", 1000)
            : null;
        HasCriminalRecord = hasCriminalRecord;
        CriminalRecordDetails = hasCriminalRecord
            ? Guard.Required(criminalRecordDetails, "Give details of any cautions or convictions", 2000)
            : null;
        if (!confirmedTrue) throw new DomainRuleException("Confirm that the information in your application is true", nameof(ConfirmedTrue));
        ConfirmedTrue = true;
    }

    public HealthDeclaration Health { get; private set; }
    public string? HealthDetails { get; private set; }
    public bool HasCriminalRecord { get; private set; }
    public string? CriminalRecordDetails { get; private set; }
    public bool ConfirmedTrue { get; private set; }
}
