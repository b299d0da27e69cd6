using AoPortal.Web.Tests.Support;
using Xunit.Abstractions;

namespace AoPortal.Web.Tests.Hostile;

/// <summary>
/// The candidate's application sections under hostile input. What existing tests already cover for one value each:
/// required and length errors in ApplicationPersonalDetailsTests and ApplicationSectionTests, impossible dates of posts in
/// ApplicationExperienceTests, hostile certificate files in CertificateUploadTests. These run the whole corpus on every field.
/// </summary>
public sealed class HostileApplicationFormTests(PortalFactory portal, ITestOutputHelper output)
    : HostileFormTestBase(portal, output), IClassFixture<PortalFactory>
{
    /// <summary>A draft application, complete in every section, whose candidate is signed in; staff read it on the application page.</summary>
    private async Task<(ReviewCandidate Candidate, PortalClient Client, (PortalClient, string)[] Displays)> DraftAsync()
    {
        var candidate = await ReviewCandidates.CreateAsync(Portal, submit: false);
        var client = await CandidateClientAsync(candidate);
        var admin = await ClientAsync(DemoAccounts.Admin);
        return (candidate, client, [(client, "/application/check"), (admin, $"/candidates/{candidate.Id}/application")]);
    }

    private Task SectionAsync(string name, string path, IEnumerable<KeyValuePair<string, string>>? valid = null) =>
        AttackAsync(new HostileForm
        {
            Name = $"application {name}",
            Arrange = async () =>
            {
                var (_, client, displays) = await DraftAsync();
                return Target(client, path, path, valid, displays);
            },
        });

    [Fact]
    public Task Personal_details() => SectionAsync("personal details", "/application/personal-details");

    [Fact]
    public Task Degree() => SectionAsync("degree", "/application/degree");

    [Fact]
    public Task Gcse() => SectionAsync("GCSE English", "/application/gcse/english");

    [Fact]
    public Task Declarations() => SectionAsync("declarations", "/application/declarations",
        [F("Form.Health", "ConditionManaged"), F("Form.HealthDetails", "Asthma, managed"), F("Form.HasCriminalRecord", "true"),
         F("Form.CriminalRecordDetails", "A caution in 2004"), F("Form.ConfirmedTrue", "true")]);

    [Fact]
    public Task School_not_listed() => SectionAsync("school", "/application/school",
        [F("Form.SchoolNotListed", "true"), F("Form.RequestedSchoolName", "Hostile Test School")]);

    [Fact]
    public Task Age_range() => SectionAsync("age range and subjects", "/application/age-range");

    [Fact]
    public Task New_teaching_post() => SectionAsync("new teaching post", "/application/experience/new",
        [F("Form.SettingName", "Moorside School"), F("Form.Country", "England"), F("Form.RoleTitle", "Teacher of maths"),
         .. DateField("Form.StartDate", new DateOnly(2015, 9, 1)), F("Form.StillInPost", "false"),
         .. DateField("Form.EndDate", new DateOnly(2016, 7, 31)), F("Form.Fte", "0.5"), F("Form.AgesFrom", "11"), F("Form.AgesTo", "16"),
         F("Form.FullResponsibility", "true")]);
}
