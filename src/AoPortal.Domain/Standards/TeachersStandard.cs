namespace AoPortal.Domain.Standards;

/// <summary>One of the eight Part One standards (TS1–TS8), or one Part Two statement (P2.1–P2.3).</summary>
public sealed record TeachersStandard(string Code, string Heading, IReadOnlyList<StandardSubPoint> SubPoints);
