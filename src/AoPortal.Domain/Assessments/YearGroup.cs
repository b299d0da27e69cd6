using AoPortal.Domain.Applications;

namespace AoPortal.Domain.Assessments;

/// <summary>The year group of a class observed, from nursery to year 13.</summary>
public enum YearGroup
{
    Nursery,
    Reception,
    Year1,
    Year2,
    Year3,
    Year4,
    Year5,
    Year6,
    Year7,
    Year8,
    Year9,
    Year10,
    Year11,
    Year12,
    Year13,
}

public static class YearGroups
{
    public static KeyStage KeyStageOf(this YearGroup year) => year switch
    {
        YearGroup.Nursery or YearGroup.Reception => KeyStage.EarlyYears,
        YearGroup.Year1 or YearGroup.Year2 => KeyStage.KeyStage1,
        >= YearGroup.Year3 and <= YearGroup.Year6 => KeyStage.KeyStage2,
        >= YearGroup.Year7 and <= YearGroup.Year9 => KeyStage.KeyStage3,
        YearGroup.Year10 or YearGroup.Year11 => KeyStage.KeyStage4,
        _ => KeyStage.Post16,
    };

    public static string DisplayName(this YearGroup year) => year switch
    {
        YearGroup.Nursery => "Nursery",
        YearGroup.Reception => "Reception",
        _ => $"Year {(int)year - 1}",
    };
}
