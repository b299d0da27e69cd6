using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Dom;
using AoPortal.Domain.Applications;
using AoPortal.Web.Tests.Support;

namespace AoPortal.Web.Tests;

/// <summary>
/// Certificates uploaded on the qualifications page: a real multipart form post with the page's antiforgery token;
/// the type is checked by content; downloads are attachments, for the candidate and provider staff only.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class CertificateUploadTests(PortalFactory factory)
{
    private const string QualificationsPage = "/application/qualifications";
    private const string DegreeUpload = "/application/documents/degree";

    private static readonly byte[] Pdf = [.. "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n"u8];
    private static readonly byte[] PngBytes = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];

    [Fact]
    public async Task A_candidate_uploads_a_pdf_and_sees_it_listed()
    {
        var applicant = await ApplicationApplicants.CreateSignedInAsync(factory);

        using var response = await UploadAsync(applicant.Client, DegreeUpload, "my degree.pdf", Pdf);

        var page = await applicant.Client.FollowAsync(response);
        PageAssert.SuccessBanner(page, "Degree certificate uploaded");
        var listed = page.GetElementById("certificate-degree")?.TextContent ?? "";
        Assert.Contains("my degree.pdf", listed);
        var document = (await ApplicationApplicants.CandidateAsync(factory, applicant.CandidateId)).Application.Document(DocumentKind.DegreeCertificate);
        Assert.NotNull(document);
        Assert.Equal("application/pdf", document.ContentType);
        Assert.Equal(Pdf.Length, document.Size);
        Assert.True(File.Exists(Path.Combine(factory.UploadsFolder, document.StoredName)));

        using var download = await applicant.Client.GetAsync($"/application/documents/{document.Id}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("png")]
    [InlineData("text")]
    public async Task A_file_named_pdf_with_other_content_is_refused_with_the_error_summary(string content)
    {
        var applicant = await ApplicationApplicants.CreateSignedInAsync(factory);
        // Named .pdf, but the content says otherwise: a PNG or plain text.
        var bytes = content == "png" ? PngBytes : "Just some text"u8.ToArray();

        using var response = await UploadAsync(applicant.Client, "/application/documents/gcse-maths", "maths.pdf", bytes);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = PortalClient.Parse(await response.Content.ReadAsStringAsync());
        PageAssert.ErrorSummaryLists(page, "The selected file must be a PDF, JPG or PNG", "file");
        PageAssert.FieldHasError(page, "file", "The selected file must be a PDF, JPG or PNG");
        Assert.StartsWith("Error:", page.Title);
        Assert.Null((await ApplicationApplicants.CandidateAsync(factory, applicant.CandidateId)).Application.Document(DocumentKind.GcseMathsCertificate));
    }

    [Fact]
    public async Task No_file_or_an_oversized_one_gets_a_clear_error_and_changes_nothing()
    {
        var applicant = await ApplicationApplicants.CreateSignedInAsync(factory);

        using var none = await UploadAsync(applicant.Client, DegreeUpload, null, []);
        PageAssert.ErrorSummaryLists(PortalClient.Parse(await none.Content.ReadAsStringAsync()), "Select a file", "file");

        var big = new byte[5 * 1024 * 1024 + 10];
        Pdf.CopyTo(big, 0);
        using var oversized = await UploadAsync(applicant.Client, DegreeUpload, "huge.pdf", big);
        Assert.Equal(HttpStatusCode.OK, oversized.StatusCode);
        PageAssert.ErrorSummaryLists(PortalClient.Parse(await oversized.Content.ReadAsStringAsync()), "The selected file must be smaller than 5 MB", "file");
        Assert.Empty((await ApplicationApplicants.CandidateAsync(factory, applicant.CandidateId)).Application.Documents);
    }

    [Fact]
    public async Task A_request_far_beyond_the_configured_limit_is_refused_before_it_is_read()
    {
        var applicant = await ApplicationApplicants.CreateSignedInAsync(factory);
        var huge = new byte[5 * 1024 * 1024 + 2 * 1024 * 1024];
        Pdf.CopyTo(huge, 0);
        var filesBefore = StoredFileCount();

        using var response = await UploadAsync(applicant.Client, DegreeUpload, "huge.pdf", huge);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty((await ApplicationApplicants.CandidateAsync(factory, applicant.CandidateId)).Application.Documents);
        Assert.Equal(filesBefore, StoredFileCount());
    }

    private int StoredFileCount() => Directory.Exists(factory.UploadsFolder) ? Directory.GetFiles(factory.UploadsFolder).Length : 0;

    [Fact]
    public async Task Staff_download_it_as_an_attachment_and_another_candidate_cannot()
    {
        var applicant = await ApplicationApplicants.CreateSignedInAsync(factory);
        using (var response = await UploadAsync(applicant.Client, DegreeUpload, "degree.pdf", Pdf))
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var document = (await ApplicationApplicants.CandidateAsync(factory, applicant.CandidateId)).Application.Document(DocumentKind.DegreeCertificate)!;

        var staff = factory.CreatePortalClient();
        await staff.SignInAsync(DemoAccounts.Assessor);
        var answers = await staff.GetPageAsync($"/candidates/{applicant.CandidateId}/application");
        var staffPath = $"/candidates/{applicant.CandidateId}/documents/{document.Id}";
        Assert.Contains(answers.QuerySelectorAll("#answers-degree a"), a => a.GetAttribute("href") == staffPath);

        using var download = await staff.GetAsync(staffPath);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("degree.pdf", download.Content.Headers.ContentDisposition?.FileNameStar ?? download.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());

        var other = await ApplicationApplicants.CreateSignedInAsync(factory, lastName: "Other");
        using var ownRoute = await other.Client.GetAsync($"/application/documents/{document.Id}");
        Assert.Equal(HttpStatusCode.NotFound, ownRoute.StatusCode);
        using var staffRoute = await other.Client.GetAsync(staffPath);
        Assert.Equal(HttpStatusCode.Forbidden, staffRoute.StatusCode);
    }

    /// <summary>Posts the page's upload form as a browser would: multipart, with the antiforgery token from the page.</summary>
    private static async Task<HttpResponseMessage> UploadAsync(PortalClient client, string action, string? fileName, byte[] content)
    {
        var page = await client.GetPageAsync(QualificationsPage);
        var form = page.QuerySelector($"form[action='{action}']") ?? throw new InvalidOperationException($"No upload form for {action}");
        Assert.Equal("multipart/form-data", form.GetAttribute("enctype"));
        Assert.NotNull(form.QuerySelector("input.govuk-file-upload[type=file][name=File]"));
        var token = Token(form);

        using var multipart = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        if (fileName is not null)
        {
            var file = new ByteArrayContent(content);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            multipart.Add(file, "File", fileName);
        }

        return await client.Http.PostAsync(action, multipart);
    }

    private static string Token(IElement form) =>
        form.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
        ?? throw new InvalidOperationException("The upload form has no antiforgery token");
}
