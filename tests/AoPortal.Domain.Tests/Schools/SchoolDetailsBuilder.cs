using AoPortal.Domain.Schools;

namespace AoPortal.Domain.Tests.Schools;

/// <summary>Valid school details with sensible defaults: a secondary school in England.</summary>
public sealed class SchoolDetailsBuilder
{
    private string? _urn = "100000";
    private string _name = "Riverside Academy";
    private SchoolPhase _phase = SchoolPhase.Secondary;
    private string? _localAuthority = "Camden";
    private string? _postcode = "NW1 2AB";
    private string _country = School.England;

    /// <summary>A school outside England: no URN and no local authority.</summary>
    public SchoolDetailsBuilder Overseas(string country = "Portugal")
    {
        _country = country;
        _urn = null;
        _localAuthority = null;
        _postcode = null;
        return this;
    }

    public SchoolDetailsBuilder WithUrn(string? urn) { _urn = urn; return this; }
    public SchoolDetailsBuilder WithName(string name) { _name = name; return this; }
    public SchoolDetailsBuilder WithPhase(SchoolPhase phase) { _phase = phase; return this; }
    public SchoolDetailsBuilder WithLocalAuthority(string? localAuthority) { _localAuthority = localAuthority; return this; }
    public SchoolDetailsBuilder WithPostcode(string? postcode) { _postcode = postcode; return this; }
    public SchoolDetailsBuilder WithCountry(string country) { _country = country; return this; }

    public SchoolDetails Build() => new(_urn, _name, _phase, _localAuthority, _postcode, _country);
}
