using AoPortal.Application.Abstractions;
using AoPortal.Application.Common;
using AoPortal.Application.Features.Applications;
using AoPortal.Application.Tests.Support;
using AoPortal.Domain.Applications;
using AoPortal.Domain.Users;
using Moq;

namespace AoPortal.Application.Tests.Applications;

public sealed class GetApplicationTests : IDisposable
{
    private readonly SqliteTestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    private async Task<GetApplication.Result> Mine(ICurrentUser user)
    {
        await using var db = _database.NewContext();
        return await new GetApplication.Handler(db, user).Mine(CancellationToken.None);
    }

    private async Task<GetApplication.Result> ById(Guid candidateId, ICurrentUser user)
    {
        await using var db = _database.NewContext();
        return await new GetApplication.Handler(db, user).ById(candidateId, CancellationToken.None);
    }

    private static async Task SubmitAsync(Applicant applicant)
    {
        var accounts = new Mock<IUserAccounts>();
        accounts.Setup(a => a.EmailsInRoleAsync(PortalRole.Admin, It.IsAny<CancellationToken>())).ReturnsAsync([]);
        accounts.Setup(a => a.SchoolLeadEmailsAsync(It.IsAny<Guid>(), It.IsAny<CancellationToken>())).ReturnsAsync([]);
        await applicant.Submit(accounts.Object, Mock.Of<IEmailSender>());
    }

    private async Task<Applicant> InvitedAtAsync(string schoolName, string ageRange = "5-11", params string[] subjects)
    {
        var school = await new SchoolBuilder().Named(schoolName).SaveAsync(_database);
        return new Applicant(_database, await new CandidateBuilder(school.Id).ForAgeRange(ageRange, subjects).SaveAsync(_database));
    }

    [Fact]
    public async Task A_candidate_sees_their_own_application_with_their_school_and_six_sections_in_order()
    {
        var applicant = await InvitedAtAsync("Willow Academy");
        await InvitedAtAsync("Another School");
        await applicant.SavePersonalDetails(ApplicationCommands.PersonalDetails());
        await applicant.SaveDegree(ApplicationCommands.Degree());
        await applicant.SaveExperience(ApplicationCommands.CurrentPost());

        var result = await Mine(applicant.User);

        Assert.Equal(applicant.Candidate.Id, result.Candidate.Id);
        Assert.Equal("Willow Academy", result.SchoolName);
        Assert.Equal("King", result.Application.PersonalDetails?.LegalLastName);
        Assert.Equal(
            [
                (ApplicationSection.PersonalDetails, SectionStatus.Completed),
                (ApplicationSection.Qualifications, SectionStatus.InProgress),
                (ApplicationSection.TeachingExperience, SectionStatus.InProgress),
                (ApplicationSection.IntendedAssessment, SectionStatus.NotStarted),
                (ApplicationSection.Declarations, SectionStatus.NotStarted),
                (ApplicationSection.SchoolSupport, SectionStatus.NotStarted),
            ],
            result.Sections);
        Assert.Equal(1, result.CompletedCount);
        Assert.True(result.CanChange);
    }

    [Fact]
    public async Task A_completed_application_shows_every_section_completed()
    {
        var applicant = await InvitedAtAsync("Willow Academy");
        await applicant.CompleteAsync();

        var result = await Mine(applicant.User);

        Assert.All(result.Sections, s => Assert.Equal(SectionStatus.Completed, s.Status));
        Assert.Equal(6, result.CompletedCount);
    }

    [Fact]
    public async Task A_user_without_a_candidate_record_has_no_application() =>
        await Assert.ThrowsAsync<NotFoundException>(() => Mine(TestUsers.Candidate(Guid.NewGuid())));

    [Fact]
    public async Task An_admin_sees_any_candidate_s_application()
    {
        var applicant = await InvitedAtAsync("Willow Academy");
        await applicant.SaveDegree(ApplicationCommands.Degree());

        var result = await ById(applicant.Candidate.Id, TestUsers.Admin());

        Assert.Equal(applicant.Candidate.Id, result.Candidate.Id);
        Assert.Equal("Willow Academy", result.SchoolName);
        Assert.Equal("Mathematics", result.Application.Degree?.Subject);
    }

