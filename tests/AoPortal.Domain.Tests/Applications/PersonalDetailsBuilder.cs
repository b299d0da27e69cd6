using AoPortal.Domain.Applications;

namespace AoPortal.Domain.Tests.Applications;

/// <summary>Valid personal details with sensible defaults: an adult born in 1990 without a TRN yet.</summary>
public sealed class PersonalDetailsBuilder
{
    private string _firstNames = "Amira";
    private string _lastName = "Khan";
    private string? _previousNames;
    private DateOnly _dateOfBirth = new(1990, 4, 12);
    private string _phone = "07700 900123";
    private string _address = "1 High Street, London";
    private string _postcode = "NW1 2AB";
    private string? _trn;
    private string _nationality = "British";
    private DateOnly _today = TestClock.Today;

    public PersonalDetailsBuilder WithFirstNames(string firstNames) { _firstNames = firstNames; return this; }
    public PersonalDetailsBuilder WithLastName(string lastName) { _lastName = lastName; return this; }
    public PersonalDetailsBuilder WithPreviousNames(string? previousNames) { _previousNames = previousNames; return this; }
    public PersonalDetailsBuilder WithDateOfBirth(DateOnly dateOfBirth) { _dateOfBirth = dateOfBirth; return this; }
    public PersonalDetailsBuilder WithPhone(string phone) { _phone = phone; return this; }
    public PersonalDetailsBuilder WithAddress(string address) { _address = address; return this; }
    public PersonalDetailsBuilder WithPostcode(string postcode) { _postcode = postcode; return this; }
    public PersonalDetailsBuilder WithTrn(string? trn) { _trn = trn; return this; }
    public PersonalDetailsBuilder WithNationality(string nationality) { _nationality = nationality; return this; }
    public PersonalDetailsBuilder On(DateOnly today) { _today = today; return this; }

    public PersonalDetails Build() =>
        new(_firstNames, _lastName, _previousNames, _dateOfBirth, _phone, _address, _postcode, _trn, _nationality, _today);
}
