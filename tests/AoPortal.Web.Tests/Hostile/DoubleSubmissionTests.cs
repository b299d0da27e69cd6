using System.Net;
using AngleSharp.Dom;
using AoPortal.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace AoPortal.Web.Tests.Hostile;

/// <summary>
/// Create-style forms submitted twice from the same page (same antiforgery token, same hidden version), as a double
/// click or a resent request would: the first is saved, the second makes no second record and is not a server error.
/// </summary>
public sealed class DoubleSubmissionTests(PortalFactory portal, ITestOutputHelper output) : IClassFixture<PortalFactory>
{
    private DateOnly Today => AssessmentCandidates.Today(portal);

    private async Task TwiceAsync(string name, PortalClient client, string pageUrl, string action, IReadOnlyList<KeyValuePair<string, string>> fields,
        Func<Task<int>> count, bool multipart = false)
    {
        var page = await client.GetPageAsync(pageUrl);
        var selector = $"form[action='{action}']";
        var before = await count();
        var statuses = new List<int>();
        var states = new List<PortalState> { await PortalState.TakeAsync(portal) };
        for (var i = 0; i < 2; i++)
        {
            using var response = multipart
                ? await HostileUploadTests.PostMultipartAsync(client, page, selector, fields, "Files", ("plan.pdf", HostileUploads.Pdf))
                : await client.PostFormAsync(page, selector, fields);
            statuses.Add((int)response.StatusCode);
            states.Add(await PortalState.TakeAsync(portal));
        }

        var after = await count();
        var secondChanged = states[2].DifferencesFrom(states[1]);
        HostileInputLog.Count("double submission: " + name, 2);
        HostileInputLog.Write();
        output.WriteLine($"{name}: {string.Join(" then ", statuses)}; records {before} -> {after}; the second post changed: {(secondChanged.Length == 0 ? "nothing" : secondChanged)}");
        Assert.Equal(302, statuses[0]);
        Assert.True(statuses[1] < 500, $"{name}: the second post responded {statuses[1]}");
        Assert.True(after == before + 1, $"{name}: {after - before} records from two posts of the same form");
        Assert.True(secondChanged.Length == 0, $"{name}: the second post changed {secondChanged}");
    }

    [Fact]
    public async Task Adding_a_school_twice_makes_one()
    {
        var admin = await portal.SignedInAsync(DemoAccounts.Admin);
        var name = $"Twice School {Guid.NewGuid():N}";
        await TwiceAsync("add a school", admin, "/admin/schools/new", "/admin/schools/new",
            Fields.Of(("Form.Name", name), ("Form.Country", "England"), ("Form.Urn", Random.Shared.Next(200000, 999999).ToString()), ("Form.Phase", "Primary"),
                ("Form.LocalAuthority", "Leeds"), ("Form.Postcode", "LS1 1AA")),
            () => portal.WithDbAsync(db => db.Schools.CountAsync(s => s.Name == name)));
    }

    /// <summary>A school outside England has no URN to make it unique: the form's one-time submission id does.</summary>
    [Fact]
    public async Task Adding_a_school_abroad_without_a_urn_twice_makes_one()
    {
        var admin = await portal.SignedInAsync(DemoAccounts.Admin);
        var name = $"Twice Abroad {Guid.NewGuid():N}";
        await TwiceAsync("add a school abroad", admin, "/admin/schools/new", "/admin/schools/new",
            Fields.Of(("Form.Name", name), ("Form.Country", "Portugal"), ("Form.Urn", ""), ("Form.Phase", "Secondary"), ("Form.LocalAuthority", ""), ("Form.Postcode", "")),
            () => portal.WithDbAsync(db => db.Schools.CountAsync(s => s.Name == name)));
    }

    [Fact]
    public async Task Nominating_twice_makes_one_candidate()
    {
        var lead = await portal.SignedInAsync(DemoAccounts.SchoolLead);
        var email = TestAccounts.UniqueEmail("twice-nominee");
        await TwiceAsync("nominate", lead, "/school/nominate", "/school/nominate",
            Fields.Of(("Form.FirstNames", "Twice"), ("Form.LastName", "Nominated"), ("Form.Email", email), ("Form.AgeRange", "11-16"), ("Form.Subjects", "Mathematics")),
            () => portal.WithDbAsync(db => db.Candidates.CountAsync(c => c.Email == email)));
    }

