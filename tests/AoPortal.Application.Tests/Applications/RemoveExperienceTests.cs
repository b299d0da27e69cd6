using AoPortal.Application.Tests.Support;
using AoPortal.Domain.Common;

namespace AoPortal.Application.Tests.Applications;

public sealed class RemoveExperienceTests : IDisposable
{
    private readonly SqliteTestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Removing_a_post_removes_only_that_post()
    {
        var applicant = await Applicant.InvitedAsync(_database);
        await applicant.SaveExperience(ApplicationCommands.CurrentPost());
        await applicant.SaveExperience(ApplicationCommands.PastPost());
        var past = (await applicant.ReloadAsync()).Application.Experience.Single(e => e.SettingName == "Beech Hill Academy");

        await applicant.RemoveExperience(past.Id);

        var post = Assert.Single((await applicant.ReloadAsync()).Application.Experience);
        Assert.Equal("Oakfield Primary School", post.SettingName);
    }

    [Fact]
    public async Task Removing_the_last_post_leaves_the_list_empty()
    {
        var applicant = await Applicant.InvitedAsync(_database);
        await applicant.SaveExperience(ApplicationCommands.CurrentPost());
        var post = Assert.Single((await applicant.ReloadAsync()).Application.Experience);

        await applicant.RemoveExperience(post.Id);

        Assert.Empty((await applicant.ReloadAsync()).Application.Experience);
    }

    [Fact]
    public async Task Removing_a_post_after_confirming_the_list_asks_for_the_list_to_be_confirmed_again()
    {
        var applicant = await Applicant.InvitedAsync(_database);
        await applicant.SaveExperience(ApplicationCommands.CurrentPost());
        await applicant.SaveExperience(ApplicationCommands.PastPost());
        await applicant.ConfirmExperience();
        var first = (await applicant.ReloadAsync()).Application.Experience[0];

        await applicant.RemoveExperience(first.Id);

        Assert.False((await applicant.ReloadAsync()).Application.ExperienceConfirmed);
    }

    [Fact]
    public async Task Removing_a_post_that_is_not_in_the_application_is_refused_and_nothing_changes()
    {
        var applicant = await Applicant.InvitedAsync(_database);
        await applicant.SaveExperience(ApplicationCommands.CurrentPost());
        await applicant.ConfirmExperience();
        var before = await StoredCandidates.SnapshotAsync(_database);

        var refusal = await Assert.ThrowsAsync<DomainRuleException>(() => applicant.RemoveExperience(Guid.NewGuid()));

        Assert.Equal("That post is not in your application", refusal.Message);
        Assert.Equal(before, await StoredCandidates.SnapshotAsync(_database));
    }

    [Fact]
    public async Task A_candidate_cannot_remove_a_post_from_someone_else_s_application()
    {
        var applicant = await Applicant.InvitedAsync(_database);
        var other = await Applicant.InvitedAsync(_database);
        await other.SaveExperience(ApplicationCommands.CurrentPost());
        var othersPost = Assert.Single((await other.ReloadAsync()).Application.Experience);

        await Assert.ThrowsAsync<DomainRuleException>(() => applicant.RemoveExperience(othersPost.Id));

        Assert.Single((await other.ReloadAsync()).Application.Experience);
    }
}
