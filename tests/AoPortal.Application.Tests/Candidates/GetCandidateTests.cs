using AoPortal.Application.Abstractions;
using AoPortal.Application.Common;
using AoPortal.Application.Features.Candidates;
using AoPortal.Application.Tests.Support;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Common;

namespace AoPortal.Application.Tests.Candidates;

public sealed class GetCandidateTests : IDisposable
{
    private readonly SqliteTestDatabase _database = new();
    private readonly DateTime _invitedAt = FakeTimeProvider.DefaultNow.UtcDateTime;

    public void Dispose() => _database.Dispose();

    private async Task<GetCandidate.Result> ById(Guid candidateId, ICurrentUser? user = null)
    {
        await using var db = _database.NewContext();
        return await new GetCandidate.Handler(db, user ?? TestUsers.Admin()).ById(candidateId, CancellationToken.None);
    }

    private async Task<GetCandidate.Result> ForUser(Guid userId, ICurrentUser user)
    {
        await using var db = _database.NewContext();
        return await new GetCandidate.Handler(db, user).ForUser(userId, CancellationToken.None);
    }

    private async Task Audit(Guid subjectId, string action, DateTime at)
    {
        await using var db = _database.NewContext();
        db.AuditEntries.Add(AuditEntry.Record(new Actor(Guid.NewGuid(), "Test Assessor"), at, "Candidate", subjectId, action));
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task A_candidate_s_record_shows_their_school_age_range_subjects_and_history_newest_first()
    {
        var school = await new SchoolBuilder().Named("Willow Academy").SaveAsync(_database);
        var ada = await new CandidateBuilder(school.Id).Named("Ada", "Lovelace").WithEmail("ada@example.com")
            .ForAgeRange("11-16", "Mathematics", "Computing").InvitedAt(_invitedAt).SaveAsync(_database);
        var other = await new CandidateBuilder(school.Id).Named("Grace", "Hopper").SaveAsync(_database);
        await Audit(ada.Id, "Later event", _invitedAt.AddDays(2));
        await Audit(ada.Id, "Earlier event", _invitedAt.AddHours(1));
        await Audit(other.Id, "Someone else's event", _invitedAt.AddDays(3));

        var record = await ById(ada.Id);

        Assert.Equal(ada.Id, record.Id);
        Assert.Equal(ada.UserId, record.UserId);
        Assert.Equal("Ada Lovelace", record.FullName);
        Assert.Equal("ada@example.com", record.Email);
        Assert.Equal("Willow Academy", record.SchoolName);
        Assert.Equal(new AgeRange(11, 16), record.AgeRange);
        Assert.Equal(["Mathematics", "Computing"], record.Subjects);
        Assert.Equal(CandidateStatus.ApplicationDraft, record.Status);
        Assert.Equal(_invitedAt, record.CreatedAt);
        Assert.Null(record.Trn);
        Assert.Equal(["Later event", "Earlier event", "Candidate record created and invited"], record.History.Select(h => h.Action));
        Assert.All(record.History, h => Assert.Equal(DateTimeKind.Utc, h.OccurredAt.Kind));
    }

    [Fact]
    public async Task A_candidate_that_does_not_exist_is_not_found() =>
        await Assert.ThrowsAsync<NotFoundException>(() => ById(Guid.NewGuid()));

    [Fact]
    public async Task A_school_lead_sees_their_own_school_s_candidate()
    {
        var school = await new SchoolBuilder().SaveAsync(_database);
        var ada = await new CandidateBuilder(school.Id).SaveAsync(_database);

        var record = await ById(ada.Id, TestUsers.SchoolLead(school.Id));

        Assert.Equal(ada.Id, record.Id);
    }

    [Fact]
    public async Task A_school_lead_from_another_school_is_told_the_candidate_is_not_found()
    {
        var school = await new SchoolBuilder().SaveAsync(_database);
        var otherSchool = await new SchoolBuilder().Named("Willow Academy").SaveAsync(_database);
        var ada = await new CandidateBuilder(school.Id).SaveAsync(_database);

        await Assert.ThrowsAsync<NotFoundException>(() => ById(ada.Id, TestUsers.SchoolLead(otherSchool.Id)));
    }

    [Fact]
    public async Task A_candidate_cannot_open_another_candidate_s_record()
    {
        var school = await new SchoolBuilder().SaveAsync(_database);
        var ada = await new CandidateBuilder(school.Id).Named("Ada", "Lovelace").SaveAsync(_database);
        var grace = await new CandidateBuilder(school.Id).Named("Grace", "Hopper").SaveAsync(_database);

        await Assert.ThrowsAsync<NotFoundException>(() => ById(grace.Id, TestUsers.Candidate(ada.UserId)));
    }

    [Fact]
    public async Task Someone_without_a_role_cannot_open_a_record()
    {
        var school = await new SchoolBuilder().SaveAsync(_database);
        var ada = await new CandidateBuilder(school.Id).SaveAsync(_database);

        await Assert.ThrowsAsync<NotFoundException>(() => ById(ada.Id, TestUsers.WithoutARole()));
    }

    [Fact]
    public async Task A_candidate_opens_their_own_record_by_their_account()
    {
        var school = await new SchoolBuilder().Named("Willow Academy").SaveAsync(_database);
        await new CandidateBuilder(school.Id).Named("Grace", "Hopper").SaveAsync(_database);
        var ada = await new CandidateBuilder(school.Id).Named("Ada", "Lovelace").SaveAsync(_database);

        var record = await ForUser(ada.UserId, TestUsers.Candidate(ada.UserId));

        Assert.Equal(ada.Id, record.Id);
        Assert.Equal("Ada Lovelace", record.FullName);
        Assert.Equal("Willow Academy", record.SchoolName);
        Assert.Equal(["Candidate record created and invited"], record.History.Select(h => h.Action));
    }

    [Fact]
    public async Task A_candidate_cannot_open_another_candidate_s_record_by_their_account()
    {
        var school = await new SchoolBuilder().SaveAsync(_database);
        var ada = await new CandidateBuilder(school.Id).Named("Ada", "Lovelace").SaveAsync(_database);
        var grace = await new CandidateBuilder(school.Id).Named("Grace", "Hopper").SaveAsync(_database);

        await Assert.ThrowsAsync<NotFoundException>(() => ForUser(grace.UserId, TestUsers.Candidate(ada.UserId)));
    }
}
