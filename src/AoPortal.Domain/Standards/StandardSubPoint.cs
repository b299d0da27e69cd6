namespace AoPortal.Domain.Standards;

/// <summary>A lettered point under a standard (TS1a) or Part Two statement (P2.1a).</summary>
public sealed record StandardSubPoint(string Code, string Summary);
