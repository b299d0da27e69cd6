using System.Text.RegularExpressions;
using AoPortal.Domain.Common;

namespace AoPortal.Domain.Schools;

/// <summary>
/// A school or setting where candidates work. Schools in England carry their URN and local authority;
/// schools elsewhere (overseas, or in Wales, Scotland and Northern Ireland) have neither.
/// </summary>
public sealed partial class School
{
    public const string England = "England";
    private static readonly string[] UnitedKingdom = [England, "Wales", "Scotland", "Northern Ireland"];

    private School() { }

    public Guid Id { get; private set; }
    public string? Urn { get; private set; }
    public string Name { get; private set; } = "";
    public SchoolPhase Phase { get; private set; }
    public string? LocalAuthority { get; private set; }
    public string? Postcode { get; private set; }
    public string Country { get; private set; } = England;
    public Guid Version { get; private set; }

    public bool IsInEngland => IsEngland(Country);

    public static School Create(SchoolDetails details)
    {
        var school = new School { Id = Guid.NewGuid() };
        school.Apply(details);
        return school;
    }

    public void Update(SchoolDetails details) => Apply(details);

    public static bool IsEngland(string? country) => string.Equals(country?.Trim(), England, StringComparison.OrdinalIgnoreCase);

    public static bool IsInUnitedKingdom(string? country) =>
        UnitedKingdom.Any(c => string.Equals(c, country?.Trim(), StringComparison.OrdinalIgnoreCase));

    public static bool IsValidUrn(string? urn) => urn is not null && UrnPattern().IsMatch(urn.Trim());

    /// <summary>Checks everything first, then changes the school, so a refused change leaves it as it was.</summary>
    private void Apply(SchoolDetails details)
    {
        var country = Guard.Required(details.Country, "Enter the country", 100);
        var inEngland = IsEngland(country);
        // The URN's length is left to the rules below, which say what is wrong in the school's own terms.
        var urn = Guard.Optional(details.Urn, 20, "URN");
        var localAuthority = Guard.Optional(details.LocalAuthority, 100, "Local authority");
        if (inEngland)
        {
            if (!IsValidUrn(urn)) throw new DomainRuleException("A school in England needs its 6-digit URN", nameof(SchoolDetails.Urn));
            if (localAuthority is null) throw new DomainRuleException("A school in England needs its local authority", nameof(SchoolDetails.LocalAuthority));
        }
        else if (urn is not null)
        {
            throw new DomainRuleException("Only schools in England have a URN", nameof(SchoolDetails.Urn));
        }

        var name = Guard.Required(details.Name, "Enter the school's name", 200);
        if (!Enum.IsDefined(details.Phase)) throw new DomainRuleException("Select the school's phase", nameof(SchoolDetails.Phase));
        var postcode = Guard.Optional(details.Postcode, 20, "Postcode")?.ToUpperInvariant();

        Urn = urn;
        Name = name;
        Phase = details.Phase;
        LocalAuthority = localAuthority;
        Postcode = postcode;
        Country = inEngland ? England : country;
        Version = Guid.NewGuid();
    }

    [GeneratedRegex("^[0-9]{6}$")]
    private static partial Regex UrnPattern();
}