    [Fact]
    public async Task Adding_a_teaching_post_twice_adds_one()
    {
        var candidate = await ReviewCandidates.CreateAsync(portal, submit: false);
        var client = await portal.SignedInAsync(candidate.Email, TestAccounts.Password);
        await TwiceAsync("add a teaching post", client, "/application/experience/new", "/application/experience/new",
            Fields.Of(("Form.SettingName", "Twice School"), ("Form.Country", "England"), ("Form.RoleTitle", "Teacher"), ("Form.StartDate.Day", "1"),
                ("Form.StartDate.Month", "9"), ("Form.StartDate.Year", "2015"), ("Form.StillInPost", "false"), ("Form.EndDate.Day", "31"), ("Form.EndDate.Month", "7"),
                ("Form.EndDate.Year", "2016"), ("Form.Fte", "0.5"), ("Form.AgesFrom", "11"), ("Form.AgesTo", "16"), ("Form.FullResponsibility", "true")),
            async () => (await ReviewCandidates.LoadAsync(portal, candidate.Id)).Application.Experience.Count(e => e.SettingName == "Twice School"));
    }

    [Fact]
    public async Task Creating_a_user_twice_makes_one()
    {
        var admin = await portal.SignedInAsync(DemoAccounts.Admin);
        var email = TestAccounts.UniqueEmail("twice");
        await TwiceAsync("create a user", admin, "/admin/users/new", "/admin/users/new",
            Fields.Of(("Form.DisplayName", "Twice Made"), ("Form.Email", email), ("Form.Roles", "Assessor")),
            () => portal.WithDbAsync(db => db.Users.CountAsync(u => u.Email == email)));
    }

    [Fact]
    public async Task Creating_a_candidate_twice_makes_one()
    {
        var admin = await portal.SignedInAsync(DemoAccounts.Admin);
        var email = TestAccounts.UniqueEmail("twice-candidate");
        var oakfield = await portal.SchoolIdAsync(DemoAccounts.OakfieldPrimary);
        await TwiceAsync("create a candidate", admin, "/candidates/new", "/candidates/new",
            Fields.Of(("Form.FirstNames", "Twice"), ("Form.LastName", "Candidate"), ("Form.Email", email), ("Form.EmployingSchoolId", oakfield.ToString()),
                ("Form.AgeRange", "11-16"), ("Form.Subjects", "Mathematics")),
            () => portal.WithDbAsync(db => db.Candidates.CountAsync(c => c.Email == email)));
    }

    [Fact]
    public async Task Submitting_an_application_twice_submits_once()
    {
        var candidate = await ReviewCandidates.CreateAsync(portal, submit: false);
        var client = await portal.SignedInAsync(candidate.Email, TestAccounts.Password);
        await TwiceAsync("submit an application", client, "/application/check", "/application/submit", [],
            () => ReviewCandidates.AuditCountAsync(portal, candidate.Id, "Application submitted"));
    }

    [Fact]
    public async Task Adding_a_milestone_twice_adds_one()
    {
        var candidate = await AssessmentCandidates.StartedAsync(portal);
        var assessor = await portal.SignedInAsync(DemoAccounts.Assessor);
        var path = $"/candidates/{candidate.Id}/assessment/milestones/new";
        await TwiceAsync("add a milestone", assessor, path, path,
            Fields.Of(("Form.Kind", "AssessorVisit"), ("Form.Title", "Twice visit"), ("Form.DueDate.Day", Today.AddDays(9).Day.ToString()),
                ("Form.DueDate.Month", Today.AddDays(9).Month.ToString()), ("Form.DueDate.Year", Today.AddDays(9).Year.ToString())),
            () => portal.WithDbAsync(async db => (await db.AssessmentPlans.AsNoTracking().SingleAsync(p => p.CandidateId == candidate.Id)).Milestones.Count(m => m.Title == "Twice visit")));
    }

