using AoPortal.Domain.Common;

namespace AoPortal.Domain.Candidates;

/// <summary>
/// An experienced unqualified teacher on the way to QTS. The status changes only through the
/// transition methods; each one records an audit entry.
/// </summary>
public sealed class Candidate
{
    public const int MaxSubjects = 3;
    private IReadOnlyList<string> _subjects = [];

    private Candidate() { }

    public Guid Id { get; private set; }
    public Guid UserId { get; private set; }
    public string FirstNames { get; private set; } = "";
    public string LastName { get; private set; } = "";
    public string Email { get; private set; } = "";
    public string? Trn { get; private set; }
    public Guid EmployingSchoolId { get; private set; }
    public AgeRange IntendedAgeRange { get; private set; }
    public IReadOnlyList<string> Subjects => _subjects;
    public CandidateStatus Status { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public Guid Version { get; private set; }

    /// <summary>
    /// The full name in lower case, kept for searching: SQLite's lower() folds only ASCII letters,
    /// so "Émile" could not otherwise be found by "émile".
    /// </summary>
    public string SearchName { get; private set; } = "";

    public string FullName => $"{FirstNames} {LastName}";

    /// <summary>
    /// Creates the record an admin invites a candidate with; the candidate then completes their application.
    /// Returns the audit entry of the creation for the caller to store with it.
    /// </summary>
    public static (Candidate Candidate, AuditEntry Audit) Invite(Guid userId, CandidateDetails details, Actor actor, DateTime now)
    {
        if (details.IntendedAgeRange == default) throw new DomainRuleException("Select the age range the candidate will be assessed for");
        var subjects = details.Subjects.Select(s => s.Trim()).Where(s => s.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (details.IntendedAgeRange.NeedsSubject && subjects.Count == 0)
            throw new DomainRuleException($"Enter the subject for the age range {details.IntendedAgeRange}");
        if (subjects.Count > MaxSubjects) throw new DomainRuleException($"Enter no more than {MaxSubjects} subjects");
        if (subjects.Any(s => s.Length > 100)) throw new DomainRuleException("Each subject must be 100 characters or fewer");
        if (details.EmployingSchoolId == Guid.Empty) throw new DomainRuleException("Select the candidate's employing school");

        var candidate = new Candidate
        {
            Id = Guid.NewGuid(),
            UserId = userId,
            FirstNames = Guard.Required(details.FirstNames, "Enter the candidate's first names", 100),
            LastName = Guard.Required(details.LastName, "Enter the candidate's last name", 100),
            Email = NormaliseEmail(details.Email),
            EmployingSchoolId = details.EmployingSchoolId,
            IntendedAgeRange = details.IntendedAgeRange,
            _subjects = subjects,
            Status = CandidateStatus.ApplicationDraft,
            CreatedAt = Guard.Utc(now),
            Version = Guid.NewGuid(),
        };
        candidate.SearchName = candidate.FullName.ToLowerInvariant();
        var audit = AuditEntry.Record(actor, now, nameof(Candidate), candidate.Id, "Candidate record created and invited",
            $"Status: {candidate.Status.DisplayName()}");
        return (candidate, audit);
    }

    public static string NormaliseEmail(string email)
    {
        var trimmed = Guard.Required(email, "Enter the email address", 256).ToLowerInvariant();
        var at = trimmed.IndexOf('@');
        if (at <= 0 || at != trimmed.LastIndexOf('@') || at == trimmed.Length - 1)
            throw new DomainRuleException("Enter an email address in the correct format, like name@example.com");
        return trimmed;
    }
}
