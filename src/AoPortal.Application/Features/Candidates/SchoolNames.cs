namespace AoPortal.Application.Features.Candidates;

/// <summary>How a candidate's school is named on every page: the listed school, the one they asked to be added, or none yet.</summary>
public static class SchoolNames
{
    public static string Describe(string? schoolName, string? requestedSchoolName) =>
        schoolName ?? (requestedSchoolName is null ? "Not given yet" : $"{requestedSchoolName} (not listed yet)");
}
