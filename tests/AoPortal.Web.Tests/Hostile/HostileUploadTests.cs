using System.Net.Http.Headers;
using AoPortal.Web.Tests.Support;
using Xunit.Abstractions;

namespace AoPortal.Web.Tests.Hostile;

/// <summary>
/// Every hostile file of <see cref="HostileUploads"/> through the real upload endpoints, multipart with the page's
/// antiforgery token: refused with a GOV.UK error summary, and the database and the document store exactly as before.
/// </summary>
public sealed class HostileUploadTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory _portal;
    private readonly ITestOutputHelper _output;

    public HostileUploadTests(PortalFactory portal, ITestOutputHelper output)
    {
        // A small limit, so a file over it stays small; read when the portal first starts.
        portal.Settings["Evidence:MaxFileSizeBytes"] = HostileUploads.LimitBytes.ToString();
        (_portal, _output) = (portal, output);
    }

    public static TheoryData<string> Evidence => [.. HostileUploads.All.Select(u => u.Name)];

    [Fact]
    public async Task Every_hostile_evidence_file_is_refused_with_a_clear_error_and_nothing_is_stored()
    {
        var candidate = await AssessmentCandidates.StartedAsync(_portal);
        var client = await _portal.SignedInAsync(candidate.Email, TestAccounts.Password);
        var action = $"/candidates/{candidate.Id}/evidence/new";
        var page = await client.GetPageAsync(action);
        var today = AssessmentCandidates.Today(_portal);
        var fields = Fields.Of(("Form.Kind", "LessonPlan"), ("Form.Title", "Year 9 equations"), ("Form.Date.Day", today.Day.ToString()),
            ("Form.Date.Month", today.Month.ToString()), ("Form.Date.Year", today.Year.ToString()), ("Form.Standards", "TS1"), ("Form.PupilDataRemoved", "true"));
        var failures = new List<string>();
        foreach (var upload in HostileUploads.All)
        {
            var before = await PortalState.TakeAsync(_portal);
            using var response = await PostMultipartAsync(client, page, $"form[action='{action}']", fields, "Files",
                ("plan.pdf", HostileUploads.Pdf), (upload.FileName, upload.Content));
            failures.AddRange(await CheckRefusedAsync(upload, response, before));
        }

        Record("uploads: evidence", HostileUploads.All.Count);
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>
    /// Certificates take a PDF, JPEG or PNG judged by content, up to 5 MB: a PDF without an extension and one under that
    /// limit are fine there, so those two are left out (CertificateUploadTests covers a file over 5 MB).
    /// </summary>
    [Fact]
    public async Task Every_hostile_certificate_file_is_refused_with_a_clear_error_and_nothing_is_stored()
    {
        var applicant = await ReviewCandidates.CreateAsync(_portal, submit: false);
        var client = await _portal.SignedInAsync(applicant.Email, TestAccounts.Password);
        var page = await client.GetPageAsync("/application/qualifications");
        var uploads = HostileUploads.All.Where(u => u.Name is not ("no extension" or "over the size limit")).ToList();
        var failures = new List<string>();
        foreach (var upload in uploads)
        {
            var before = await PortalState.TakeAsync(_portal);
            using var response = await PostMultipartAsync(client, page, "form[action='/application/documents/degree']", [], "File", (upload.FileName, upload.Content));
            failures.AddRange(await CheckRefusedAsync(upload, response, before));
        }

        Record("uploads: certificates", uploads.Count);
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private async Task<List<string>> CheckRefusedAsync(HostileUpload upload, HttpResponseMessage response, PortalState before)
    {
        var failures = new List<string>();
        var html = await response.Content.ReadAsStringAsync();
        var document = PortalClient.Parse(html);
        var summary = document.QuerySelector(".govuk-error-summary .govuk-error-summary__body li")?.TextContent.Trim();
        if ((int)response.StatusCode != 200 || summary is null)
            failures.Add($"{upload}: expected the form again with an error summary, got {(int)response.StatusCode} {response.Headers.Location}");
        failures.AddRange(HostileFormHarness.Unsafe(document).Select(problem => $"{upload}: {problem}"));
        if (html.Contains("<script>alert", StringComparison.Ordinal)) failures.Add($"{upload}: the page holds raw script");
        var changes = (await PortalState.TakeAsync(_portal)).DifferencesFrom(before);
        if (changes.Length > 0) failures.Add($"{upload}: something was stored: {changes}");
        _output.WriteLine($"{upload.Name} ({upload.FileName.Replace("\0", "\\0")}): {(int)response.StatusCode} \"{summary}\"");
        return failures;
    }

    private static void Record(string target, int count)
    {
        HostileInputLog.Count(target, count);
        HostileInputLog.Write();
    }

    /// <summary>Posts the page's form as a browser would: multipart, its hidden fields (the antiforgery token among them), the fields and files given.</summary>
    public static async Task<HttpResponseMessage> PostMultipartAsync(PortalClient client, AngleSharp.Dom.IDocument page, string formSelector,
        IEnumerable<KeyValuePair<string, string>> fields, string fileField, params (string Name, byte[] Content)[] files)
    {
        var form = page.QuerySelector(formSelector) ?? throw new InvalidOperationException($"No form {formSelector}");
        using var multipart = new MultipartFormDataContent();
        var given = fields.ToList();
        foreach (var hidden in form.QuerySelectorAll("input[type=hidden][name]").Where(h => given.All(f => f.Key != h.GetAttribute("name"))))
            multipart.Add(new StringContent(hidden.GetAttribute("value") ?? ""), hidden.GetAttribute("name")!);
        foreach (var (name, value) in given) multipart.Add(new StringContent(value), name);
        foreach (var (name, content) in files)
        {
            var file = new ByteArrayContent(content);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            // Set by hand so the name goes exactly as given, control characters and all.
            var disposition = new ContentDispositionHeaderValue("form-data") { Name = $"\"{fileField}\"" };
            // A name with control characters cannot go in a quoted string: it goes RFC 5987-encoded, which ASP.NET reads first.
            if (name.Any(char.IsControl)) disposition.FileNameStar = name;
            else disposition.FileName = $"\"{name}\"";
            file.Headers.ContentDisposition = disposition;
            multipart.Add(file);
        }

        return await client.Http.PostAsync(form.GetAttribute("action"), multipart);
    }
}
