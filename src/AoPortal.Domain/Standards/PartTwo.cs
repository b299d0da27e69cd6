namespace AoPortal.Domain.Standards;

/// <summary>Part Two, personal and professional conduct: judged as a whole, never graded.</summary>
public sealed record PartTwo(string Code, string Heading, IReadOnlyList<TeachersStandard> Statements);
