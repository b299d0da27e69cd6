namespace AoPortal.Domain.Schools;

public static class SchoolPhaseNames
{
    public static string DisplayName(this SchoolPhase phase) => phase switch
    {
        SchoolPhase.Nursery => "Nursery",
        SchoolPhase.Primary => "Primary",
        SchoolPhase.Middle => "Middle",
        SchoolPhase.Secondary => "Secondary",
        SchoolPhase.AllThrough => "All-through",
        SchoolPhase.SixteenPlus => "16 plus",
        SchoolPhase.Special => "Special school",
        SchoolPhase.AlternativeProvision => "Alternative provision",
        SchoolPhase.FurtherEducation => "Further education",
        SchoolPhase.EarlyYearsSetting => "Early years setting",
        _ => phase.ToString(),
    };
}
