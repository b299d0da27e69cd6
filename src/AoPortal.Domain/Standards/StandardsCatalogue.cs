using System.Text.Json;

namespace AoPortal.Domain.Standards;

/// <summary>
/// The Teachers' Standards as reference data, read once from the embedded copy of
/// shared/domain/teachers-standards.json (Open Government Licence v3.0).
/// </summary>
public sealed class StandardsCatalogue
{
    private const string ResourceName = "AoPortal.Domain.Standards.teachers-standards.json";
    private static readonly Lazy<StandardsCatalogue> Embedded = new(LoadEmbedded);
    private readonly HashSet<string> _codes;
    private readonly Dictionary<string, IReadOnlyList<StandardSubPoint>> _pointsUnder;
    private readonly Dictionary<string, string> _judgedStandardOf;

    private StandardsCatalogue(string attribution, IReadOnlyList<TeachersStandard> partOne, PartTwo partTwo)
    {
        Attribution = attribution;
        PartOne = partOne;
        PartTwo = partTwo;
        _codes = partOne.Concat(partTwo.Statements)
            .SelectMany(s => s.SubPoints.Select(p => p.Code).Prepend(s.Code))
            .Append(partTwo.Code)
            .ToHashSet(StringComparer.Ordinal);
        // Worked out once: pages that follow many candidates ask these for every item's every code.
        Judged = partOne.Select(s => (s.Code, s.Heading)).Append((partTwo.Code, partTwo.Heading)).ToList();
        _pointsUnder = new Dictionary<string, IReadOnlyList<StandardSubPoint>>(StringComparer.Ordinal);
        foreach (var standard in partOne) _pointsUnder[standard.Code] = standard.SubPoints;
        _pointsUnder[partTwo.Code] = partTwo.Statements.SelectMany(s => s.SubPoints.Prepend(new StandardSubPoint(s.Code, s.Heading))).ToList();
        _judgedStandardOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (code, _) in Judged)
        {
            foreach (var point in _pointsUnder[code].Select(p => p.Code).Prepend(code)) _judgedStandardOf.TryAdd(point, code);
        }
    }

    public static StandardsCatalogue Current => Embedded.Value;

    /// <summary>Source and licence statement, shown wherever the standards are.</summary>
    public string Attribution { get; }
    public IReadOnlyList<TeachersStandard> PartOne { get; }
    public PartTwo PartTwo { get; }

    /// <summary>What an assessor judges: each Part One standard (TS1 to TS8), then Part Two as a whole (P2).</summary>
    public IReadOnlyList<(string Code, string Heading)> Judged { get; }

    /// <summary>
    /// The points an assessor may tick under a judged standard: a Part One standard's lettered sub-points, or Part Two's
    /// statements and theirs. Empty for a code that is not judged.
    /// </summary>
    public IReadOnlyList<StandardSubPoint> PointsUnder(string code) => _pointsUnder.GetValueOrDefault(code) ?? [];

    /// <summary>The judged standard a code belongs to: TS1 for TS1 or TS1a, P2 for Part Two or any of its points; null if unknown.</summary>
    public string? JudgedStandardOf(string code) => _judgedStandardOf.GetValueOrDefault(code);

    /// <summary>Whether a code names a standard, a sub-point, Part Two or one of its statements.</summary>
    public bool IsKnownCode(string code) => _codes.Contains(code);

    public static StandardsCatalogue Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var partOne = root.GetProperty("partOne").EnumerateArray()
            .Select(s => new TeachersStandard(s.GetProperty("code").GetString()!, s.GetProperty("heading").GetString()!, SubPoints(s)))
            .ToList();
        var two = root.GetProperty("partTwo");
        var statements = two.GetProperty("statements").EnumerateArray()
            .Select(s => new TeachersStandard(s.GetProperty("code").GetString()!, s.GetProperty("summary").GetString()!, SubPoints(s)))
            .ToList();
        return new StandardsCatalogue(
            root.GetProperty("source").GetString()!,
            partOne,
            new PartTwo(two.GetProperty("code").GetString()!, two.GetProperty("heading").GetString()!, statements));
    }

    private static List<StandardSubPoint> SubPoints(JsonElement parent) =>
        parent.GetProperty("subPoints").EnumerateArray()
            .Select(p => new StandardSubPoint(p.GetProperty("code").GetString()!, p.GetProperty("summary").GetString()!))
            .ToList();

    private static StandardsCatalogue LoadEmbedded()
    {
        using var stream = typeof(StandardsCatalogue).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }
}
