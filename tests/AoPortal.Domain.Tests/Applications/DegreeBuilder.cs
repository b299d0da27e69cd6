using AoPortal.Domain.Applications;

namespace AoPortal.Domain.Tests.Applications;

/// <summary>A valid UK degree by default; <see cref="Overseas"/> for one with a UK ENIC reference.</summary>
public sealed class DegreeBuilder
{
    private string _subject = "Mathematics";
    private string _institution = "University of Leeds";
    private string _country = "England";
    private int _awardYear = 2012;
    private string? _classification = "2:1";
    private string? _enicReference;
    private DateOnly _today = TestClock.Today;

    public DegreeBuilder Overseas(string country = "India", string? enicReference = "ENIC-4000123")
    {
        _country = country;
        _institution = "University of Delhi";
        _enicReference = enicReference;
        return this;
    }

    public DegreeBuilder WithSubject(string subject) { _subject = subject; return this; }
    public DegreeBuilder WithInstitution(string institution) { _institution = institution; return this; }
    public DegreeBuilder WithCountry(string country) { _country = country; return this; }
    public DegreeBuilder WithAwardYear(int awardYear) { _awardYear = awardYear; return this; }
    public DegreeBuilder WithClassification(string? classification) { _classification = classification; return this; }
    public DegreeBuilder WithEnicReference(string? enicReference) { _enicReference = enicReference; return this; }
    public DegreeBuilder On(DateOnly today) { _today = today; return this; }

    public Degree Build() => new(_subject, _institution, _country, _awardYear, _classification, _enicReference, _today);
}
