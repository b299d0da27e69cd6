using AoPortal.Domain.Applications;
using AoPortal.Domain.Common;

namespace AoPortal.Domain.Tests.Applications;

public sealed class ApplicationDocumentTests
{
    [Theory]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37 }, "application/pdf")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, "image/png")]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10 }, "image/jpeg")]
    public void Detect_knows_pdf_png_and_jpeg_by_their_first_bytes(byte[] header, string expected) =>
        Assert.Equal(expected, UploadedFileKind.Detect(header));

    [Theory]
    [InlineData(new byte[] { })]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46 })] // "%PDF" without the dash
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A })] // PNG signature cut short
    [InlineData(new byte[] { 0x4D, 0x5A, 0x90, 0x00 })] // an executable
    [InlineData(new byte[] { 0x3C, 0x68, 0x74, 0x6D, 0x6C, 0x3E })] // "<html>"
    public void Detect_refuses_anything_else(byte[] header) => Assert.Null(UploadedFileKind.Detect(header));

    [Theory]
    [InlineData("application/pdf", "degree.PDF", true)]
    [InlineData("image/png", "scan.png", true)]
    [InlineData("image/jpeg", "photo.jpg", true)]
    [InlineData("image/jpeg", "photo.jpeg", true)]
    [InlineData("image/png", "scan.pdf", false)]
    [InlineData("application/pdf", "degree.exe", false)]
    [InlineData("application/pdf", "degree", false)]
    public void The_extension_must_agree_with_the_content(string contentType, string name, bool matches) =>
        Assert.Equal(matches, UploadedFileKind.ExtensionMatches(contentType, name));

    [Theory]
    [InlineData("degree.pdf", "degree.pdf")]
    [InlineData(@"C:\Users\amira\Documents\degree.pdf", "degree.pdf")]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("my\r\ncert\u0000ificate.png", "mycertificate.png")]
    [InlineData("  spaced.jpg  ", "spaced.jpg")]
    [InlineData("", "certificate")]
    [InlineData("folder/", "certificate")]
    public void Original_names_keep_only_the_file_name_without_control_characters(string given, string expected) =>
        Assert.Equal(expected, ApplicationDocument.SanitiseName(given));

    [Fact]
    public void Original_names_are_cut_to_100_characters()
    {
        var name = ApplicationDocument.SanitiseName(new string('a', 150) + ".pdf");
        Assert.Equal(100, name.Length);
    }

    [Fact]
    public void A_new_upload_replaces_that_kinds_document_in_place_and_returns_the_old_one()
    {
        var candidate = new ApplicationBuilder().Build();
        var degree = Document(DocumentKind.DegreeCertificate);
        var maths = Document(DocumentKind.GcseMathsCertificate);
        var english = Document(DocumentKind.GcseEnglishCertificate);
        Assert.Null(candidate.AttachDocument(maths));
        Assert.Null(candidate.AttachDocument(degree));
        Assert.Null(candidate.AttachDocument(english));

        var newMaths = Document(DocumentKind.GcseMathsCertificate);
        var replaced = candidate.AttachDocument(newMaths);

        Assert.Same(maths, replaced);
        Assert.Equal([degree, english, newMaths], candidate.Application.Documents);
        Assert.Same(newMaths, candidate.Application.Document(DocumentKind.GcseMathsCertificate));
        Assert.Same(newMaths, candidate.Application.Document(newMaths.Id));
        Assert.Null(candidate.Application.Document(maths.Id));
    }

    [Fact]
    public void Nothing_can_be_attached_once_the_application_is_submitted()
    {
        var candidate = new ApplicationBuilder().Submitted().Build();
        Assert.Throws<DomainRuleException>(() => candidate.AttachDocument(Document(DocumentKind.DegreeCertificate)));
        Assert.Empty(candidate.Application.Documents);
    }

    [Fact]
    public void A_document_keeps_its_metadata()
    {
        var document = new ApplicationDocument(Guid.Empty, DocumentKind.DegreeCertificate, "0123456789abcdef0123456789abcdef", "dir/degree.pdf",
            "application/pdf", 1234, "ab", TestClock.Now);
        Assert.NotEqual(Guid.Empty, document.Id);
        Assert.Equal("degree.pdf", document.OriginalName);
        Assert.Equal(1234, document.Size);
        Assert.Equal(DateTimeKind.Utc, document.UploadedAt.Kind);
    }

    private static ApplicationDocument Document(DocumentKind kind) =>
        new(Guid.NewGuid(), kind, Guid.NewGuid().ToString("N"), $"{kind}.pdf", UploadedFileKind.Pdf, 100, new string('0', 64), TestClock.Now);
}
