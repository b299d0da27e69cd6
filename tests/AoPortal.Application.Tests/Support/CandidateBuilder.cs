using AoPortal.Domain.Candidates;
using AoPortal.Domain.Common;
using AoPortal.Infrastructure.Identity;
using AoPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Application.Tests.Support;

/// <summary>
/// Builds a candidate the way the portal does: a sign-in account, then <see cref="Candidate.Invite"/>
/// with its audit entry. Use <see cref="AddTo"/> to seed many in one save.
/// </summary>
public sealed class CandidateBuilder(Guid schoolId)
{
    private static int _lastNumber;

    private readonly int _number = Interlocked.Increment(ref _lastNumber);
    private string _firstNames = "Ada";
    private string _lastName = "Lovelace";
    private string? _email;
    private string _ageRange = "5-11";
    private string[] _subjects = [];
    private Guid _userId = Guid.NewGuid();
    private DateTime _invitedAt = FakeTimeProvider.DefaultNow.UtcDateTime;
    private CandidateStatus? _storedStatus;

    public CandidateBuilder Named(string firstNames, string lastName)
    {
        _firstNames = firstNames;
        _lastName = lastName;
        return this;
    }

    public CandidateBuilder WithEmail(string email)
    {
        _email = email;
        return this;
    }

    public CandidateBuilder ForAgeRange(string code, params string[] subjects)
    {
        _ageRange = code;
        _subjects = subjects;
        return this;
    }

    public CandidateBuilder WithUserId(Guid userId)
    {
        _userId = userId;
        return this;
    }

    public CandidateBuilder InvitedAt(DateTime when)
    {
        _invitedAt = when;
        return this;
    }

    /// <summary>
    /// Stores the candidate with a later status. The domain has no transition beyond the invitation yet, so this
    /// writes the column after saving; replace it with the lifecycle methods (Submit, Accept...) once they exist.
    /// </summary>
    public CandidateBuilder WithStoredStatus(CandidateStatus status)
    {
        _storedStatus = status;
        return this;
    }

    private string Email => _email ?? $"candidate{_number}@example.com";

    /// <summary>Adds the account, the candidate and the invitation's audit entry to the context without saving.</summary>
    public Candidate AddTo(AoPortalDbContext db)
    {
        db.Users.Add(new ApplicationUser
        {
            Id = _userId,
            UserName = Email,
            NormalizedUserName = Email.ToUpperInvariant(),
            Email = Email,
            NormalizedEmail = Email.ToUpperInvariant(),
            DisplayName = $"{_firstNames} {_lastName}",
            CreatedAt = _invitedAt,
        });
        var details = new CandidateDetails(_firstNames, _lastName, Email, schoolId, AgeRange.Parse(_ageRange), _subjects);
        var (candidate, audit) = Candidate.Invite(_userId, details, new Actor(null, TestUsers.AdminName), _invitedAt);
        db.Candidates.Add(candidate);
        db.AuditEntries.Add(audit);
        return candidate;
    }

    public async Task<Candidate> SaveAsync(SqliteTestDatabase database)
    {
        await using var db = database.NewContext();
        var candidate = AddTo(db);
        await db.SaveChangesAsync();
        if (_storedStatus is { } status)
        {
            await db.Candidates.Where(c => c.Id == candidate.Id)
                .ExecuteUpdateAsync(set => set.SetProperty(c => c.Status, status));
        }

        return candidate;
    }
}
