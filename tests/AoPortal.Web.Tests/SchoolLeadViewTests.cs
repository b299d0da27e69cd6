using System.Net;
using AngleSharp.Dom;
using AoPortal.Domain.Assessments;
using AoPortal.Domain.Common;
using AoPortal.Domain.Users;
using AoPortal.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Web.Tests;

/// <summary>
/// The school lead's view: "Your staff" on their home page (status, week, next milestone and who it is with, coverage,
/// overdue milestones, support waiting) and a read-only progress page per member of staff. Never another school's
/// staff, never drafts, never safeguarding data.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class SchoolLeadViewTests(PortalFactory factory)
{
    private const string DraftTargets = "Draft targets the school must not read";

    [Fact]
    public async Task The_demo_school_lead_sees_their_staff_with_where_each_assessment_stands()
    {
        var owen = await CandidateIdAsync("owen.price@demo.test");
        var late = await AssessmentCandidates.StartedAsync(factory, daysAgo: 14);
        await RecordAsync(late.Id, "TS1", share: true);
        var lead = await factory.SignedInAsync(DemoAccounts.SchoolLead);

        var home = await lead.GetPageAsync("/");

        Assert.Equal("Your staff", PageAssert.Heading(home));
        Assert.Contains(DemoAccounts.OakfieldPrimary, home.QuerySelector(".govuk-caption-l")!.TextContent);
        var owenRow = home.GetElementById($"staff-{owen}")!;
        Assert.Contains("Owen Price", owenRow.TextContent);
        Assert.Contains("Recommended for QTS", owenRow.QuerySelector(".govuk-tag")!.TextContent);
        Assert.NotNull(owenRow.QuerySelector($"a[href='/candidates/{owen}/progress']"));
        Assert.NotNull(owenRow.QuerySelector($"a[href='/candidates/{owen}/outcome']"));
        Assert.NotNull(home.QuerySelector($"#staff-outcomes a[href='/candidates/{owen}/handover']"));

        var row = await StaffRowAsync(lead, late.Id);
        Assert.Contains(late.FullName, row.QuerySelector($"a[href='/candidates/{late.Id}/progress']")!.TextContent);
        Assert.NotNull(row.QuerySelector($"a[href='/candidates/{late.Id}/assessment']"));
        Assert.Contains("In assessment", row.TextContent);
        Assert.Equal("Week 3 of 12", Cell(row, "week"));
        var next = Cell(row, "next");
        Assert.Contains("Initial meeting", next);
        Assert.Contains(AoPortal.Web.Infrastructure.UkTime.Date(AssessmentCandidates.Today(factory).AddDays(-14)), next);
        Assert.Contains("with Sam Assessor", next);
        Assert.Equal("1 of 9 standards evidenced", Cell(row, "coverage"));
        var overdue = row.QuerySelector("[data-label='overdue'] .govuk-tag--red")!;
        Assert.Equal("2 overdue", overdue.TextContent.Trim());
        Assert.Contains("Initial meeting, Baseline observation", Cell(row, "overdue"));
    }

    [Fact]
    public async Task A_new_assessment_is_on_track_and_the_school_is_asked_to_confirm_support_for_a_new_application()
    {
        var started = await AssessmentCandidates.StartedAsync(factory);
        var submitted = await ReviewCandidates.CreateAsync(factory);
        var lead = await factory.SignedInAsync(DemoAccounts.SchoolLead);

        var row = await StaffRowAsync(lead, started.Id);
        var home = await lead.GetPageAsync("/");

        Assert.Equal("Week 1 of 12", Cell(row, "week"));
        Assert.Equal("On track", row.QuerySelector("[data-label='overdue'] .govuk-tag--green")!.TextContent.Trim());
        var waiting = home.GetElementById("support-waiting")!;
        var link = waiting.QuerySelector($"a[href='/school/candidates/{submitted.Id}/support']");
        Assert.NotNull(link);
        Assert.Contains(submitted.FullName, waiting.TextContent);
        var progress = await lead.GetPageAsync($"/candidates/{submitted.Id}/progress");
        Assert.Equal("Not confirmed yet", progress.GetElementById("progress-support")!.TextContent.Trim());
        Assert.NotNull(progress.QuerySelector($"#progress-summary a[href='/school/candidates/{submitted.Id}/support']"));
        Assert.NotNull(progress.GetElementById("no-plan"));
        Assert.DoesNotContain(started.FullName, waiting.TextContent);
        // Once the school confirms, the request goes.
        await ReviewCandidates.ChangeAsync(factory, submitted.Id, (c, _, now) =>
            [c.ConfirmSchoolSupport(new Domain.Eligibility.SchoolSupportConfirmation("Supported", "Jo Mentor", null, "Helen Head", now), ReviewCandidates.SetUpReviewer, now)]);
        var after = await lead.GetPageAsync("/");
        Assert.Null(after.QuerySelector($"#support-waiting a[href='/school/candidates/{submitted.Id}/support']"));
        Assert.Equal("Confirmed", (await lead.GetPageAsync($"/candidates/{submitted.Id}/progress")).GetElementById("progress-support")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_school_lead_of_another_school_never_sees_oakfield_staff()
    {
        var oakfieldCandidate = await AssessmentCandidates.StartedAsync(factory, daysAgo: 7);
        var oakfieldApplicant = await ReviewCandidates.CreateAsync(factory);
        var riversideApplicant = await ReviewCandidates.CreateAsync(factory, DemoAccounts.RiversideAcademy);
        var owen = await CandidateIdAsync("owen.price@demo.test");
        var lead = await OtherSchoolLeadAsync();

        var home = await lead.GetPageAsync("/");

        Assert.Contains(DemoAccounts.RiversideAcademy, home.QuerySelector(".govuk-caption-l")!.TextContent);
        var text = home.DocumentElement.OuterHtml;
        Assert.DoesNotContain("Owen Price", text);
        Assert.DoesNotContain(owen.ToString(), text);
        Assert.DoesNotContain(oakfieldCandidate.Id.ToString(), text);
        Assert.DoesNotContain(oakfieldApplicant.Id.ToString(), text);
        Assert.Contains("Daniel Evans", PageAssert.MainText(home));
        Assert.NotNull(home.QuerySelector($"#support-waiting a[href='/school/candidates/{riversideApplicant.Id}/support']"));
        Assert.All(home.QuerySelectorAll("#your-staff tbody tr"), r => Assert.DoesNotContain(DemoAccounts.OakfieldPrimary, r.TextContent));
    }

    [Fact]
    public async Task The_progress_page_is_not_found_for_another_schools_lead_or_another_candidate()
    {
        var candidate = await AssessmentCandidates.StartedAsync(factory);
        var owen = await CandidateIdAsync("owen.price@demo.test");
        var otherLead = await OtherSchoolLeadAsync();
        var otherCandidate = await factory.SignedInAsync(DemoAccounts.Candidate);

        var page = await otherLead.GetPageAsync($"/candidates/{candidate.Id}/progress", HttpStatusCode.NotFound);
        await otherLead.GetPageAsync($"/candidates/{owen}/progress", HttpStatusCode.NotFound);
        await otherCandidate.GetPageAsync($"/candidates/{candidate.Id}/progress", HttpStatusCode.NotFound);

        Assert.Equal("Page not found", PageAssert.Heading(page));
        Assert.DoesNotContain(candidate.FullName, page.DocumentElement.OuterHtml);
    }

    [Fact]
    public async Task The_progress_page_shows_the_plan_shared_records_and_coverage_but_no_drafts_or_safeguarding()
    {
        var candidate = await AssessmentCandidates.StartedAsync(factory, daysAgo: 14);
        var shared = await RecordAsync(candidate.Id, "TS1", share: true);
        var draft = await RecordAsync(candidate.Id, "TS2", share: false, DraftTargets);
        var lead = await factory.SignedInAsync(DemoAccounts.SchoolLead);

        var page = await lead.GetPageAsync($"/candidates/{candidate.Id}/progress");

        Assert.Equal("Progress", PageAssert.Heading(page));
        Assert.Contains(candidate.FullName, page.QuerySelector(".govuk-caption-l")!.TextContent);
        Assert.Equal("/", page.QuerySelector(".govuk-back-link")!.GetAttribute("href"));
        var summary = page.GetElementById("progress-summary")!.TextContent;
        Assert.Contains("In assessment", summary);
        Assert.Contains("Week 3 of 12", summary);
        Assert.Contains("Sam Assessor", summary);
        Assert.Contains("1 of 9 standards evidenced", page.GetElementById("progress-coverage")!.TextContent);
        Assert.Contains("2 milestones are overdue", page.GetElementById("overdue-warning")!.TextContent);
        var plan = page.QuerySelectorAll("#progress-plan tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(10, plan.Count);
        Assert.Contains("Overdue", plan[0]);
        Assert.Contains("Initial meeting", plan[0]);
        Assert.Contains("To do", plan[2]);
        Assert.NotNull(page.QuerySelector($"#progress-records a[href='/candidates/{candidate.Id}/assessment/records/{shared}']"));
        Assert.Single(page.QuerySelectorAll("#progress-records li"));
        Assert.Contains("writing up 1 more", page.GetElementById("records-being-written")!.TextContent);
        Assert.Equal(9, page.QuerySelectorAll("#progress-coverage-table tbody tr").Length);
        Assert.NotNull(page.QuerySelector($"a[href='/candidates/{candidate.Id}/coverage']"));
        Assert.Null(page.GetElementById("outcome-link"));

        var html = page.DocumentElement.OuterHtml;
        Assert.DoesNotContain(draft.ToString(), html);
        Assert.DoesNotContain(DraftTargets, html);
        Assert.DoesNotContain("001234567890", html);
        Assert.DoesNotContain("Safeguarding", html, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(page.QuerySelectorAll("main form"));
    }

    [Fact]
    public async Task A_decided_candidates_progress_page_links_to_the_outcome_and_provider_staff_may_read_it()
    {
        var owen = await CandidateIdAsync("owen.price@demo.test");
        var lead = await factory.SignedInAsync(DemoAccounts.SchoolLead);
        var admin = await factory.SignedInAsync(DemoAccounts.Admin);

        var page = await lead.GetPageAsync($"/candidates/{owen}/progress");
        var adminPage = await admin.GetPageAsync($"/candidates/{owen}/progress");

        Assert.Contains("Owen Price", page.QuerySelector(".govuk-caption-l")!.TextContent);
        Assert.Contains("Recommended for QTS", page.GetElementById("progress-summary")!.TextContent);
        Assert.Equal($"/candidates/{owen}/outcome", page.GetElementById("outcome-link")!.GetAttribute("href"));
        Assert.Equal("Finished", page.GetElementById("progress-week")!.TextContent.Trim().Split('\n')[0].Trim());
        Assert.NotEmpty(page.QuerySelectorAll("#progress-records li"));
        // His assessment is over: a milestone left open is not flagged as overdue.
        Assert.Null(page.GetElementById("overdue-warning"));
        Assert.Empty(page.QuerySelectorAll("#progress-plan .govuk-tag--red"));
        Assert.Equal("Progress", PageAssert.Heading(adminPage));
        Assert.Equal($"/candidates/{owen}", adminPage.QuerySelector(".govuk-back-link")!.GetAttribute("href"));
    }

    private Task<Guid> CandidateIdAsync(string email) =>
        factory.WithDbAsync(db => db.Candidates.Where(c => c.Email == email).Select(c => c.Id).SingleAsync());

    private async Task<PortalClient> OtherSchoolLeadAsync()
    {
        var email = TestAccounts.UniqueEmail("riverside-lead");
        await TestAccounts.CreateAsync(factory, "Rita Riverside", email, PortalRole.SchoolLead, schoolId: await factory.SchoolIdAsync(DemoAccounts.RiversideAcademy));
        var lead = factory.CreatePortalClient();
        await lead.SignInAsync(email, TestAccounts.Password);
        return lead;
    }

    /// <summary>The candidate's row in the staff list, on whichever page (50 a page, by name) it falls.</summary>
    private static async Task<IElement> StaffRowAsync(PortalClient lead, Guid candidateId)
    {
        for (var page = 1; page <= 20; page++)
        {
            var document = await lead.GetPageAsync($"/?page={page}");
            if (document.GetElementById($"staff-{candidateId}") is { } row) return row;
            if (document.QuerySelector($"a[href='/?page={page + 1}']") is null) break;
        }

        throw new Xunit.Sdk.XunitException($"No row for {candidateId} in the staff list");
    }

    private static string Cell(IElement row, string label) =>
        string.Join(' ', row.QuerySelector($"[data-label='{label}']")!.TextContent.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>An observation yesterday judging the standard met, shared or left as a draft; returns its id.</summary>
    private Task<Guid> RecordAsync(Guid candidateId, string standard, bool share, string? targets = null) =>
        factory.WithDbAsync(async db =>
        {
            var plan = await db.AssessmentPlans.AsNoTracking().SingleAsync(p => p.CandidateId == candidateId);
            var today = AssessmentCandidates.Today(factory);
            var now = factory.Clock.GetUtcNow().UtcDateTime;
            var lesson = new LessonDetails("Brookfield School", YearGroup.Year9, "Mathematics", "Equations", null, null, targets, null);
            var actor = new Actor(null, "Sam Assessor");
            var day = plan.StartDate < today ? today.AddDays(-1) : today;
            var (record, audit) = AssessmentRecord.Draft(plan, RecordContent.Observation(day, lesson, [new StandardJudgement(standard, StandardOutcome.Met, null, [])]),
                ["Brookfield School"], actor, now, today);
            db.AssessmentRecords.Add(record);
            db.AuditEntries.Add(audit);
            if (share) db.AuditEntries.Add(record.Share(actor, now));
            await db.SaveChangesAsync();
            return record.Id;
        });
}
