using AoPortal.Domain.Schools;

namespace AoPortal.Application.Tests.Support;

/// <summary>Builds schools through <see cref="School.Create"/>, each with its own URN unless told otherwise.</summary>
public sealed class SchoolBuilder
{
    private static int _lastUrn = 100000;

    private string _name = "Oakfield Primary School";
    private string? _urn = Interlocked.Increment(ref _lastUrn).ToString(System.Globalization.CultureInfo.InvariantCulture);
    private SchoolPhase _phase = SchoolPhase.Primary;
    private string? _localAuthority = "Leeds";
    private string? _postcode = "LS1 4AP";
    private string _country = School.England;

    public SchoolBuilder Named(string name)
    {
        _name = name;
        return this;
    }

    public SchoolBuilder WithUrn(string urn)
    {
        _urn = urn;
        return this;
    }

    public SchoolBuilder Overseas(string country = "Spain")
    {
        _country = country;
        _urn = null;
        _localAuthority = null;
        _postcode = null;
        return this;
    }

    public School Build() => School.Create(new SchoolDetails(_urn, _name, _phase, _localAuthority, _postcode, _country));

    public async Task<School> SaveAsync(SqliteTestDatabase database)
    {
        var school = Build();
        await using var db = database.NewContext();
        db.Schools.Add(school);
        await db.SaveChangesAsync();
        return school;
    }
}
