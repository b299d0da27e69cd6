using AoPortal.Application.Abstractions;
using AoPortal.Application.Features.Candidates;
using AoPortal.Application.Tests.Support;
using AoPortal.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Application.Tests.Candidates;

/// <summary>
/// The visibility rule in its two forms, the query filter (<see cref="CandidateVisibility.VisibleTo"/>) and the check of
/// one candidate already read (<see cref="CandidateVisibility.MaySee"/>, for compiled queries), say the same for everyone.
/// </summary>
public sealed class CandidateVisibilityTests : IDisposable
{
    private readonly SqliteTestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task The_query_filter_and_the_check_of_one_candidate_agree_for_every_kind_of_user()
    {
        var oakfield = (await new SchoolBuilder().Named("Oakfield Primary School").SaveAsync(_database)).Id;
        var elmwood = (await new SchoolBuilder().Named("Elmwood Academy").SaveAsync(_database)).Id;
        var adaAccount = Guid.NewGuid();
        var ada = await new CandidateBuilder(oakfield).Named("Ada", "Oak").WithUserId(adaAccount).SaveAsync(_database);
        var ben = await new CandidateBuilder(elmwood).Named("Ben", "Elm").WithEmail("ben@example.com").SaveAsync(_database);
        ICurrentUser[] users =
        [
            TestUsers.Admin(), TestUsers.Assessor(), TestUsers.With(Guid.NewGuid(), "Test Moderator", null, PortalRole.Moderator),
            TestUsers.SchoolLead(oakfield), TestUsers.SchoolLead(elmwood), TestUsers.SchoolLead(null),
            TestUsers.Candidate(adaAccount), TestUsers.Candidate(Guid.NewGuid()), TestUsers.WithoutARole(),
            // A lead of one school who is also a candidate sees the school's staff, as the query filter says.
            TestUsers.With(adaAccount, "Test Lead and Candidate", elmwood, PortalRole.SchoolLead, PortalRole.Candidate),
        ];
        var expected = new[] { true, true, true, true, false, false, true, false, false, false };

        await using var db = _database.NewContext();
        for (var u = 0; u < users.Length; u++)
        {
            var visible = await db.Candidates.AsNoTracking().VisibleTo(users[u]).Select(c => c.Id).ToListAsync();
            foreach (var candidate in new[] { ada, ben })
                Assert.Equal(visible.Contains(candidate.Id), users[u].MaySee(candidate.EmployingSchoolId, candidate.UserId));
            Assert.Equal(expected[u], visible.Contains(ada.Id));
        }
    }
}
