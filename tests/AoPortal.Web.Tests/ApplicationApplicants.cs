using System.Net;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Common;
using AoPortal.Domain.Users;
using AoPortal.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Web.Tests;

/// <summary>A candidate made for one test, signed in, with the record an admin would have invited them with.</summary>
public sealed record Applicant(PortalClient Client, Guid CandidateId, Guid UserId, string Email, string FullName);

/// <summary>
/// Makes candidates for the application tests and fills in their application through the pages, as a candidate would.
/// The record is made the way CreateCandidate makes it (account, then Candidate.Invite), with a password already set.
/// </summary>
public static class ApplicationApplicants
{
    public const string PersonalDetailsForm = "form[action='/application/personal-details']";
    public const string ConfirmExperienceForm = "form[action='/application/experience/confirm']";
    public const string SubmitForm = "form[action='/application/submit']";

    public static async Task<Applicant> CreateSignedInAsync(PortalFactory factory, string ageRange = "5-11", string lastName = "Applicant")
    {
        var email = TestAccounts.UniqueEmail("applicant");
        var firstNames = "Ada";
        var userId = await TestAccounts.CreateAsync(factory, $"{firstNames} {lastName}", email, PortalRole.Candidate);
        var school = await factory.SchoolIdAsync(DemoAccounts.OakfieldPrimary);
        var range = AgeRange.Parse(ageRange);
        IReadOnlyList<string> subjects = range.NeedsSubject ? ["Mathematics"] : [];
        var candidateId = await factory.WithDbAsync(async db =>
        {
            var (candidate, audit) = Candidate.Invite(userId,
                new CandidateDetails(firstNames, lastName, email, school, range, subjects), Actor.System, factory.Clock.GetUtcNow().UtcDateTime);
            db.Candidates.Add(candidate);
            db.AuditEntries.Add(audit);
            await db.SaveChangesAsync();
            return candidate.Id;
        });

        var client = factory.CreatePortalClient();
        await client.SignInAsync(email, TestAccounts.Password);
        return new Applicant(client, candidateId, userId, email, $"{firstNames} {lastName}");
    }

    public static Task<Candidate> CandidateAsync(PortalFactory factory, Guid candidateId) =>
        factory.WithDbAsync(db => db.Candidates.AsNoTracking().SingleAsync(c => c.Id == candidateId));

    public static List<KeyValuePair<string, string>> GoodPersonalDetails(string day = "14", string month = "6", string year = "1988") => Fields.Of(
        ("Form.LegalFirstNames", "Ada Mary"), ("Form.LegalLastName", "Applicant"), ("Form.PreviousNames", ""),
        ("Form.DateOfBirth.Day", day), ("Form.DateOfBirth.Month", month), ("Form.DateOfBirth.Year", year),
        ("Form.Phone", "01632 960 001"), ("Form.Address", "1 High Street\nLeeds"), ("Form.Postcode", "ls1 1aa"),
        ("Form.Trn", "1234567"), ("Form.Nationality", "British"));

    public static List<KeyValuePair<string, string>> Post(
        string setting, string role = "Class teacher", string startYear = "2019", bool stillThere = true, string endDay = "", string endMonth = "", string endYear = "") => Fields.Of(
        ("Form.SettingName", setting), ("Form.Country", "England"), ("Form.RoleTitle", role),
        ("Form.StartDate.Day", "1"), ("Form.StartDate.Month", "9"), ("Form.StartDate.Year", startYear),
        ("Form.StillInPost", stillThere ? "True" : "False"),
        ("Form.EndDate.Day", endDay), ("Form.EndDate.Month", endMonth), ("Form.EndDate.Year", endYear),
        ("Form.Fte", "1"), ("Form.AgesFrom", "5"), ("Form.AgesTo", "11"), ("Form.FullResponsibility", "True"));

    /// <summary>Saves a form and checks it went on to the page given (Post/Redirect/Get).</summary>
    public static async Task SaveAsync(PortalClient client, string pageUrl, List<KeyValuePair<string, string>> fields, string next = "/application")
    {
        using var response = await client.PostFormAsync(pageUrl, $"form[action='{pageUrl}']", fields);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            var page = PortalClient.Parse(await response.Content.ReadAsStringAsync());
            Assert.Fail($"Saving {pageUrl} responded {(int)response.StatusCode}:\n{page.QuerySelector("main")?.TextContent ?? page.Body?.TextContent}");
        }

        Assert.Equal(next, response.RedirectTarget());
    }

    /// <summary>Completes all six sections through the pages, for a 5 to 11 candidate (English, maths and science GCSEs).</summary>
    public static async Task CompleteAllSectionsAsync(PortalClient client)
    {
        await SaveAsync(client, "/application/personal-details", GoodPersonalDetails());
        await SaveAsync(client, "/application/degree", Fields.Of(
            ("Form.Subject", "BA History"), ("Form.Institution", "University of Leeds"), ("Form.Country", "United Kingdom"),
            ("Form.AwardYear", "2010"), ("Form.Classification", "2:1")), "/application/qualifications");
        foreach (var subject in new[] { "english", "maths", "science" })
        {
            await SaveAsync(client, $"/application/gcse/{subject}", Fields.Of(
                ("Form.IsGcse", "True"), ("Form.Grade", "6"), ("Form.Year", "2005")), "/application/qualifications");
        }

        await SaveAsync(client, "/application/experience/new", Post("Hillside Primary School"), "/application/experience");
        using (var confirmed = await client.PostFormAsync("/application/experience", ConfirmExperienceForm, []))
        {
            Assert.Equal("/application", confirmed.RedirectTarget());
        }

        await SaveAsync(client, "/application/age-range", Fields.Of(("Form.AgeRange", "5-11"), ("Form.Subjects", "")));
        await SaveAsync(client, "/application/declarations", Fields.Of(
            ("Form.Health", "NoConditions"), ("Form.HasCriminalRecord", "False"), ("Form.ConfirmedTrue", "True")));
        await SaveAsync(client, "/application/school", []);
    }
}
