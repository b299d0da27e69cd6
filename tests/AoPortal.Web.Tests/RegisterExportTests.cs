using System.Net;
using System.Text;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Recommendations;
using AoPortal.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace AoPortal.Web.Tests;

/// <summary>
/// Exports to DfE Register through the pages: the list of confirmed recommendations waiting (ready, or refused with the
/// reason), making an export, its page and its file, and who may do it. The shared portal may hold other tests'
/// candidates waiting too, so these tests look only at their own rows; the test of the file's exact bytes has a portal
/// of its own, where only its candidates wait.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class RegisterExportTests(PortalFactory factory)
{
    private const string ExportsUrl = "/register-exports";
    private const string ExportForm = "form[action='/register-exports']";

    [Fact]
    public async Task The_page_lists_ready_candidates_and_those_refused_with_the_reason()
    {
        var ready = await RecommendationCandidates.ConfirmedAsync(factory);
        await CaseClosureTests.RecordTrnAsync(factory, ready.Id, "1111111");
        var noTrn = await RecommendationCandidates.ConfirmedAsync(factory);
        var notRecommended = await RecommendationCandidates.ConfirmedAsync(factory, "TS4");
        var admin = await CaseClosureTests.SignedInAsync(factory, DemoAccounts.Admin);

        var page = await admin.GetPageAsync(ExportsUrl);

        Assert.Equal("Register exports", PageAssert.Heading(page));
        var readyRow = Row(page, ready.Id);
        Assert.Contains(ready.FullName, readyRow);
        Assert.Contains("1111111", readyRow);
        Assert.Contains("Ready", readyRow);
        var refusedRow = Row(page, noTrn.Id);
        Assert.Contains("Cannot export", refusedRow);
        Assert.Contains("No TRN: record the candidate's 7-digit TRN before exporting", refusedRow);
        Assert.Null(page.QuerySelector($"tr[data-candidate-id='{notRecommended.Id}']"));
        // The form carries the candidates shown as ready, and only those.
        var carried = page.QuerySelectorAll($"{ExportForm} input[name='Form.Ready']").Select(i => i.GetAttribute("value")).ToList();
        Assert.Contains(ready.Id.ToString(), carried);
        Assert.DoesNotContain(noTrn.Id.ToString(), carried);
        Assert.Contains("mark as exported", page.QuerySelector($"{ExportForm} button")!.TextContent);
    }

    [Fact]
    public async Task Exporting_marks_the_ready_candidates_exported_audits_them_and_keeps_the_refused_waiting()
    {
        var ready = await RecommendationCandidates.ConfirmedAsync(factory);
        await CaseClosureTests.RecordTrnAsync(factory, ready.Id, "2222222");
        var noTrn = await RecommendationCandidates.ConfirmedAsync(factory);
        var admin = await CaseClosureTests.SignedInAsync(factory, DemoAccounts.Admin);
        var before = await LastNumberAsync(factory);

        using var made = await admin.PostFormAsync(ExportsUrl, ExportForm, []);

        var number = before + 1;
        Assert.Equal($"/register-exports/{number}", made.RedirectTarget());
        var page = await admin.FollowAsync(made);
        PageAssert.SuccessBanner(page, $"Export {number} has been made");
        Assert.Equal($"Export {number}", PageAssert.Heading(page));
        Assert.Contains(ready.FullName, page.GetElementById("exported")!.TextContent);
        Assert.DoesNotContain(noTrn.FullName, page.GetElementById("exported")!.TextContent);
        Assert.Contains($"{noTrn.FullName}", page.GetElementById("refused")!.TextContent);
        Assert.Contains("No TRN", page.GetElementById("refused")!.TextContent);
        Assert.NotNull(page.QuerySelector($"a[href='/register-exports/{number}/file']"));

        var export = await factory.WithDbAsync(db => db.RegisterExports.AsNoTracking().SingleAsync(e => e.Number == number));
        Assert.Equal("Alex Admin", export.CreatedByName);
        var exported = await RecommendationCandidates.LoadAsync(factory, ready.Id);
        Assert.Equal((export.Id, export.CreatedAt), (exported.ExportId, exported.ExportedAt));
        Assert.Null((await RecommendationCandidates.LoadAsync(factory, noTrn.Id)).ExportId);
        var audit = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.SubjectId == ready.Id && a.Action == "Exported to Register").ToListAsync());
        Assert.Equal(($"Export {number}", "Alex Admin"), (Assert.Single(audit).Detail, audit[0].ActorName));
        Assert.Equal(0, await ReviewCandidates.AuditCountAsync(factory, noTrn.Id, "Exported to Register"));
        Assert.Equal(1, await factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.SubjectId == export.Id && a.Action == "Register export made")));

        // The list: the exported candidate has gone, the refused one still waits, and the export is listed.
        var list = await admin.GetPageAsync(ExportsUrl);
        Assert.Null(list.QuerySelector($"tr[data-candidate-id='{ready.Id}']"));
        Assert.NotNull(list.QuerySelector($"tr[data-candidate-id='{noTrn.Id}']"));
        var row = list.QuerySelectorAll("#exports tbody tr").Select(r => r.TextContent).Single(r => r.Contains($"Export {number}"));
        Assert.Contains("Alex Admin", row);
        Assert.Contains(AoPortal.Web.Infrastructure.UkTime.DateTime(export.CreatedAt), row);
        Assert.Equal(export.ExportedCount.ToString(), list.QuerySelectorAll("#exports tbody tr").Single(r => r.TextContent.Contains($"Export {number}"))
            .QuerySelectorAll("td")[3].TextContent.Trim());
    }

    [Fact]
    public async Task A_second_export_leaves_out_those_already_exported()
    {
        var first = await RecommendationCandidates.ConfirmedAsync(factory);
        await CaseClosureTests.RecordTrnAsync(factory, first.Id, "3333333");
        var second = await RecommendationCandidates.ConfirmedAsync(factory);
        var admin = await CaseClosureTests.SignedInAsync(factory, DemoAccounts.Admin);
        using var firstExport = await admin.PostFormAsync(ExportsUrl, ExportForm, []);
        var firstNumber = int.Parse(firstExport.RedirectTarget().Split('/').Last());

        // Now the second candidate has their TRN, through the page.
        using var trn = await admin.PostFormAsync($"/candidates/{second.Id}/trn", $"form[action='/candidates/{second.Id}/trn']", Fields.Of(("Form.Trn", "4444444")));
        Assert.Equal($"/candidates/{second.Id}", trn.RedirectTarget());
        using var secondExport = await admin.PostFormAsync(ExportsUrl, ExportForm, []);

        var secondNumber = int.Parse(secondExport.RedirectTarget().Split('/').Last());
        Assert.Equal(firstNumber + 1, secondNumber);
        var page = await admin.FollowAsync(secondExport);
        Assert.Contains(second.FullName, page.GetElementById("exported")!.TextContent);
        Assert.DoesNotContain(first.FullName, PageAssert.MainText(page));
        var file = Encoding.UTF8.GetString(await (await admin.GetAsync($"/register-exports/{secondNumber}/file")).Content.ReadAsByteArrayAsync());
        Assert.Contains($"4444444,{second.Id},", file);
        Assert.DoesNotContain(first.Id.ToString(), file);
        var firstFile = Encoding.UTF8.GetString(await (await admin.GetAsync($"/register-exports/{firstNumber}/file")).Content.ReadAsByteArrayAsync());
        Assert.Contains($"3333333,{first.Id},", firstFile);
        Assert.DoesNotContain(second.Id.ToString(), firstFile);
    }

    [Fact]
    public async Task An_export_is_refused_when_the_ready_list_changed_since_the_page_was_opened()
    {
        var shown = await RecommendationCandidates.ConfirmedAsync(factory);
        await CaseClosureTests.RecordTrnAsync(factory, shown.Id, "5555555");
        var admin = await CaseClosureTests.SignedInAsync(factory, DemoAccounts.Admin);
        var page = await admin.GetPageAsync(ExportsUrl);
        var before = await LastNumberAsync(factory);
        var unseen = await RecommendationCandidates.ConfirmedAsync(factory);
        await CaseClosureTests.RecordTrnAsync(factory, unseen.Id, "6666666");

        using var refused = await admin.PostFormAsync(page, ExportForm, []);

        var again = await refused.ReadPageAsync();
        PageAssert.ErrorSummaryLists(again, "The recommendations ready for export have changed since you opened this page");
        Assert.Equal(before, await LastNumberAsync(factory));
        Assert.Null((await RecommendationCandidates.LoadAsync(factory, shown.Id)).ExportId);
        // The page shown again lists both, ready to export as they now stand.
        Assert.NotNull(again.QuerySelector($"{ExportForm} input[name='Form.Ready'][value='{unseen.Id}']"));
        using var made = await admin.PostFormAsync(again, ExportForm, []);
        Assert.Equal($"/register-exports/{before + 1}", made.RedirectTarget());
    }

    [Fact]
    public async Task Only_admins_may_see_or_make_exports_and_unknown_exports_are_not_found()
    {
        var candidate = await RecommendationCandidates.ConfirmedAsync(factory);
        await CaseClosureTests.ExportAsync(factory, candidate.Id, "7777777");
        var number = await LastNumberAsync(factory);
        var before = number;
        foreach (var email in new[] { DemoAccounts.Assessor, DemoAccounts.Moderator, DemoAccounts.SchoolLead, DemoAccounts.Candidate })
        {
            var client = await CaseClosureTests.SignedInAsync(factory, email);
            await client.GetPageAsync(ExportsUrl, HttpStatusCode.Forbidden);
            await client.GetPageAsync($"/register-exports/{number}", HttpStatusCode.Forbidden);
            using var file = await client.GetAsync($"/register-exports/{number}/file");
            Assert.Equal(HttpStatusCode.Forbidden, file.StatusCode);
            var token = (await client.GetPageAsync("/standards")).QuerySelector("form[action='/sign-out'] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
            using var posted = await client.PostRawAsync(ExportsUrl, Fields.Of(("__RequestVerificationToken", token)));
            Assert.Equal(HttpStatusCode.Forbidden, posted.StatusCode);
        }

        Assert.Equal(before, await LastNumberAsync(factory));
        var admin = await CaseClosureTests.SignedInAsync(factory, DemoAccounts.Admin);
        await admin.GetPageAsync($"/register-exports/{number + 1000}", HttpStatusCode.NotFound);
        using var missing = await admin.GetAsync($"/register-exports/{number + 1000}/file");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    /// <summary>
    /// Two admins exporting at the same moment would both number their export max + 1. Pages cannot make two requests meet
    /// inside one save, so this test drives the use case itself over the app's database, through a database that lets
    /// another export (of a different candidate, made the way <see cref="CaseClosureTests.ExportAsync"/> makes one) be
    /// saved just before this one: the unique index on the number refuses the second, which is told to try again and
    /// leaves nothing half-saved.
    /// </summary>
    [Fact]
    public async Task An_export_made_at_the_same_moment_as_another_is_refused_with_a_clear_message()
    {
        var mine = await RecommendationCandidates.ConfirmedAsync(factory);
        await CaseClosureTests.RecordTrnAsync(factory, mine.Id, "8888888");
        var theirs = await RecommendationCandidates.ConfirmedAsync(factory);
        var adminId = await factory.UserIdAsync(DemoAccounts.Admin);
        var number = await LastNumberAsync(factory) + 1;

        var refusal = await factory.WithServicesAsync(async services =>
        {
            var db = services.GetRequiredService<AoPortal.Infrastructure.Persistence.AoPortalDbContext>();
            var racing = new RacingDb(db, () => CaseClosureTests.ExportAsync(factory, theirs.Id, "9999999"));
            var handler = new AoPortal.Application.Features.Recommendations.RegisterExports.Handler(
                racing, new Admin(adminId), factory.Clock, NullLogger<AoPortal.Application.Features.Recommendations.RegisterExports.Handler>.Instance);
            var overview = await handler.OverviewAsync(CancellationToken.None);
            var command = new AoPortal.Application.Features.Recommendations.RegisterExports.Command { Ready = overview.Ready.Select(r => r.CandidateId).ToList() };
            return await Assert.ThrowsAsync<AoPortal.Domain.Common.DomainRuleException>(() => handler.CreateAsync(command, CancellationToken.None));
        });

        Assert.StartsWith("Another export was made at the same time", refusal.Message);
        var theirExport = await factory.WithDbAsync(db => db.RegisterExports.AsNoTracking().SingleAsync(e => e.Number == number));
        Assert.Equal(theirExport.Id, (await RecommendationCandidates.LoadAsync(factory, theirs.Id)).ExportId);
        Assert.Null((await RecommendationCandidates.LoadAsync(factory, mine.Id)).ExportId);
        Assert.Equal(0, await ReviewCandidates.AuditCountAsync(factory, mine.Id, "Exported to Register"));
        Assert.Equal(number, await LastNumberAsync(factory));
    }

    /// <summary>
    /// The file is compared byte for byte with Expected/register-export.csv: header, column order, quoting, CRLF line ends,
    /// UTF-8 without a byte-order mark. This test has a portal of its own, so only its candidates wait (once whatever the demo
    /// data has waiting is exported first). What the test cannot fix in advance is written in the expected file as a token: the candidates' ids (made
    /// by the domain), their last names (the shared builders make them unique: "Reviewed-" and a random suffix) and the date
    /// the requirements were met (yesterday by a clock that starts at the real time). The tokens are replaced with the
    /// stored values before comparing; the TRNs are fixed, handed out in the file's order (by last name), so the expected
    /// file also pins down the order of the rows.
    /// </summary>
    [Fact]
    public async Task The_file_is_exactly_registers_csv_and_downloads_again_unchanged()
    {
        await using var portal = new PortalFactory();
        var admin = await CaseClosureTests.SignedInAsync(portal, DemoAccounts.Admin);
        // The demo data may have a recommendation of its own waiting: it goes in an export of its own first.
        if ((await admin.GetPageAsync(ExportsUrl)).QuerySelector(ExportForm) is not null)
        {
            using var demo = await admin.PostFormAsync(ExportsUrl, ExportForm, []);
            Assert.Equal(HttpStatusCode.Redirect, demo.StatusCode);
        }

        var number = await LastNumberAsync(portal) + 1;
        var candidates = new[] { await RecommendationCandidates.ConfirmedAsync(portal), await RecommendationCandidates.ConfirmedAsync(portal) }
            .OrderBy(c => c.FullName.Split(' ').Last(), StringComparer.Ordinal).ToList();
        var refused = await RecommendationCandidates.ConfirmedAsync(portal);
        await RecommendationCandidates.ConfirmedAsync(portal, "TS4");
        for (var i = 0; i < candidates.Count; i++)
        {
            var url = $"/candidates/{candidates[i].Id}/trn";
            using var saved = await admin.PostFormAsync(url, $"form[action='{url}']", Fields.Of(("Form.Trn", $"100000{i + 1}")));
            Assert.Equal($"/candidates/{candidates[i].Id}", saved.RedirectTarget());
        }

        using var made = await admin.PostFormAsync(ExportsUrl, ExportForm, []);
        Assert.Equal($"/register-exports/{number}", made.RedirectTarget());
        Assert.Contains("No TRN", (await admin.FollowAsync(made)).GetElementById("refused")!.TextContent);
        Assert.DoesNotContain(refused.FullName, (await admin.GetPageAsync($"/register-exports/{number}")).GetElementById("exported")!.TextContent);

        using var download = await admin.GetAsync($"/register-exports/{number}/file");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("text/csv", download.Content.Headers.ContentType!.MediaType);
        var disposition = download.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        var export = await portal.WithDbAsync(db => db.RegisterExports.AsNoTracking().SingleAsync(e => e.Number == number));
        Assert.Equal($"register-qts-recommendations-{number:000}-{export.CreatedAt:yyyy-MM-dd}.csv", disposition.FileName?.Trim('"') ?? disposition.FileNameStar);
        var bytes = await download.Content.ReadAsByteArrayAsync();

        var expected = await ExpectedAsync(portal, candidates);
        Assert.True(expected.SequenceEqual(bytes),
            $"The export differs from Expected/register-export.csv.\nExpected:\n{Encoding.UTF8.GetString(expected)}\nActual:\n{Encoding.UTF8.GetString(bytes)}");

        using var again = await admin.GetAsync($"/register-exports/{number}/file");
        Assert.Equal(bytes, await again.Content.ReadAsByteArrayAsync());
        Assert.Equal(export.Content, bytes);
    }

    /// <summary>The expected file with its tokens replaced by the candidates' stored values.</summary>
    private static async Task<byte[]> ExpectedAsync(PortalFactory portal, IReadOnlyList<ReviewCandidate> candidates)
    {
        var raw = await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "Expected", "register-export.csv"));
        Assert.False(raw.Take(3).SequenceEqual(new byte[] { 0xEF, 0xBB, 0xBF }), "Expected/register-export.csv must not start with a byte-order mark");
        var text = Encoding.UTF8.GetString(raw);
        Assert.True(text.Replace("\r\n", "").IndexOf('\n') < 0,
            "Expected/register-export.csv must keep CRLF line ends (has something converted them? keep it out of line-ending normalisation)");
        for (var i = 0; i < candidates.Count; i++)
        {
            var stored = await ReviewCandidates.LoadAsync(portal, candidates[i].Id);
            text = text.Replace($"{{{{candidate-{i + 1}-id}}}}", stored.Id.ToString()).Replace($"{{{{candidate-{i + 1}-last-name}}}}", stored.LastName);
        }

        var metOn = (await RecommendationCandidates.LoadAsync(portal, candidates[0].Id)).RequirementsMetOn!.Value;
        Assert.Equal(metOn, (await RecommendationCandidates.LoadAsync(portal, candidates[1].Id)).RequirementsMetOn);
        text = text.Replace("{{requirements-met}}", metOn.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture));
        Assert.DoesNotContain("{{", text);
        return new UTF8Encoding(false).GetBytes(text);
    }

    private static string Row(AngleSharp.Dom.IDocument page, Guid candidateId) =>
        page.QuerySelector($"#waiting tr[data-candidate-id='{candidateId}']")?.TextContent
        ?? throw new Xunit.Sdk.XunitException($"No row for candidate {candidateId} in the waiting list:\n{PageAssert.MainText(page)}");

    private static Task<int> LastNumberAsync(PortalFactory portal) =>
        portal.WithDbAsync(async db => await db.RegisterExports.MaxAsync(e => (int?)e.Number) ?? 0);

    /// <summary>An admin, as the use case sees the person making the request.</summary>
    private sealed class Admin(Guid userId) : AoPortal.Application.Abstractions.ICurrentUser
    {
        public Guid? UserId => userId;
        public AoPortal.Domain.Common.Actor Actor => new(userId, "Alex Admin");
        public bool IsInRole(AoPortal.Domain.Users.PortalRole role) => role == AoPortal.Domain.Users.PortalRole.Admin;
        public Guid? SchoolId => null;
    }

    /// <summary>The app's database, with someone else's work saved just before each save of this one.</summary>
    private sealed class RacingDb(AoPortal.Infrastructure.Persistence.AoPortalDbContext db, Func<Task> before) : AoPortal.Application.Abstractions.IAppDbContext
    {
        public DbSet<AoPortal.Domain.Schools.School> Schools => db.Schools;
        public DbSet<Candidate> Candidates => db.Candidates;
        public DbSet<AoPortal.Domain.Common.AuditEntry> AuditEntries => db.AuditEntries;
        public DbSet<AoPortal.Domain.Eligibility.EligibilityPolicy> EligibilityPolicies => db.EligibilityPolicies;
        public DbSet<AoPortal.Domain.Assessments.PlanTemplate> PlanTemplates => db.PlanTemplates;
        public DbSet<AoPortal.Domain.Assessments.AssessmentPlan> AssessmentPlans => db.AssessmentPlans;
        public DbSet<AoPortal.Domain.Assessments.AssessmentRecord> AssessmentRecords => db.AssessmentRecords;
        public DbSet<AoPortal.Domain.Evidence.EvidenceItem> EvidenceItems => db.EvidenceItems;
        public DbSet<Recommendation> Recommendations => db.Recommendations;
        public DbSet<RegisterExport> RegisterExports => db.RegisterExports;
        public DbSet<Domain.Notifications.Notification> Notifications => db.Notifications;
        public DbSet<Domain.Common.FormSubmission> FormSubmissions => db.FormSubmissions;
        public DbContext Context => db;

        public async Task<int> SaveChangesAsync(CancellationToken cancellationToken = default)
        {
            await before();
            return await db.SaveChangesAsync(cancellationToken);
        }

        public Task InTransactionAsync(Func<CancellationToken, Task> work, CancellationToken cancellationToken) => db.InTransactionAsync(work, cancellationToken);

        public void ExpectVersion<TEntity>(TEntity entity, Guid expectedVersion) where TEntity : class => db.ExpectVersion(entity, expectedVersion);
    }
}
