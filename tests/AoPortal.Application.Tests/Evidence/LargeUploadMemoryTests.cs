using AoPortal.Application.Abstractions;
using AoPortal.Application.Common;
using AoPortal.Application.Features.Evidence;
using AoPortal.Application.Tests.Support;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Evidence;
using AoPortal.Infrastructure.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;

namespace AoPortal.Application.Tests.Evidence;

/// <summary>Runs alone, so the process's allocation count is this test's.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LargeUploadCollection
{
    public const string Name = "Large upload, measured alone";
}

/// <summary>
/// A large upload is streamed to storage, hashed and inspected without being held in memory: adding a 64 MB file
/// allocates a small fraction of its size.
/// </summary>
[Collection(LargeUploadCollection.Name)]
public sealed class LargeUploadMemoryTests : IDisposable
{
    private const long FileSize = 64L * 1024 * 1024;
    private readonly SqliteTestDatabase _database = new();
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"aoportal-large-{Guid.NewGuid():N}");

    public void Dispose()
    {
        _database.Dispose();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task A_64_MB_upload_allocates_far_less_than_its_size()
    {
        var school = await new SchoolBuilder().SaveAsync(_database);
        var candidate = await new CandidateBuilder(school.Id).WithStoredStatus(CandidateStatus.InAssessment).SaveAsync(_database);
        var clock = new FakeTimeProvider();
        var scanner = new Mock<IMalwareScanner>();
        scanner.Setup(s => s.IsCleanAsync(It.IsAny<Stream>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Returns(async (Stream content, string _, CancellationToken ct) =>
            {
                // A scanner reads the whole file, as a real one would.
                var buffer = new byte[81920];
                while (await content.ReadAsync(buffer, ct) > 0) { }
                return true;
            });
        var options = new EvidenceUploadOptions { MaxFileSizeBytes = 128L * 1024 * 1024, MaxCandidateQuotaBytes = 256L * 1024 * 1024 };
        var command = new AddEvidence.Command
        {
            Kind = EvidenceKind.AssessmentData, Title = "Year 10 data", Date = DateParts.From(UkDate.Today(clock)), Standards = ["TS6"], PupilDataRemoved = true,
        };
        await using var db = _database.NewContext();
        var handler = new AddEvidence.Handler(db, TestUsers.Candidate(candidate.UserId), new FileSystemDocumentStore(_folder), new EvidenceFileInspector(),
            options, scanner.Object, clock, NullLogger<AddEvidence.Handler>.Instance);
        await using var upload = new GeneratedPdf(FileSize);

        GC.Collect();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var itemId = await handler.Handle(candidate.Id, command, [("data.pdf", upload, FileSize)], CancellationToken.None);
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        var stored = await db.EvidenceItems.AsNoTracking().SingleAsync(i => i.Id == itemId);
        Assert.Equal(FileSize, stored.Latest.Files[0].Size);
        Assert.Equal(FileSize, new FileInfo(Path.Combine(_folder, stored.Latest.Files[0].StoredName)).Length);
        Assert.True(allocated < FileSize / 4, $"Adding a {FileSize / (1024 * 1024)} MB file allocated {allocated / (1024 * 1024)} MB");
    }

    /// <summary>A PDF of any size, made as it is read: a header, then spaces. Nothing is held in memory.</summary>
    private sealed class GeneratedPdf(long length) : Stream
    {
        private static readonly byte[] Header = [.. "%PDF-1.7\n"u8];
        private long _position;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => length;
        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var n = (int)Math.Min(buffer.Length, length - _position);
            for (var i = 0; i < n; i++) buffer[i] = _position + i < Header.Length ? Header[_position + i] : (byte)' ';
            _position += n;
            return n;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => new(Read(buffer.Span));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            Task.FromResult(Read(buffer.AsSpan(offset, count)));

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