    /// <summary>A new record has no version to go stale: the form's one-time submission id stops a second draft.</summary>
    [Fact]
    public async Task Adding_an_observation_twice_adds_one()
    {
        var candidate = await AssessmentCandidates.StartedAsync(portal, daysAgo: 7);
        var assessor = await portal.SignedInAsync(DemoAccounts.Assessor);
        var path = $"/candidates/{candidate.Id}/assessment/records/new?kind=Observation";
        var page = await assessor.GetPageAsync(path);
        var yesterday = Today.AddDays(-1);
        await TwiceAsync("add an observation", assessor, path, $"/candidates/{candidate.Id}/assessment/records/new",
            Fields.Of(("Form.Date.Day", yesterday.Day.ToString()), ("Form.Date.Month", yesterday.Month.ToString()), ("Form.Date.Year", yesterday.Year.ToString()),
                ("Form.School", Option(page, "Form.School")), ("Form.YearGroup", Option(page, "Form.YearGroup")), ("Form.Subject", "Mathematics"),
                ("Form.Focus", "Twice observed"), ("Form.Standards[0].Outcome", "Met")),
            () => portal.WithDbAsync(db => db.AssessmentRecords.CountAsync(r => r.CandidateId == candidate.Id)));
    }

    /// <summary>As for records: the upload form's one-time submission id stops a second item, and its files are not stored twice.</summary>
    [Fact]
    public async Task Uploading_evidence_twice_adds_one_item()
    {
        var candidate = await AssessmentCandidates.StartedAsync(portal);
        var client = await portal.SignedInAsync(candidate.Email, TestAccounts.Password);
        var path = $"/candidates/{candidate.Id}/evidence/new";
        await TwiceAsync("upload evidence", client, path, path,
            Fields.Of(("Form.Kind", "LessonPlan"), ("Form.Title", "Twice uploaded"), ("Form.Date.Day", Today.Day.ToString()), ("Form.Date.Month", Today.Month.ToString()),
                ("Form.Date.Year", Today.Year.ToString()), ("Form.Standards", "TS1"), ("Form.PupilDataRemoved", "true")),
            () => portal.WithDbAsync(db => db.EvidenceItems.CountAsync(i => i.CandidateId == candidate.Id)), multipart: true);
    }

    [Fact]
    public async Task Proposing_twice_proposes_once()
    {
        var candidate = await RecommendationCandidates.JudgedAsync(portal);
        var assessor = await portal.SignedInAsync(DemoAccounts.Assessor);
        var path = $"/candidates/{candidate.Id}/recommendation/propose";
        var met = Today.AddDays(-1);
        await TwiceAsync("propose", assessor, path, path,
            Fields.Of(("Form.Outcome", "Recommend"), ("Form.RequirementsMetOn.Day", met.Day.ToString()), ("Form.RequirementsMetOn.Month", met.Month.ToString()),
                ("Form.RequirementsMetOn.Year", met.Year.ToString()), ("Form.AgeRange", "11-16"), ("Form.Subjects", "Mathematics"),
                ("Form.Strengths", RecommendationCandidates.Strengths), ("Form.InductionTargets", RecommendationCandidates.Targets)),
            () => portal.WithDbAsync(db => db.Candidates.CountAsync(c => c.Id == candidate.Id && c.Status == Domain.Candidates.CandidateStatus.RecommendationPending)));
    }

    [Fact]
    public async Task Confirming_moderation_twice_confirms_once()
    {
        var candidate = await RecommendationCandidates.ProposedAsync(portal);
        var moderator = await portal.SignedInAsync(DemoAccounts.Moderator);
        var path = $"/candidates/{candidate.Id}/moderation";
        await TwiceAsync("confirm moderation", moderator, path, path, Fields.Of(("Form.Outcome", "Confirm"), ("Form.Comments", "")),
            () => portal.WithDbAsync(db => db.Candidates.CountAsync(c => c.Id == candidate.Id && c.Status == Domain.Candidates.CandidateStatus.Recommended)));
    }

    [Fact]
    public async Task Making_a_register_export_twice_makes_one()
    {
        var candidate = await RecommendationCandidates.ConfirmedAsync(portal);
        var admin = await portal.SignedInAsync(DemoAccounts.Admin);
        var trn = $"/candidates/{candidate.Id}/trn";
        using (var recorded = await admin.PostFormAsync(trn, $"form[action='{trn}']", Fields.Of(("Form.Trn", Random.Shared.Next(1000000, 9999999).ToString()))))
            Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        await TwiceAsync("make a register export", admin, "/register-exports", "/register-exports", [],
            () => portal.WithDbAsync(db => db.RegisterExports.CountAsync()));
    }

    private static string Option(IDocument page, string name) =>
        page.QuerySelectorAll($"select[name='{name}'] option").Select(o => o.GetAttribute("value") ?? "").First(v => v.Length > 0);
}
