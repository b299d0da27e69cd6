using System.Security.Cryptography;
using AoPortal.Application.Abstractions;
using AoPortal.Application.Common;
using AoPortal.Application.Features.Applications;
using AoPortal.Application.Tests.Support;
using AoPortal.Domain.Applications;
using AoPortal.Domain.Common;
using AoPortal.Infrastructure.Documents;
using Microsoft.EntityFrameworkCore;
using Moq;

namespace AoPortal.Application.Tests.Applications;

/// <summary>Uploads over SQLite, with the real file system store in a temporary folder.</summary>
public sealed class UploadCertificateTests : IDisposable
{
    private readonly SqliteTestDatabase _database = new();
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"aoportal-uploads-{Guid.NewGuid():N}");
    private readonly FileSystemDocumentStore _store;
    private readonly UploadOptions _options = new() { MaxFileSizeBytes = 1024 };

    public UploadCertificateTests() => _store = new FileSystemDocumentStore(_folder);

    public void Dispose()
    {
        _database.Dispose();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    private static byte[] Pdf(int size = 200)
    {
        var bytes = new byte[size];
        if (size == 0) return bytes;
        "%PDF-1.7\n"u8.CopyTo(bytes);
        for (var i = 9; i < size; i++) bytes[i] = (byte)('a' + i % 26);
        return bytes;
    }

    private static byte[] Png() => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4];

    private string[] StoredFiles() => Directory.Exists(_folder) ? Directory.GetFiles(_folder) : [];

    private async Task<ApplicationDocument> Upload(Applicant applicant, DocumentKind kind, string name, byte[] content, IDocumentStore? store = null)
    {
        await using var db = _database.NewContext();
        using var stream = new MemoryStream(content);
        return await new UploadCertificate.Handler(db, applicant.User, store ?? _store, _options, applicant.Clock)
            .Handle(kind, name, stream, content.Length, CancellationToken.None);
    }

    [Fact]
    public async Task A_pdf_is_stored_under_a_random_name_with_its_hash_and_detected_type()
    {
        var applicant = await Applicant.InvitedAsync(_database);
        var content = Pdf();

        var document = await Upload(applicant, DocumentKind.DegreeCertificate, @"C:\fakepath\My degree.pdf", content);

        var stored = (await applicant.ReloadAsync()).Application.Documents.Single();
        Assert.Equal(document.Id, stored.Id);
        Assert.Equal("My degree.pdf", stored.OriginalName);
        Assert.Equal("application/pdf", stored.ContentType);
        Assert.Equal(content.Length, stored.Size);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(content)), stored.Sha256);
        Assert.Matches("^[0-9a-f]{32}$", stored.StoredName);
        var file = Assert.Single(StoredFiles());
        Assert.Equal(stored.StoredName, Path.GetFileName(file));
        Assert.Equal(content, await File.ReadAllBytesAsync(file));
    }

    [Fact]
    public async Task A_png_is_stored_as_a_png()
    {
        var applicant = await Applicant.InvitedAsync(_database);
        var document = await Upload(applicant, DocumentKind.GcseMathsCertificate, "maths.png", Png());
        Assert.Equal("image/png", document.ContentType);
    }

    [Theory]
    [InlineData(0, "The selected file is empty")]
    [InlineData(1025, "The selected file must be smaller than 1 KB")]
    public async Task Empty_or_oversized_files_are_refused_and_nothing_is_kept(int size, string message)
    {
        var applicant = await Applicant.InvitedAsync(_database);
        var error = await Assert.ThrowsAsync<DomainRuleException>(() => Upload(applicant, DocumentKind.DegreeCertificate, "degree.pdf", Pdf(size)));
        Assert.Equal(message, error.Message);
        Assert.Equal("File", error.Field);
        Assert.Empty(StoredFiles());
        Assert.Empty((await applicant.ReloadAsync()).Application.Documents);
    }

    [Fact]
    public async Task A_stream_longer_than_it_claimed_is_refused_and_its_file_deleted()
    {
        var applicant = await Applicant.InvitedAsync(_database);
        await using var db = _database.NewContext();
        using var stream = new MemoryStream(Pdf(2048));
        var error = await Assert.ThrowsAsync<DomainRuleException>(() => new UploadCertificate.Handler(db, applicant.User, _store, _options, applicant.Clock)
            .Handle(DocumentKind.DegreeCertificate, "degree.pdf", stream, 100, CancellationToken.None));
        Assert.Equal("The selected file must be smaller than 1 KB", error.Message);
        Assert.Empty(StoredFiles());
    }

    [Fact]
    public void The_default_limit_is_5_MB() => Assert.Equal("5 MB", new UploadOptions().MaxSizeText);

    [Theory]
    [InlineData("Hello, this is text", "degree.pdf")]
    [InlineData("<html><script>alert(1)</script></html>", "degree.pdf")]
    [InlineData("PNG", "degree.pdf")]
    [InlineData("PDF", "degree.html")]
    public async Task Content_that_is_not_pdf_jpeg_or_png_or_does_not_match_its_name_is_refused(string content, string name)
    {
        var applicant = await Applicant.InvitedAsync(_database);
        var bytes = content switch { "PNG" => Png(), "PDF" => Pdf(), _ => System.Text.Encoding.UTF8.GetBytes(content) };
        var error = await Assert.ThrowsAsync<DomainRuleException>(() =>
            Upload(applicant, DocumentKind.DegreeCertificate, name, bytes));
        Assert.Equal("The selected file must be a PDF, JPG or PNG", error.Message);
        Assert.Equal("File", error.Field);
        Assert.Empty(StoredFiles());
    }

    [Fact]
    public async Task A_new_upload_replaces_the_old_document_and_deletes_its_file()
    {
        var applicant = await Applicant.InvitedAsync(_database);
        var first = await Upload(applicant, DocumentKind.DegreeCertificate, "old.pdf", Pdf());
        var maths = await Upload(applicant, DocumentKind.GcseMathsCertificate, "maths.png", Png());

        var second = await Upload(applicant, DocumentKind.DegreeCertificate, "new.pdf", Pdf(300));

        var documents = (await applicant.ReloadAsync()).Application.Documents;
        Assert.Equal([second.Id, maths.Id], documents.Select(d => d.Id));
        Assert.Equal(new[] { maths.StoredName, second.StoredName }.Order(), StoredFiles().Select(Path.GetFileName).Order());
        Assert.DoesNotContain(first.StoredName, StoredFiles().Select(Path.GetFileName));
    }

    [Fact]
    public async Task When_the_database_save_fails_the_stored_file_is_deleted()
    {
        var applicant = await Applicant.InvitedAsync(_database);
        // Someone else changes the record while the file is being stored, so the save meets a concurrency conflict.
        var store = new ChangingStore(_store, async () =>
        {
            await using var other = _database.NewContext();
            var candidate = await other.Candidates.SingleAsync(c => c.Id == applicant.Candidate.Id);
            candidate.SaveSchoolSupport(null, "Elm Tree School, York");
            await other.SaveChangesAsync();
        });

        await Assert.ThrowsAsync<DomainRuleException>(() => Upload(applicant, DocumentKind.DegreeCertificate, "degree.pdf", Pdf(), store));
        Assert.Empty(StoredFiles());
        Assert.Empty((await applicant.ReloadAsync()).Application.Documents);
    }

    [Fact]
    public async Task A_submitted_application_takes_no_uploads()
    {
        var applicant = await Applicant.InvitedAsync(_database);
        await applicant.CompleteAsync();
        await applicant.Submit(NoAccounts(), Mock.Of<IEmailSender>());
        await Assert.ThrowsAsync<DomainRuleException>(() => Upload(applicant, DocumentKind.DegreeCertificate, "degree.pdf", Pdf()));
        Assert.Empty(StoredFiles());
    }

    [Fact]
    public async Task Documents_can_be_read_by_the_candidate_and_provider_staff_but_not_by_other_candidates()
    {
        var applicant = await Applicant.InvitedAsync(_database);
        var other = await Applicant.InvitedAsync(_database);
        var content = Pdf();
        var document = await Upload(applicant, DocumentKind.DegreeCertificate, "degree.pdf", content);

        await using (var db = _database.NewContext())
        {
            var own = await new GetDocument.Handler(db, applicant.User, _store).Mine(document.Id, CancellationToken.None);
            await using var ownContent = own.Content;
            Assert.Equal(("degree.pdf", "application/pdf"), (own.FileName, own.ContentType));

            var staff = await new GetDocument.Handler(db, TestUsers.Assessor(), _store).ById(applicant.Candidate.Id, document.Id, CancellationToken.None);
            await using var copy = new MemoryStream();
            await staff.Content.CopyToAsync(copy);
            await staff.Content.DisposeAsync();
            Assert.Equal(content, copy.ToArray());

            await Assert.ThrowsAsync<NotFoundException>(() =>
                new GetDocument.Handler(db, other.User, _store).Mine(document.Id, CancellationToken.None));
            await Assert.ThrowsAsync<NotFoundException>(() =>
                new GetDocument.Handler(db, other.User, _store).ById(applicant.Candidate.Id, document.Id, CancellationToken.None));
            await Assert.ThrowsAsync<NotFoundException>(() =>
                new GetDocument.Handler(db, TestUsers.SchoolLead(Guid.NewGuid()), _store).ById(applicant.Candidate.Id, document.Id, CancellationToken.None));
        }
    }

    [Theory]
    [InlineData("../secrets")]
    [InlineData("0123456789abcdef0123456789abcdeg")]
    [InlineData("..\\0123456789abcdef0123456789abcd")]
    public async Task The_file_store_refuses_names_it_did_not_make(string name)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => _store.OpenReadAsync(name, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => _store.DeleteAsync(name, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => _store.SaveAsync(name, new MemoryStream([1]), CancellationToken.None));
    }

    private static IUserAccounts NoAccounts()
    {
        var accounts = new Mock<IUserAccounts>();
        accounts.Setup(a => a.EmailsInRoleAsync(It.IsAny<Domain.Users.PortalRole>(), It.IsAny<CancellationToken>())).ReturnsAsync([]);
        accounts.Setup(a => a.SchoolLeadEmailsAsync(It.IsAny<Guid>(), It.IsAny<CancellationToken>())).ReturnsAsync([]);
        return accounts.Object;
    }

    /// <summary>Stores the file, then runs something else first, as another request might.</summary>
    private sealed class ChangingStore(IDocumentStore inner, Func<Task> meanwhile) : IDocumentStore
    {
        public async Task SaveAsync(string storedName, Stream content, CancellationToken cancellationToken)
        {
            await inner.SaveAsync(storedName, content, cancellationToken);
            await meanwhile();
        }

        public Task<Stream?> OpenReadAsync(string storedName, CancellationToken cancellationToken) => inner.OpenReadAsync(storedName, cancellationToken);

        public Task DeleteAsync(string storedName, CancellationToken cancellationToken) => inner.DeleteAsync(storedName, cancellationToken);
    }
}
