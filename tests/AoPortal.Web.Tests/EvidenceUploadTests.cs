using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using AoPortal.Domain.Common;
using AoPortal.Domain.Evidence;
using AoPortal.Domain.Users;
using AoPortal.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Web.Tests;

/// <summary>
/// The candidate's portfolio: items added with real files through the multipart form (with its antiforgery token),
/// hostile files refused with nothing stored, and downloads only for people allowed to see the candidate.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class EvidenceUploadTests(PortalFactory factory)
{
    private static readonly byte[] Pdf = [.. "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"u8];
    private static readonly byte[] Png =
    [
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0,
        0x90, 0x77, 0x53, 0xDE, 0, 0, 0, 0, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82,
    ];

    private static readonly byte[] Executable = [(byte)'M', (byte)'Z', 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xFF, 0xFF, 0, 0, .. new byte[200]];

    /// <summary>A minimal Word document: content types, relationships and the main part, in a ZIP archive.</summary>
    private static readonly byte[] Docx = Zip(
        ("[Content_Types].xml", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
              <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
              <Default Extension="xml" ContentType="application/xml"/>
              <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
            </Types>
            """),
        ("_rels/.rels", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
              <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
            </Relationships>
            """),
        ("word/document.xml", """<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Lesson plan</w:t></w:r></w:p></w:body></w:document>"""));

    [Fact]
    public async Task A_candidate_adds_an_item_with_two_files_stored_with_their_hash_and_scanned_clean()
    {
        var (candidate, client) = await CandidateAsync(factory);

        using var response = await UploadAsync(client, candidate.Id, ItemFields(factory), ("plan.pdf", Pdf), ("worksheet.docx", Docx));

        var page = await client.FollowAsync(response);
        PageAssert.SuccessBanner(page, "Your evidence has been added");
        var item = Assert.Single(await ItemsAsync(factory, candidate.Id));
        Assert.Equal((EvidenceStatus.AwaitingReview, "Year 9 equations", "TS1,TS4b"), (item.Status, item.Title, item.Standards));
        Assert.True(item.IsVisibleToReviewers);
        var files = item.Latest.Files;
        Assert.Equal(["plan.pdf", "worksheet.docx"], files.Select(f => f.FileName));
        Assert.Equal(["application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"], files.Select(f => f.ContentType));
        Assert.All(files, f => Assert.Equal(ScanResult.Clean, f.Scan));
        foreach (var (file, bytes) in files.Zip([Pdf, Docx]))
        {
            Assert.Equal((long)bytes.Length, file.Size);
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), file.Sha256);
            Assert.Equal(bytes, await File.ReadAllBytesAsync(Path.Combine(factory.UploadsFolder, file.StoredName)));
        }

        Assert.Contains("plan.pdf", PageAssert.MainText(page));
        var portfolio = await client.GetPageAsync($"/candidates/{candidate.Id}/evidence");
        Assert.Contains("Awaiting review", portfolio.GetElementById($"item-{item.Id}")!.TextContent);
        Assert.NotNull(portfolio.QuerySelector($"a[href='/candidates/{candidate.Id}/coverage']"));
    }

    [Fact]
    public async Task A_png_is_accepted_by_its_content()
    {
        var (candidate, client) = await CandidateAsync(factory);

        using var response = await UploadAsync(client, candidate.Id, ItemFields(factory), ("pupils work.png", Png));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("image/png", Assert.Single(Assert.Single(await ItemsAsync(factory, candidate.Id)).Latest.Files).ContentType);
    }

    [Fact]
    public async Task A_name_with_folders_is_kept_only_as_its_last_part_and_the_file_stays_in_the_store()
    {
        var (candidate, client) = await CandidateAsync(factory);

        using var response = await UploadAsync(client, candidate.Id, ItemFields(factory), ("../../../etc/lesson plan.pdf", Pdf));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var file = Assert.Single(Assert.Single(await ItemsAsync(factory, candidate.Id)).Latest.Files);
        Assert.Equal("lesson plan.pdf", file.FileName);
        Assert.Matches("^[0-9a-f]{32}$", file.StoredName);
        Assert.True(File.Exists(Path.Combine(factory.UploadsFolder, file.StoredName)));
    }

    [Theory]
    [InlineData("renamed-executable", "report.pdf", "report.pdf does not look like a PDF: its content does not match its name")]
    [InlineData("executable", "setup.exe", "setup.exe must be a PDF, Word, Excel, PowerPoint, JPEG, PNG or MP4 file")]
    [InlineData("html", "photo.png", "photo.png does not look like a PNG image: its content does not match its name")]
    [InlineData("docm", "plan.docm", "plan.docm is a macro-enabled file: save it as .docx and upload that")]
    [InlineData("empty", "empty.pdf", "empty.pdf is empty")]
    public async Task A_hostile_file_is_refused_with_a_clear_message_and_nothing_is_stored(string content, string name, string message)
    {
        var (candidate, client) = await CandidateAsync(factory);
        var bytes = content switch
        {
            "renamed-executable" or "executable" => Executable,
            "html" => "<html><body><script>alert(1)</script></body></html>"u8.ToArray(),
            "docm" => Docx,
            _ => [],
        };
        var filesBefore = StoredFileCount(factory);

        // A good file goes first, so it is already stored when the hostile one is refused: it must be deleted too.
        using var response = await UploadAsync(client, candidate.Id, ItemFields(factory), ("plan.pdf", Pdf), (name, bytes));

        var page = await response.ReadPageAsync();
        PageAssert.ErrorSummaryLists(page, message, "form-files");
        PageAssert.FieldHasError(page, "form-files", message);
        Assert.Empty(await ItemsAsync(factory, candidate.Id));
        Assert.Equal(filesBefore, StoredFileCount(factory));
    }

    [Fact]
    public async Task A_file_over_the_limit_or_over_the_quota_is_refused_and_nothing_is_stored()
    {
        await using var portal = new PortalFactory
        {
            Settings = { ["Evidence:MaxFileSizeBytes"] = "2048", ["Evidence:MaxCandidateQuotaBytes"] = "4096" },
        };
        var (candidate, client) = await CandidateAsync(portal);
        // The demo data stores files of its own.
        var filesBefore = StoredFileCount(portal);

        using (var big = await UploadAsync(client, candidate.Id, ItemFields(portal), ("big.pdf", Padded(Pdf, 3000))))
            PageAssert.ErrorSummaryLists(await big.ReadPageAsync(), "big.pdf must be 2 KB or smaller", "form-files");
        Assert.Empty(await ItemsAsync(portal, candidate.Id));
        Assert.Equal(filesBefore, StoredFileCount(portal));

        using (var first = await UploadAsync(client, candidate.Id, ItemFields(portal), ("one.pdf", Padded(Pdf, 1500)), ("two.pdf", Padded(Pdf, 1500))))
            Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        using (var over = await UploadAsync(client, candidate.Id, ItemFields(portal), ("three.pdf", Padded(Pdf, 1500))))
        {
            PageAssert.ErrorSummaryLists(await over.ReadPageAsync(),
                "You have used 2.9 KB of your 4 KB of evidence. This upload would take you over: remove some of its files or make them smaller", "form-files");
        }

        Assert.Single(await ItemsAsync(portal, candidate.Id));
        Assert.Equal(filesBefore + 2, StoredFileCount(portal));
    }

    [Fact]
    public async Task Missing_answers_are_listed_and_nothing_is_stored()
    {
        var (candidate, client) = await CandidateAsync(factory);
        var fields = ItemFields(factory).Where(f => f.Key is not "Form.Standards" and not "Form.PupilDataRemoved").ToList();
        var filesBefore = StoredFileCount(factory);

        using var response = await UploadAsync(client, candidate.Id, fields);

        var page = await response.ReadPageAsync();
        Assert.StartsWith("Error:", page.Title);
        PageAssert.ErrorSummaryLists(page, "Select at least one standard or point this evidences", "form-standards");
        PageAssert.ErrorSummaryLists(page, "Confirm that you have removed pupils' personal data", "form-pupildataremoved");
        PageAssert.ErrorSummaryLists(page, "Select at least one file", "form-files");
        Assert.Equal("Year 9 equations", page.GetElementById("form-title")?.GetAttribute("value"));
        Assert.Empty(await ItemsAsync(factory, candidate.Id));
        Assert.Equal(filesBefore, StoredFileCount(factory));
    }

    [Fact]
    public async Task A_reflective_assignment_is_answered_in_the_portal_without_files()
    {
        var (candidate, client) = await CandidateAsync(factory);
        const string prompt = "Adaptive teaching: how do you meet the needs of all pupils?";
        var form = await client.GetPageAsync($"/candidates/{candidate.Id}/evidence/new");
        Assert.Contains(form.QuerySelectorAll("#form-prompt option"), o => o.GetAttribute("value") == prompt);
        var fields = ItemFields(factory, EvidenceKind.ReflectiveAssignment)
            .Concat(Fields.Of(("Form.Prompt", prompt), ("Form.Answer", "I plan for three groups and check in with each.")));

        using (var missing = await UploadAsync(client, candidate.Id, ItemFields(factory, EvidenceKind.ReflectiveAssignment)))
        {
            var page = await missing.ReadPageAsync();
            PageAssert.ErrorSummaryLists(page, "Select the assignment you are answering", "form-prompt");
            PageAssert.ErrorSummaryLists(page, "Write your answer to the assignment", "form-answer");
        }

        using var response = await UploadAsync(client, candidate.Id, fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var item = Assert.Single(await ItemsAsync(factory, candidate.Id));
        Assert.Equal((EvidenceKind.ReflectiveAssignment, prompt, "I plan for three groups and check in with each."), (item.Kind, item.Prompt, item.Latest.Answer));
        Assert.Empty(item.Latest.Files);
        Assert.True(item.IsVisibleToReviewers);
    }

    [Fact]
    public async Task Downloads_are_attachments_for_people_allowed_to_see_the_candidate_only()
    {
        var (candidate, client) = await CandidateAsync(factory);
        using (var upload = await UploadAsync(client, candidate.Id, ItemFields(factory), ("plan.pdf", Pdf)))
            Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        var item = Assert.Single(await ItemsAsync(factory, candidate.Id));
        var path = $"/candidates/{candidate.Id}/evidence/{item.Id}/files/{item.Latest.Files[0].Id}";

        using (var own = await client.GetAsync(path))
        {
            Assert.Equal(HttpStatusCode.OK, own.StatusCode);
            Assert.Equal("attachment", own.Content.Headers.ContentDisposition?.DispositionType);
            Assert.Equal("plan.pdf", own.Content.Headers.ContentDisposition?.FileNameStar ?? own.Content.Headers.ContentDisposition?.FileName);
            Assert.Equal("application/pdf", own.Content.Headers.ContentType?.MediaType);
            Assert.Equal("nosniff", own.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal(Pdf, await own.Content.ReadAsByteArrayAsync());
        }

        var itemPage = await client.GetPageAsync($"/candidates/{candidate.Id}/evidence/{item.Id}");
        Assert.NotNull(itemPage.QuerySelector($"a[href='{path}']"));

        await AssertDownloadAsync(await SignedInAsync(DemoAccounts.Assessor), path, HttpStatusCode.OK);
        var unallocated = TestAccounts.UniqueEmail("unallocated-assessor");
        await TestAccounts.CreateAsync(factory, "Una Allocated", unallocated, PortalRole.Assessor);
        await AssertDownloadAsync(await SignedInAsync(unallocated, TestAccounts.Password), path, HttpStatusCode.OK);
        await AssertDownloadAsync(await SignedInAsync(DemoAccounts.Candidate), path, HttpStatusCode.NotFound);
        var otherLead = TestAccounts.UniqueEmail("riverside-lead");
        await TestAccounts.CreateAsync(factory, "Rita Riverside", otherLead, PortalRole.SchoolLead,
            schoolId: await factory.SchoolIdAsync(DemoAccounts.RiversideAcademy));
        await AssertDownloadAsync(await SignedInAsync(otherLead, TestAccounts.Password), path, HttpStatusCode.NotFound);

        // The candidate's own school lead sees accepted items only.
        var lead = await SignedInAsync(DemoAccounts.SchoolLead);
        await AssertDownloadAsync(lead, path, HttpStatusCode.NotFound);
        await lead.GetPageAsync($"/candidates/{candidate.Id}/evidence/{item.Id}", HttpStatusCode.NotFound);
        Assert.NotNull((await lead.GetPageAsync($"/candidates/{candidate.Id}/evidence")).GetElementById("no-evidence"));
        await ChangeItemAsync(item.Id, (i, actor, now, _) => i.Accept(actor, now));
        await AssertDownloadAsync(lead, path, HttpStatusCode.OK);
        Assert.NotNull((await lead.GetPageAsync($"/candidates/{candidate.Id}/evidence")).GetElementById($"item-{item.Id}"));

        // No guessing: a real file id under another candidate's record finds nothing.
        var other = await AssessmentCandidates.StartedAsync(factory);
        using var guessed = await (await SignedInAsync(DemoAccounts.Assessor)).GetAsync($"/candidates/{other.Id}/evidence/{item.Id}/files/{item.Latest.Files[0].Id}");
        Assert.Equal(HttpStatusCode.NotFound, guessed.StatusCode);
    }

    [Fact]
    public async Task Another_candidate_cannot_add_to_a_portfolio_that_is_not_theirs()
    {
        var (candidate, _) = await CandidateAsync(factory);
        var (_, intruder) = await CandidateAsync(factory);

        await intruder.GetPageAsync($"/candidates/{candidate.Id}/evidence", HttpStatusCode.NotFound);
        await intruder.GetPageAsync($"/candidates/{candidate.Id}/evidence/new", HttpStatusCode.NotFound);
        var staff = await SignedInAsync(DemoAccounts.Assessor);
        await staff.GetPageAsync($"/candidates/{candidate.Id}/evidence/new", HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task When_more_is_requested_the_candidate_sees_the_feedback_and_adds_a_new_version()
    {
        var (candidate, client) = await CandidateAsync(factory);
        using (var upload = await UploadAsync(client, candidate.Id, ItemFields(factory), ("plan.pdf", Pdf)))
            Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        var item = Assert.Single(await ItemsAsync(factory, candidate.Id));
        await ChangeItemAsync(item.Id, (i, actor, now, today) => i.RequestMore("Add the worksheet you used", today.AddDays(7), actor, now, today));

        var portfolio = await client.GetPageAsync($"/candidates/{candidate.Id}/evidence");
        Assert.Contains("1 item needs more evidence", portfolio.GetElementById("feedback-waiting")!.TextContent);
        Assert.Contains("Add the worksheet you used", portfolio.GetElementById($"item-{item.Id}")!.TextContent);
        var itemPath = $"/candidates/{candidate.Id}/evidence/{item.Id}";
        var page = await client.GetPageAsync(itemPath);
        var form = page.QuerySelector($"form[action='{itemPath}/versions']") ?? throw new InvalidOperationException("No form for a new version");

        using (var noNote = await PostMultipartAsync(client, form, Fields.Of(), ("worksheet.pdf", Pdf)))
            PageAssert.ErrorSummaryLists(await noNote.ReadPageAsync(), "Say what this version changes", "form-note");

        using var response = await PostMultipartAsync(client, form, Fields.Of(("Form.Note", "Added the worksheet")), ("worksheet.pdf", Pdf));

        PageAssert.SuccessBanner(await client.FollowAsync(response), "Your new version has been added");
        var stored = Assert.Single(await ItemsAsync(factory, candidate.Id));
        Assert.Equal(EvidenceStatus.AwaitingReview, stored.Status);
        Assert.Equal([1, 2], stored.Versions.Select(v => v.Number));
        Assert.Equal(("Added the worksheet", "worksheet.pdf", ScanResult.Clean), (stored.Latest.Note, stored.Latest.Files[0].FileName, stored.Latest.Files[0].Scan));
        Assert.True(File.Exists(Path.Combine(factory.UploadsFolder, stored.Versions[0].Files[0].StoredName)));
    }

    private static async Task AssertDownloadAsync(PortalClient client, string path, HttpStatusCode expected)
    {
        using var response = await client.GetAsync(path);
        Assert.Equal(expected, response.StatusCode);
    }

    private async Task<PortalClient> SignedInAsync(string email, string password = DemoAccounts.Password)
    {
        var client = factory.CreatePortalClient();
        await client.SignInAsync(email, password);
        return client;
    }

    private static async Task<(ReviewCandidate Candidate, PortalClient Client)> CandidateAsync(PortalFactory portal)
    {
        var candidate = await AssessmentCandidates.StartedAsync(portal);
        var client = portal.CreatePortalClient();
        await client.SignInAsync(candidate.Email, TestAccounts.Password);
        return (candidate, client);
    }

    private static List<KeyValuePair<string, string>> ItemFields(PortalFactory portal, EvidenceKind kind = EvidenceKind.LessonPlan)
    {
        var today = AssessmentCandidates.Today(portal);
        return Fields.Of(
            ("Form.Kind", kind.ToString()),
            ("Form.Title", "Year 9 equations"),
            ("Form.Date.Day", today.Day.ToString()),
            ("Form.Date.Month", today.Month.ToString()),
            ("Form.Date.Year", today.Year.ToString()),
            ("Form.Description", "A three-part lesson"),
            ("Form.Standards", "TS1"),
            ("Form.Standards", "TS4b"),
            ("Form.PupilDataRemoved", "true"));
    }

    /// <summary>Posts the page's form as a browser would: multipart, with the antiforgery token from the page.</summary>
    private static async Task<HttpResponseMessage> UploadAsync(PortalClient client, Guid candidateId, IEnumerable<KeyValuePair<string, string>> fields,
        params (string Name, byte[] Content)[] files)
    {
        var action = $"/candidates/{candidateId}/evidence/new";
        var page = await client.GetPageAsync(action);
        var form = page.QuerySelector($"form[action='{action}']") ?? throw new InvalidOperationException("No form to add evidence");
        Assert.NotNull(form.QuerySelector("input.govuk-file-upload[type=file][name=Files][multiple]"));
        return await PostMultipartAsync(client, form, fields, files);
    }

    private static async Task<HttpResponseMessage> PostMultipartAsync(PortalClient client, AngleSharp.Dom.IElement form,
        IEnumerable<KeyValuePair<string, string>> fields, params (string Name, byte[] Content)[] files)
    {
        Assert.Equal("multipart/form-data", form.GetAttribute("enctype"));
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException("The form has no antiforgery token");
        using var multipart = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var hidden in form.QuerySelectorAll("input[type=hidden][name^='Form.']"))
            multipart.Add(new StringContent(hidden.GetAttribute("value") ?? ""), hidden.GetAttribute("name")!);
        foreach (var (name, value) in fields) multipart.Add(new StringContent(value), name);
        foreach (var (name, content) in files)
        {
            var file = new ByteArrayContent(content);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            multipart.Add(file, "Files", name);
        }

        return await client.Http.PostAsync(form.GetAttribute("action"), multipart);
    }

    private static Task<List<EvidenceItem>> ItemsAsync(PortalFactory portal, Guid candidateId) =>
        portal.WithDbAsync(db => db.EvidenceItems.AsNoTracking().Where(i => i.CandidateId == candidateId).ToListAsync());

    /// <summary>A reviewer's step, straight in the database through the domain.</summary>
    private Task ChangeItemAsync(Guid itemId, Func<EvidenceItem, Actor, DateTime, DateOnly, AuditEntry> change) =>
        factory.WithDbAsync(async db =>
        {
            var item = await db.EvidenceItems.SingleAsync(i => i.Id == itemId);
            db.AuditEntries.Add(change(item, new Actor(null, "Sam Assessor"), factory.Clock.GetUtcNow().UtcDateTime, AssessmentCandidates.Today(factory)));
            await db.SaveChangesAsync();
        });

    private static int StoredFileCount(PortalFactory portal) => Directory.Exists(portal.UploadsFolder) ? Directory.GetFiles(portal.UploadsFolder).Length : 0;

    private static byte[] Padded(byte[] start, int size)
    {
        var bytes = new byte[size];
        start.CopyTo(bytes, 0);
        for (var i = start.Length; i < size; i++) bytes[i] = (byte)('a' + i % 26);
        return bytes;
    }

    private static byte[] Zip(params (string Name, string Content)[] entries)
    {
        var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var entry = archive.CreateEntry(name).Open();
                entry.Write(Encoding.UTF8.GetBytes(content));
            }
        }

        return buffer.ToArray();
    }
}
