namespace AoPortal.Domain.Candidates;

/// <summary>What an admin or a nominating school lead enters to create a candidate record.</summary>
public sealed record CandidateDetails(
    string FirstNames,
    string LastName,
    string Email,
    Guid EmployingSchoolId,
    AgeRange IntendedAgeRange,
    IReadOnlyList<string> Subjects);
