using System.IO.Compression;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using AoPortal.Domain.Common;
using AoPortal.Domain.Evidence;
using AoPortal.Domain.Users;
using AoPortal.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Web.Tests;

/// <summary>
/// The assessor's side of the portfolio, through the pages: the review queue, accepting and asking for more, who may
/// review, and the portfolio export. Items are set up straight in the database through the domain, with their files
/// written to the uploads folder under their stored names.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class EvidenceReviewTests(PortalFactory factory)
{
    private const string Queue = "/evidence/review";

    private static string ReviewUrl(ReviewCandidate c, Guid itemId) => $"/candidates/{c.Id}/evidence/{itemId}/review";

    private static string FormSelector(ReviewCandidate c, Guid itemId) => $"form[action='{ReviewUrl(c, itemId)}']";

    [Fact]
    public async Task The_queue_shows_the_assessors_candidates_items_newest_first_once_their_files_have_passed_the_scan()
    {
        var mine = await AssessmentCandidates.StartedAsync(factory);
        var notMine = await ReviewCandidates.CreateAsync(factory);
        var suffix = Guid.NewGuid().ToString("N")[..6];
        await AddItemAsync(mine, $"Older plan {suffix}", minutesAgo: 30);
        await AddItemAsync(mine, $"Newer plan {suffix}", minutesAgo: 5);
        await AddItemAsync(mine, $"Unscanned plan {suffix}", minutesAgo: 1, scanned: false);
        await AddItemAsync(notMine, $"Someone else's plan {suffix}", minutesAgo: 2);
        var accepted = await AddItemAsync(mine, $"Accepted plan {suffix}", minutesAgo: 3);
        await ChangeItemAsync(accepted, item => item.Accept(new Actor(null, "Sam Assessor"), Now()));

        var rows = PageAssert.TableRows(await (await factory.SignedInAsync(DemoAccounts.Assessor)).GetPageAsync(Queue))
            .Where(r => r.Contains(suffix)).ToList();

        Assert.Equal(2, rows.Count);
        Assert.Contains($"Newer plan {suffix}", rows[0]);
        Assert.Contains($"Older plan {suffix}", rows[1]);
        Assert.Contains(mine.FullName, rows[0]);
        Assert.Contains("Lesson plan", rows[0]);
        var adminRows = PageAssert.TableRows(await (await factory.SignedInAsync(DemoAccounts.Admin)).GetPageAsync(Queue)).Where(r => r.Contains(suffix)).ToList();
        Assert.Equal(3, adminRows.Count);
        Assert.Contains($"Someone else's plan {suffix}", adminRows[0]);
    }

    [Fact]
    public async Task An_item_whose_files_are_still_being_scanned_shows_no_form()
    {
        var candidate = await AssessmentCandidates.StartedAsync(factory);
        var itemId = await AddItemAsync(candidate, "Scan pending", minutesAgo: 1, scanned: false);

        var page = await (await factory.SignedInAsync(DemoAccounts.Assessor)).GetPageAsync(ReviewUrl(candidate, itemId));

        Assert.Contains("The files are still being checked for malware", PageAssert.MainText(page));
        Assert.Null(page.QuerySelector(FormSelector(candidate, itemId)));
    }

    [Fact]
    public async Task The_assessor_accepts_an_item_through_the_form()
    {
        var candidate = await AssessmentCandidates.StartedAsync(factory);
        var itemId = await AddItemAsync(candidate, "Equations lesson", minutesAgo: 10);
        var assessor = await factory.SignedInAsync(DemoAccounts.Assessor);
        var page = await assessor.GetPageAsync(ReviewUrl(candidate, itemId));
        var file = (await LoadItemAsync(itemId)).Latest.Files[0];
        Assert.Equal("Equations lesson", PageAssert.Heading(page));
        Assert.Contains("TS5b: ", PageAssert.MainText(page));
        Assert.Contains(file.Sha256, page.GetElementById("files")!.TextContent);
        Assert.NotNull(page.QuerySelector($"a[href='/candidates/{candidate.Id}/evidence/{itemId}/files/{file.Id}']"));

        using var saved = await assessor.PostFormAsync(page, FormSelector(candidate, itemId), Fields.Of(("Form.Outcome", "Accept")));

        Assert.Equal(Queue, saved.RedirectTarget());
        PageAssert.SuccessBanner(await assessor.FollowAsync(saved), "Evidence accepted");
        var item = await LoadItemAsync(itemId);
        Assert.Equal(EvidenceStatus.Accepted, item.Status);
        Assert.Equal(("Sam Assessor", 1), (Assert.Single(item.Reviews).ByName, item.Reviews[0].VersionNumber));
        Assert.Equal(1, await ReviewCandidates.AuditCountAsync(factory, candidate.Id, "Evidence accepted"));
        Assert.Equal("Evidence accepted: Equations lesson", factory.Mailbox.LatestTo(candidate.Email).Subject);
    }

    [Fact]
    public async Task The_home_pages_count_of_evidence_waiting_falls_as_soon_as_an_item_is_accepted()
    {
        // The count is kept between requests (IProgressCache): the accept must be seen on the very next view.
        var candidate = await AssessmentCandidates.StartedAsync(factory);
        var itemId = await AddItemAsync(candidate, "Fractions lesson", minutesAgo: 5);
        var assessor = await factory.SignedInAsync(DemoAccounts.Assessor);
        var before = await WaitingOnHomeAsync(assessor);
        Assert.Equal(before, await WaitingOnHomeAsync(assessor));

        var page = await assessor.GetPageAsync(ReviewUrl(candidate, itemId));
        using var saved = await assessor.PostFormAsync(page, FormSelector(candidate, itemId), Fields.Of(("Form.Outcome", "Accept")));

        Assert.Equal(Queue, saved.RedirectTarget());
        Assert.Equal(before - 1, await WaitingOnHomeAsync(assessor));
    }

    [Fact]
    public async Task The_coverage_map_counts_an_item_as_soon_as_it_is_accepted()
    {
        // The map is kept between requests (IProgressCache): the accept must be seen on the very next view.
        var candidate = await AssessmentCandidates.StartedAsync(factory);
        var itemId = await AddItemAsync(candidate, "Reading lesson", minutesAgo: 5);
        var assessor = await factory.SignedInAsync(DemoAccounts.Assessor);
        var coverage = $"/candidates/{candidate.Id}/coverage";
        Assert.Contains("No evidence yet", (await assessor.GetPageAsync(coverage)).GetElementById("coverage-TS5")!.TextContent);
        Assert.Contains("No evidence yet", (await assessor.GetPageAsync(coverage)).GetElementById("coverage-TS5")!.TextContent);

        var page = await assessor.GetPageAsync(ReviewUrl(candidate, itemId));
        using var saved = await assessor.PostFormAsync(page, FormSelector(candidate, itemId), Fields.Of(("Form.Outcome", "Accept")));

        Assert.Equal(Queue, saved.RedirectTarget());
        var ts5 = (await assessor.GetPageAsync(coverage)).GetElementById("coverage-TS5")!.TextContent;
        Assert.Contains("Reading lesson", ts5);
        Assert.DoesNotContain("No evidence yet", ts5);
    }

    [Fact]
    public async Task Asking_for_more_without_feedback_is_refused_and_changes_nothing()
    {
        var candidate = await AssessmentCandidates.StartedAsync(factory);
        var itemId = await AddItemAsync(candidate, "Marking sample", minutesAgo: 10);
        var assessor = await factory.SignedInAsync(DemoAccounts.Assessor);
        var before = await LoadItemAsync(itemId);

        using var noChoice = await assessor.PostFormAsync(ReviewUrl(candidate, itemId), FormSelector(candidate, itemId), []);
        PageAssert.ErrorSummaryLists(await noChoice.ReadPageAsync(), "Select whether to accept the evidence or ask for more", "form-outcome");
        using var refused = await assessor.PostFormAsync(ReviewUrl(candidate, itemId), FormSelector(candidate, itemId),
            Fields.Of(("Form.Outcome", "RequestMore"), ("Form.Feedback", " ")));
        var page = await refused.ReadPageAsync();
        PageAssert.ErrorSummaryLists(page, "Enter feedback saying what more is needed", "form-feedback");
        using var past = await assessor.PostFormAsync(ReviewUrl(candidate, itemId), FormSelector(candidate, itemId),
            Fields.Of(("Form.Outcome", "RequestMore"), ("Form.Feedback", "More"), ("Form.DueBy.Day", "1"), ("Form.DueBy.Month", "1"), ("Form.DueBy.Year", "2020")));
        PageAssert.ErrorSummaryLists(await past.ReadPageAsync(), "The date to answer by must be today or in the future", "form-dueby");

        var after = await LoadItemAsync(itemId);
        Assert.Equal((EvidenceStatus.AwaitingReview, before.Version), (after.Status, after.Version));
        Assert.Empty(after.Reviews);
    }

    [Fact]
    public async Task Asking_for_more_stores_the_review_emails_the_candidate_and_the_item_leaves_the_queue()
    {
        var candidate = await AssessmentCandidates.StartedAsync(factory);
        var title = $"Parents' letter {Guid.NewGuid():N}";
        var itemId = await AddItemAsync(candidate, title, minutesAgo: 10);
        var assessor = await factory.SignedInAsync(DemoAccounts.Assessor);
        Assert.Contains(PageAssert.TableRows(await assessor.GetPageAsync(Queue)), r => r.Contains(title));
        var due = AssessmentCandidates.Today(factory).AddDays(14);

        using var saved = await assessor.PostFormAsync(ReviewUrl(candidate, itemId), FormSelector(candidate, itemId), Fields.Of(
            ("Form.Outcome", "RequestMore"), ("Form.Feedback", "Add the reply from the parent."),
            ("Form.DueBy.Day", due.Day.ToString()), ("Form.DueBy.Month", due.Month.ToString()), ("Form.DueBy.Year", due.Year.ToString())));

        Assert.Equal(Queue, saved.RedirectTarget());
        var item = await LoadItemAsync(itemId);
        Assert.Equal(EvidenceStatus.MoreRequested, item.Status);
        var review = Assert.Single(item.Reviews);
        Assert.Equal((EvidenceStatus.MoreRequested, "Add the reply from the parent.", due), (review.Outcome, review.Feedback, review.DueBy));
        var email = factory.Mailbox.LatestTo(candidate.Email);
        Assert.Equal($"More evidence needed: {title}", email.Subject);
        Assert.Contains("Add the reply from the parent.", email.Body);
        Assert.Contains(due.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture), email.Body);
        Assert.DoesNotContain(PageAssert.TableRows(await assessor.GetPageAsync(Queue)), r => r.Contains(title));
        Assert.Equal(1, await ReviewCandidates.AuditCountAsync(factory, candidate.Id, "More evidence requested"));
    }

    [Fact]
    public async Task A_resubmitted_item_shows_the_new_version_with_the_earlier_one_and_its_review()
    {
        var candidate = await AssessmentCandidates.StartedAsync(factory);
        var itemId = await AddItemAsync(candidate, "Reading assessment", minutesAgo: 60);
        var actor = new Actor(candidate.UserId, candidate.FullName);
        var content = Bytes("%PDF-1.7 with the analysis");
        var storedName = Guid.NewGuid().ToString("N");
        await File.WriteAllBytesAsync(Path.Combine(factory.UploadsFolder, storedName), content);
        await ChangeItemAsync(itemId, item =>
        {
            item.RequestMore("Add your analysis of the results", null, new Actor(null, "Sam Assessor"), Now(), AssessmentCandidates.Today(factory));
            item.AddVersion([new EvidenceFile(storedName, "analysis.pdf", "application/pdf", content.Length, Convert.ToHexString(SHA256.HashData(content)))],
                null, "Added the analysis", actor, Now());
            item.RecordScan(item.Latest.Files[0].Id, ScanResult.Clean);
        });

        var page = await (await factory.SignedInAsync(DemoAccounts.Assessor)).GetPageAsync(ReviewUrl(candidate, itemId));

        Assert.Contains("analysis.pdf", page.GetElementById("files")!.TextContent);
        Assert.DoesNotContain("plan.pdf", page.GetElementById("files")!.TextContent);
        Assert.Contains("Add your analysis of the results", page.GetElementById("reviews")!.TextContent);
        Assert.Contains("Version 1", PageAssert.MainText(page));
        Assert.Contains("2, submitted", PageAssert.MainText(page));
        Assert.NotNull(page.QuerySelector(FormSelector(candidate, itemId)));
    }

    [Fact]
    public async Task A_review_of_an_item_that_changed_since_the_form_was_shown_is_refused()
    {
        var candidate = await AssessmentCandidates.StartedAsync(factory);
        var itemId = await AddItemAsync(candidate, "Assessment data", minutesAgo: 10);
        var assessor = await factory.SignedInAsync(DemoAccounts.Assessor);
        var page = await assessor.GetPageAsync(ReviewUrl(candidate, itemId));
        await ChangeItemAsync(itemId, item => item.RecordScan(item.Latest.Files[0].Id, ScanResult.Clean));

        using var refused = await assessor.PostFormAsync(page, FormSelector(candidate, itemId), Fields.Of(("Form.Outcome", "Accept")));

        PageAssert.ErrorSummaryLists(await refused.ReadPageAsync(), "Someone else changed this record while you were working on it");
        Assert.Equal(EvidenceStatus.AwaitingReview, (await LoadItemAsync(itemId)).Status);
    }

    [Fact]
    public async Task An_assessor_not_allocated_to_the_candidate_may_neither_see_the_form_nor_review()
    {
        var candidate = await AssessmentCandidates.StartedAsync(factory);
        var itemId = await AddItemAsync(candidate, "Not yours", minutesAgo: 10);
        var other = await OtherAssessorAsync();

        await other.GetPageAsync(ReviewUrl(candidate, itemId), HttpStatusCode.Forbidden);
        Assert.DoesNotContain(PageAssert.TableRows(await other.GetPageAsync(Queue)), r => r.Contains("Not yours"));
        var token = (await other.GetPageAsync("/")).QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        var version = (await LoadItemAsync(itemId)).Version;
        using var posted = await other.PostRawAsync(ReviewUrl(candidate, itemId), Fields.Of(
            ("Form.Outcome", "Accept"), ("Form.Version", version.ToString()), ("__RequestVerificationToken", token)));

        Assert.Equal(HttpStatusCode.Forbidden, posted.StatusCode);
        Assert.Equal(EvidenceStatus.AwaitingReview, (await LoadItemAsync(itemId)).Status);
        var moderator = await factory.SignedInAsync(DemoAccounts.Moderator);
        await moderator.GetPageAsync(ReviewUrl(candidate, itemId));
    }

    [Fact]
    public async Task Candidates_and_school_leads_have_no_review_queue_or_review_form()
    {
        var candidate = await AssessmentCandidates.StartedAsync(factory);
        var itemId = await AddItemAsync(candidate, "Their own", minutesAgo: 10);
        var self = factory.CreatePortalClient();
        await self.SignInAsync(candidate.Email, TestAccounts.Password);
        var lead = await factory.SignedInAsync(DemoAccounts.SchoolLead);

        await self.GetPageAsync(Queue, HttpStatusCode.Forbidden);
        await lead.GetPageAsync(Queue, HttpStatusCode.Forbidden);
        await self.GetPageAsync(ReviewUrl(candidate, itemId), HttpStatusCode.Forbidden);
        await lead.GetPageAsync(ReviewUrl(candidate, itemId), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_export_holds_exactly_the_accepted_items_files_with_an_index_and_is_audited()
    {
        var candidate = await AssessmentCandidates.StartedAsync(factory);
        var plan = Bytes("%PDF-1.7 lesson plan");
        var slides = Bytes("%PDF-1.7 slides");
        var planItem = await AddItemAsync(candidate, "Fractions: lesson / plan", minutesAgo: 30, files: [("plan.pdf", plan), ("slides.pdf", slides)]);
        var reflection = await AddItemAsync(candidate, "Behaviour reflection", minutesAgo: 20, kind: EvidenceKind.ReflectiveAssignment);
        await AddItemAsync(candidate, "Not accepted yet", minutesAgo: 10, files: [("draft.pdf", Bytes("%PDF-1.7 draft"))]);
        await ChangeItemAsync(planItem, item => item.Accept(new Actor(null, "Sam Assessor"), Now()));
        await ChangeItemAsync(reflection, item => item.Accept(new Actor(null, "Sam Assessor"), Now()));
        var assessor = await factory.SignedInAsync(DemoAccounts.Assessor);
        Assert.NotNull((await assessor.GetPageAsync($"/candidates/{candidate.Id}/assessment")).QuerySelector($"a[href='/candidates/{candidate.Id}/evidence/export']"));

        using var response = await assessor.GetAsync($"/candidates/{candidate.Id}/evidence/export");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType!.MediaType);
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        var surname = candidate.FullName.Split(' ')[1].ToLowerInvariant();
        Assert.Equal($"portfolio-{surname}-{AssessmentCandidates.Today(factory):yyyy-MM-dd}.zip", disposition.FileNameStar ?? disposition.FileName);
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var files = zip.Entries.Where(e => !e.FullName.StartsWith("index.")).ToDictionary(e => e.FullName, e => Read(e));
        Assert.Equal(["01-Behaviour reflection/answer.txt", "02-Fractions- lesson - plan/plan.pdf", "02-Fractions- lesson - plan/slides.pdf"], files.Keys.Order());
        Assert.Equal(plan, files["02-Fractions- lesson - plan/plan.pdf"]);
        Assert.Equal(slides, files["02-Fractions- lesson - plan/slides.pdf"]);
        Assert.Contains("I set clear routines.", Encoding.UTF8.GetString(files["01-Behaviour reflection/answer.txt"]));
        var csv = Encoding.UTF8.GetString(Read(zip.GetEntry("index.csv")!)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, csv.Length);
        Assert.Contains(Convert.ToHexStringLower(SHA256.HashData(plan)), csv[2]);
        Assert.Contains(Convert.ToHexStringLower(SHA256.HashData(slides)), csv[2]);
        Assert.Contains("Sam Assessor", csv[2]);
        Assert.DoesNotContain(csv, line => line.Contains("Not accepted yet"));
        Assert.Contains("Fractions: lesson / plan", Encoding.UTF8.GetString(Read(zip.GetEntry("index.html")!)));
        var audit = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(a => a.SubjectId == candidate.Id && a.Action == "Portfolio exported"));
        Assert.Equal(("Sam Assessor", "2 accepted items"), (audit.ActorName, audit.Detail));
    }

    [Fact]
    public async Task Someone_who_cannot_manage_the_candidate_cannot_export_the_portfolio()
    {
        var candidate = await AssessmentCandidates.StartedAsync(factory);
        var other = await OtherAssessorAsync();
        var lead = await factory.SignedInAsync(DemoAccounts.SchoolLead);
        var self = factory.CreatePortalClient();
        await self.SignInAsync(candidate.Email, TestAccounts.Password);
        var url = $"/candidates/{candidate.Id}/evidence/export";

        foreach (var client in new[] { other, lead, self })
        {
            using var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }

        Assert.Null((await other.GetPageAsync($"/candidates/{candidate.Id}/assessment")).QuerySelector($"a[href='{url}']"));
        Assert.Equal(0, await ReviewCandidates.AuditCountAsync(factory, candidate.Id, "Portfolio exported"));
    }

    private DateTime Now() => factory.Clock.GetUtcNow().UtcDateTime;

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    private static byte[] Read(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>
    /// Adds an item for the candidate straight in the database, submitted <paramref name="minutesAgo"/> minutes ago, with
    /// its files written to the uploads folder; the files pass the scan unless <paramref name="scanned"/> is false.
    /// </summary>
    private async Task<Guid> AddItemAsync(ReviewCandidate candidate, string title, int minutesAgo, bool scanned = true,
        EvidenceKind kind = EvidenceKind.LessonPlan, (string Name, byte[] Content)[]? files = null)
    {
        var reflective = kind == EvidenceKind.ReflectiveAssignment;
        files ??= reflective ? [] : [("plan.pdf", Bytes($"%PDF-1.7 {title}"))];
        Directory.CreateDirectory(factory.UploadsFolder);
        var stored = new List<EvidenceFile>();
        foreach (var (name, content) in files)
        {
            var storedName = Guid.NewGuid().ToString("N");
            await File.WriteAllBytesAsync(Path.Combine(factory.UploadsFolder, storedName), content);
            stored.Add(new EvidenceFile(storedName, name, "application/pdf", content.Length, Convert.ToHexString(SHA256.HashData(content))));
        }

        return await factory.WithDbAsync(async db =>
        {
            var (item, audit) = EvidenceItem.Add(candidate.Id, kind, title, AssessmentCandidates.Today(factory).AddDays(-1), "What the lesson covered",
                reflective ? "Behaviour management" : null, ["TS1", "TS5b"], true, stored, reflective ? "I set clear routines." : null,
                new Actor(candidate.UserId, candidate.FullName), Now().AddMinutes(-minutesAgo), AssessmentCandidates.Today(factory));
            if (scanned)
            {
                foreach (var file in item.Latest.Files) item.RecordScan(file.Id, ScanResult.Clean);
            }

            db.EvidenceItems.Add(item);
            db.AuditEntries.Add(audit);
            await db.SaveChangesAsync();
            return item.Id;
        });
    }

    private static async Task<int> WaitingOnHomeAsync(PortalClient client)
    {
        var home = await client.GetPageAsync("/");
        return int.Parse(home.GetElementById("today-evidence")!.TextContent.Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
    }

    private Task ChangeItemAsync(Guid itemId, Action<EvidenceItem> change) =>
        factory.WithDbAsync(async db =>
        {
            var item = await db.EvidenceItems.SingleAsync(i => i.Id == itemId);
            change(item);
            await db.SaveChangesAsync();
        });

    private Task<EvidenceItem> LoadItemAsync(Guid itemId) =>
        factory.WithDbAsync(db => db.EvidenceItems.AsNoTracking().SingleAsync(i => i.Id == itemId));

    private async Task<PortalClient> OtherAssessorAsync()
    {
        var email = TestAccounts.UniqueEmail("otherassessor");
        await TestAccounts.CreateAsync(factory, "Other Assessor", email, PortalRole.Assessor);
        var client = factory.CreatePortalClient();
        await client.SignInAsync(email, TestAccounts.Password);
        return client;
    }
}
