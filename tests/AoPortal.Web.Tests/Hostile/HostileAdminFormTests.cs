using AoPortal.Domain.Users;
using AoPortal.Web.Tests.Support;
using Xunit.Abstractions;

namespace AoPortal.Web.Tests.Hostile;

/// <summary>
/// School and user administration, candidate records, nominations and the eligibility review under hostile input.
/// Existing tests cover single cases: a stale school form in SchoolAdminTests, a missing token in AntiforgeryTests,
/// a blank decision reason in ReviewTests, a nomination for another school in NominationTests.
/// </summary>
public sealed class HostileAdminFormTests(PortalFactory portal, ITestOutputHelper output)
    : HostileFormTestBase(portal, output), IClassFixture<PortalFactory>
{
    private static string Unique() => Guid.NewGuid().ToString("N")[..8];

    private static string UniqueUrn() => Random.Shared.Next(200000, 999999).ToString();

    private static IEnumerable<KeyValuePair<string, string>> NewSchool()
    {
        yield return F("Form.Name", $"Hostile Test School {Unique()}");
        yield return F("Form.Country", "England");
        yield return F("Form.Urn", UniqueUrn());
        yield return F("Form.Phase", "Primary");
        yield return F("Form.LocalAuthority", "Leeds");
        yield return F("Form.Postcode", "LS1 1AA");
    }

    private static IEnumerable<KeyValuePair<string, string>> NewUser()
    {
        yield return F("Form.DisplayName", $"Hostile User {Unique()}");
        yield return F("Form.Email", TestAccounts.UniqueEmail("hostile-user"));
        yield return F("Form.Roles", "Assessor");
    }

    private IEnumerable<KeyValuePair<string, string>> NewCandidate(Guid schoolId)
    {
        yield return F("Form.FirstNames", "Hostile");
        yield return F("Form.LastName", $"Candidate {Unique()}");
        yield return F("Form.Email", TestAccounts.UniqueEmail("hostile-candidate"));
        yield return F("Form.EmployingSchoolId", schoolId.ToString());
        yield return F("Form.AgeRange", "11-16");
        yield return F("Form.Subjects", "Mathematics");
    }

    private static IEnumerable<KeyValuePair<string, string>> Nominee()
    {
        yield return F("Form.FirstNames", "Nominated");
        yield return F("Form.LastName", $"Teacher {Unique()}");
        yield return F("Form.Email", TestAccounts.UniqueEmail("hostile-nominee"));
        yield return F("Form.AgeRange", "11-16");
        yield return F("Form.Subjects", "Mathematics");
    }

    [Fact]
    public Task Add_a_school() => AttackAsync(new HostileForm
    {
        Name = "add a school",
        Arrange = async () =>
        {
            var admin = await ClientAsync(DemoAccounts.Admin);
            return Target(admin, "/admin/schools/new", "/admin/schools/new", NewSchool(), (admin, "/admin/schools"));
        },
    });

    [Fact]
    public Task Change_a_school() => AttackAsync(new HostileForm
    {
        Name = "change a school",
        Arrange = async () =>
        {
            var admin = await ClientAsync(DemoAccounts.Admin);
            var name = $"Editable School {Unique()}";
            using (var made = await admin.PostFormAsync("/admin/schools/new", "form[action='/admin/schools/new']",
                       [.. NewSchool().Where(f => f.Key != "Form.Name"), F("Form.Name", name)]))
                Assert.Equal(System.Net.HttpStatusCode.Redirect, made.StatusCode);
            var id = await Portal.SchoolIdAsync(name);
            return Target(admin, $"/admin/schools/{id}/edit", $"/admin/schools/{id}/edit", null, (admin, "/admin/schools"));
        },
        // The candidate request the form came from only chooses where to go next.
        Skip = name => name == "forRequest",
    });

    [Fact]
    public Task Create_a_user() => AttackAsync(new HostileForm
    {
        Name = "create a user",
        Arrange = async () =>
        {
            var admin = await ClientAsync(DemoAccounts.Admin);
            return Target(admin, "/admin/users/new", "/admin/users/new", NewUser(), (admin, "/admin/users"));
        },
    });

    [Fact]
    public Task Create_a_candidate() => AttackAsync(new HostileForm
    {
        Name = "create a candidate",
        Arrange = async () =>
        {
            var admin = await ClientAsync(DemoAccounts.Admin);
            var oakfield = await Portal.SchoolIdAsync(DemoAccounts.OakfieldPrimary);
            return Target(admin, "/candidates/new", "/candidates/new", NewCandidate(oakfield), (admin, "/candidates"));
        },
    });

    [Fact]
    public Task Nominate_a_member_of_staff() => AttackAsync(new HostileForm
    {
        Name = "school lead nominates",
        Arrange = async () =>
        {
            var lead = await ClientAsync(DemoAccounts.SchoolLead);
            return Target(lead, "/school/nominate", "/school/nominate", Nominee(), (lead, "/"), (await ClientAsync(DemoAccounts.Admin), "/candidates"));
        },
    });

    [Fact]
    public Task Judge_a_requirement() => AttackAsync(new HostileForm
    {
        Name = "review judgement",
        Arrange = async () =>
        {
            var candidate = await ReviewCandidates.CreateAsync(Portal);
            var admin = await ClientAsync(DemoAccounts.Admin);
            var path = $"/candidates/{candidate.Id}/review/Degree";
            return Target(admin, path, path, [F("Form.Outcome", "NotMet"), F("Form.Rationale", "Degree certificate not seen")],
                (admin, $"/candidates/{candidate.Id}/eligibility"), (admin, $"/candidates/{candidate.Id}"));
        },
    });

    [Fact]
    public Task Record_safeguarding_checks() => AttackAsync(new HostileForm
    {
        Name = "safeguarding checks",
        Arrange = async () =>
        {
            var candidate = await ReviewCandidates.CreateAsync(Portal);
            var admin = await ClientAsync(DemoAccounts.Admin);
            var path = $"/candidates/{candidate.Id}/review/safeguarding/record";
            return Target(admin, path, path,
                [F("Form.DbsCertificateNumber", "001234567890"), .. DateField("Form.DbsIssueDate", new DateOnly(2025, 3, 27)), F("Form.DbsSeenBy", "Alex Admin"),
                 .. DateField("Form.ProhibitionCheckDate", new DateOnly(2025, 4, 2)), F("Form.OverseasConductCheck", "")],
                (admin, $"/candidates/{candidate.Id}/safeguarding"), (admin, $"/candidates/{candidate.Id}/eligibility"));
        },
    });

    [Fact]
    public Task Return_an_application() => DecisionAsync("return");

    [Fact]
    public Task Reject_an_application() => DecisionAsync("reject");

    private Task DecisionAsync(string decision) => AttackAsync(new HostileForm
    {
        Name = $"review {decision}",
        SuccessUsesUpTheSubject = true,
        Arrange = async () =>
        {
            var candidate = await ReviewCandidates.CreateAsync(Portal);
            var admin = await ClientAsync(DemoAccounts.Admin);
            var path = $"/candidates/{candidate.Id}/review/{decision}";
            return Target(admin, path, path, [F("Form.Text", "Please check your degree details")],
                (admin, $"/candidates/{candidate.Id}/eligibility"), (admin, $"/candidates/{candidate.Id}"), (await CandidateClientAsync(candidate), "/application"));
        },
    });

    [Fact]
    public Task School_lead_confirms_support() => AttackAsync(new HostileForm
    {
        Name = "school support confirmation",
        SuccessUsesUpTheSubject = true,
        Arrange = async () =>
        {
            var candidate = await ReviewCandidates.CreateAsync(Portal);
            var lead = await ClientAsync(DemoAccounts.SchoolLead);
            var path = $"/school/candidates/{candidate.Id}/support";
            return Target(lead, path, path, [F("Form.Statement", "We support this assessment."), F("Form.MentorName", "Grace Hopper")],
                (await ClientAsync(DemoAccounts.Admin), $"/candidates/{candidate.Id}/eligibility"));
        },
    });

    [Fact]
    public Task Link_a_requested_school() => AttackAsync(new HostileForm
    {
        Name = "link a requested school",
        SuccessUsesUpTheSubject = true,
        Arrange = async () =>
        {
            var candidate = await ReviewCandidates.CreateAsync(Portal, submit: false);
            var client = await CandidateClientAsync(candidate);
            using (var requested = await client.PostFormAsync("/application/school", "form[action='/application/school']",
                       [F("Form.SchoolNotListed", "true"), F("Form.RequestedSchoolName", $"Requested School {Unique()}")]))
                Assert.Equal(System.Net.HttpStatusCode.Redirect, requested.StatusCode);
            var admin = await ClientAsync(DemoAccounts.Admin);
            var path = $"/admin/schools/requests/{candidate.Id}";
            var oakfield = await Portal.SchoolIdAsync(DemoAccounts.OakfieldPrimary);
            return Target(admin, path, path, [F("Form.SchoolId", oakfield.ToString())], (admin, "/admin/schools/requests"));
        },
    });
}