    [Fact]
    public async Task A_school_lead_sees_the_application_of_their_own_school_s_candidate()
    {
        var applicant = await InvitedAtAsync("Willow Academy");

        var result = await ById(applicant.Candidate.Id, TestUsers.SchoolLead(applicant.Candidate.EmployingSchoolId!.Value));

        Assert.Equal(applicant.Candidate.Id, result.Candidate.Id);
    }

    [Fact]
    public async Task A_school_lead_of_another_school_is_told_the_application_is_not_found()
    {
        var applicant = await InvitedAtAsync("Willow Academy");
        var otherSchool = await new SchoolBuilder().SaveAsync(_database);

        await Assert.ThrowsAsync<NotFoundException>(() => ById(applicant.Candidate.Id, TestUsers.SchoolLead(otherSchool.Id)));
    }

    [Fact]
    public async Task A_candidate_cannot_open_another_candidate_s_application_by_its_id()
    {
        var applicant = await InvitedAtAsync("Willow Academy");
        var other = await InvitedAtAsync("Another School");

        await Assert.ThrowsAsync<NotFoundException>(() => ById(other.Candidate.Id, applicant.User));
    }

    [Fact]
    public async Task A_user_without_a_role_is_told_the_application_is_not_found()
    {
        var applicant = await InvitedAtAsync("Willow Academy");

        await Assert.ThrowsAsync<NotFoundException>(() => ById(applicant.Candidate.Id, TestUsers.WithoutARole()));
    }

    [Fact]
    public async Task A_submitted_application_can_no_longer_be_changed()
    {
        var applicant = await InvitedAtAsync("Willow Academy");
        await applicant.CompleteAsync();
        Assert.True((await Mine(applicant.User)).CanChange);

        await SubmitAsync(applicant);

        var result = await Mine(applicant.User);
        Assert.False(result.CanChange);
        Assert.NotNull(result.Application.SubmittedAt);
    }

    [Fact]
    public async Task A_range_that_reaches_primary_ages_needs_gcse_science_as_well_as_english_and_maths()
    {
        var applicant = await InvitedAtAsync("Willow Academy", "5-11");

        var result = await Mine(applicant.User);

        Assert.Equal([GcseSubject.English, GcseSubject.Maths, GcseSubject.Science], result.RequiredGcses);
    }

    [Fact]
    public async Task A_secondary_range_needs_gcse_english_and_maths_only()
    {
        var applicant = await InvitedAtAsync("Willow Academy", "11-16", "Mathematics");

        var result = await Mine(applicant.User);

        Assert.Equal([GcseSubject.English, GcseSubject.Maths], result.RequiredGcses);
    }

    [Fact]
    public async Task A_secondary_candidate_s_qualifications_are_complete_without_science()
    {
        var applicant = await InvitedAtAsync("Willow Academy", "11-16", "Mathematics");
        await applicant.SaveDegree(ApplicationCommands.Degree());
        await applicant.SaveGcse(ApplicationCommands.Gcse(GcseSubject.English));
        await applicant.SaveGcse(ApplicationCommands.Gcse(GcseSubject.Maths));

        var result = await Mine(applicant.User);

        Assert.Contains((ApplicationSection.Qualifications, SectionStatus.Completed), result.Sections);
    }

    [Fact]
    public async Task A_primary_candidate_s_qualifications_stay_in_progress_until_science_is_given()
    {
        var applicant = await InvitedAtAsync("Willow Academy", "5-11");
        await applicant.SaveDegree(ApplicationCommands.Degree());
        await applicant.SaveGcse(ApplicationCommands.Gcse(GcseSubject.English));
        await applicant.SaveGcse(ApplicationCommands.Gcse(GcseSubject.Maths));
        Assert.Contains((ApplicationSection.Qualifications, SectionStatus.InProgress), (await Mine(applicant.User)).Sections);

        await applicant.SaveGcse(ApplicationCommands.Gcse(GcseSubject.Science));

        Assert.Contains((ApplicationSection.Qualifications, SectionStatus.Completed), (await Mine(applicant.User)).Sections);
    }
}
