namespace AoPortal.Domain.Schools;

/// <summary>What an admin enters about a school, checked by <see cref="School"/>.</summary>
public sealed record SchoolDetails(string? Urn, string Name, SchoolPhase Phase, string? LocalAuthority, string? Postcode, string Country);
