using AoPortal.Application.Tests.Support;
using AoPortal.Domain.Applications;
using AoPortal.Domain.Common;

namespace AoPortal.Application.Tests.Applications;

public sealed class ConfirmExperienceTests : IDisposable
{
    private readonly SqliteTestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Confirming_the_list_of_posts_completes_the_teaching_experience_section()
    {
        var applicant = await Applicant.InvitedAsync(_database);
        await applicant.SaveExperience(ApplicationCommands.CurrentPost());
        Assert.Equal(SectionStatus.InProgress,
            ApplicationProgress.StatusOf(await applicant.ReloadAsync(), ApplicationSection.TeachingExperience));

        await applicant.ConfirmExperience();

        var candidate = await applicant.ReloadAsync();
        Assert.True(candidate.Application.ExperienceConfirmed);
        Assert.Equal(SectionStatus.Completed, ApplicationProgress.StatusOf(candidate, ApplicationSection.TeachingExperience));
    }

    [Fact]
    public async Task An_empty_list_of_posts_cannot_be_confirmed()
    {
        var applicant = await Applicant.InvitedAsync(_database);

        var refusal = await Assert.ThrowsAsync<DomainRuleException>(() => applicant.ConfirmExperience());

        Assert.Equal("Add at least one school or setting where you have taught", refusal.Message);
        Assert.False((await applicant.ReloadAsync()).Application.ExperienceConfirmed);
    }
}
