using AoPortal.Application.Abstractions;
using AoPortal.Application.Common;
using AoPortal.Application.Tests.Support;
using AoPortal.Domain.Users;

namespace AoPortal.Application.Tests.Applications;

/// <summary>Every handler that changes an application changes the signed-in candidate's own record and no other.</summary>
public sealed class OwnApplicationTests : IDisposable
{
    private readonly SqliteTestDatabase _database = new();
    private readonly FakeTimeProvider _clock = new();

    public void Dispose() => _database.Dispose();

    public static TheoryData<string> Changes => ApplicationChanges.Names;

    private async Task Run(string change, ICurrentUser user, Guid schoolId)
    {
        await using var db = _database.NewContext();
        await ApplicationChanges.RunAsync(change, db, user, _clock, schoolId);
    }

    [Theory]
    [MemberData(nameof(Changes))]
    public async Task A_candidate_s_change_is_saved_to_their_own_record_and_never_to_another_candidate_s(string change)
    {
        var applicant = await Applicant.InvitedAsync(_database);
        var other = await Applicant.InvitedAsync(_database);
        await applicant.CompleteAsync();
        await other.CompleteAsync();
        var before = await StoredCandidates.SnapshotAsync(_database);

        await Run(change, applicant.User, applicant.Candidate.EmployingSchoolId!.Value);

        var after = await StoredCandidates.SnapshotAsync(_database);
        Assert.NotEqual(before[applicant.Candidate.Id], after[applicant.Candidate.Id]);
        Assert.Equal(before[other.Candidate.Id], after[other.Candidate.Id]);
    }

    [Theory]
    [MemberData(nameof(Changes))]
    public async Task A_signed_in_candidate_without_a_candidate_record_is_told_it_was_not_found_and_nothing_changes(string change)
    {
        var other = await Applicant.InvitedAsync(_database);
        await other.SaveExperience(ApplicationCommands.CurrentPost());
        var before = await StoredCandidates.SnapshotAsync(_database);

        await Assert.ThrowsAsync<NotFoundException>(() => Run(change, TestUsers.Candidate(Guid.NewGuid()), other.Candidate.EmployingSchoolId!.Value));

        Assert.Equal(before, await StoredCandidates.SnapshotAsync(_database));
    }

    [Theory]
    [MemberData(nameof(Changes))]
    public async Task Staff_without_a_candidate_record_cannot_change_any_application(string change)
    {
        var other = await Applicant.InvitedAsync(_database);
        await other.SaveExperience(ApplicationCommands.CurrentPost());
        var before = await StoredCandidates.SnapshotAsync(_database);

        await Assert.ThrowsAsync<NotFoundException>(() => Run(change, TestUsers.Admin(), other.Candidate.EmployingSchoolId!.Value));

        Assert.Equal(before, await StoredCandidates.SnapshotAsync(_database));
    }

    [Theory]
    [MemberData(nameof(Changes))]
    public async Task A_request_without_a_signed_in_user_is_told_it_was_not_found(string change)
    {
        var other = await Applicant.InvitedAsync(_database);
        var before = await StoredCandidates.SnapshotAsync(_database);

        await Assert.ThrowsAsync<NotFoundException>(() =>
            Run(change, TestUsers.With(null, "Nobody", null, PortalRole.Candidate), other.Candidate.EmployingSchoolId!.Value));

        Assert.Equal(before, await StoredCandidates.SnapshotAsync(_database));
    }
}
