using AoPortal.Domain.Candidates;

namespace AoPortal.Domain.Tests.Candidates;

/// <summary>Valid candidate details with sensible defaults: a secondary mathematics teacher, 11 to 16.</summary>
public sealed class CandidateDetailsBuilder
{
    private string _firstNames = "Amira";
    private string _lastName = "Khan";
    private string _email = "amira.khan@example.com";
    private Guid _employingSchoolId = Guid.Parse("6f1c2a8e-3b4d-4e5f-9a0b-1c2d3e4f5a6b");
    private AgeRange _ageRange = new(11, 16);
    private IReadOnlyList<string> _subjects = ["Mathematics"];

    public CandidateDetailsBuilder WithFirstNames(string firstNames) { _firstNames = firstNames; return this; }
    public CandidateDetailsBuilder WithLastName(string lastName) { _lastName = lastName; return this; }
    public CandidateDetailsBuilder WithEmail(string email) { _email = email; return this; }
    public CandidateDetailsBuilder WithEmployingSchool(Guid schoolId) { _employingSchoolId = schoolId; return this; }
    public CandidateDetailsBuilder WithAgeRange(int fromAge, int toAge) { _ageRange = new AgeRange(fromAge, toAge); return this; }
    public CandidateDetailsBuilder WithSubjects(params string[] subjects) { _subjects = subjects; return this; }

    /// <summary>A primary teacher, 5 to 11, who names no subject.</summary>
    public CandidateDetailsBuilder Primary() => WithAgeRange(5, 11).WithSubjects();

    public CandidateDetails Build() => new(_firstNames, _lastName, _email, _employingSchoolId, _ageRange, _subjects);
}
