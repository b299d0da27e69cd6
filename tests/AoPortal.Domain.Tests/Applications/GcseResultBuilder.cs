using AoPortal.Domain.Applications;

namespace AoPortal.Domain.Tests.Applications;

/// <summary>A GCSE English at grade 6 by default; <see cref="Equivalent"/> for an O level or other equivalent.</summary>
public sealed class GcseResultBuilder
{
    private GcseSubject _subject = GcseSubject.English;
    private bool _isGcse = true;
    private string? _qualification;
    private string _grade = "6";
    private int _year = 2006;
    private DateOnly _today = TestClock.Today;

    public static GcseResult Pass(GcseSubject subject) => new GcseResultBuilder().In(subject).Build();

    public GcseResultBuilder In(GcseSubject subject) { _subject = subject; return this; }
    public GcseResultBuilder WithGrade(string grade) { _grade = grade; return this; }
    public GcseResultBuilder WithYear(int year) { _year = year; return this; }
    public GcseResultBuilder On(DateOnly today) { _today = today; return this; }

    public GcseResultBuilder Equivalent(string? qualification = "O level")
    {
        _isGcse = false;
        _qualification = qualification;
        return this;
    }

    public GcseResult Build() => new(_subject, _isGcse, _qualification, _grade, _year, _today);
}
