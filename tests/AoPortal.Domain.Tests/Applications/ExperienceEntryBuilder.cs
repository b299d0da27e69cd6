using AoPortal.Domain.Applications;

namespace AoPortal.Domain.Tests.Applications;

/// <summary>
/// A valid post by default: full-time, full responsibility, ages 11 to 16 at Riverside Academy in England,
/// from 1 September 2022 to 31 August 2024 (two school years).
/// </summary>
public sealed class ExperienceEntryBuilder
{
    private Guid _id = Guid.Empty;
    private string _settingName = "Riverside Academy";
    private string _country = "England";
    private string _roleTitle = "Teacher of mathematics";
    private DateOnly _startDate = new(2022, 9, 1);
    private DateOnly? _endDate = new(2024, 8, 31);
    private decimal _fte = 1m;
    private int _fromAge = 11;
    private int _toAge = 16;
    private bool _fullResponsibility = true;
    private DateOnly _today = TestClock.Today;

    public ExperienceEntryBuilder WithId(Guid id) { _id = id; return this; }
    public ExperienceEntryBuilder At(string settingName) { _settingName = settingName; return this; }
    public ExperienceEntryBuilder InCountry(string country) { _country = country; return this; }
    public ExperienceEntryBuilder AsRole(string roleTitle) { _roleTitle = roleTitle; return this; }
    public ExperienceEntryBuilder From(DateOnly startDate) { _startDate = startDate; return this; }
    public ExperienceEntryBuilder To(DateOnly? endDate) { _endDate = endDate; return this; }
    public ExperienceEntryBuilder Between(DateOnly startDate, DateOnly? endDate) => From(startDate).To(endDate);
    public ExperienceEntryBuilder Current() => To(null);
    public ExperienceEntryBuilder WithFte(decimal fte) { _fte = fte; return this; }
    public ExperienceEntryBuilder Teaching(int fromAge, int toAge) { _fromAge = fromAge; _toAge = toAge; return this; }
    public ExperienceEntryBuilder WithoutFullResponsibility() { _fullResponsibility = false; return this; }
    public ExperienceEntryBuilder On(DateOnly today) { _today = today; return this; }

    public ExperienceEntry Build() =>
        new(_id, _settingName, _country, _roleTitle, _startDate, _endDate, _fte, new AgesTaught(_fromAge, _toAge), _fullResponsibility, _today);
}
