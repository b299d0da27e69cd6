using System.Security.Cryptography;

namespace AoPortal.Application.Common;

/// <summary>
/// Passes an upload through to the file store, hashing (SHA-256) and counting it as it goes, so the file is never held
/// in memory. Reads an already-read header first, when there is one, then the rest of the content. Past the limit it
/// stops (reads return nothing more) and says so in <see cref="TooLarge"/>: the caller deletes what was stored.
/// </summary>
public sealed class HashingStream(ReadOnlyMemory<byte> header, Stream rest, long limit) : Stream
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private ReadOnlyMemory<byte> _header = header;
    private long _length;

    /// <summary>With nothing read before: the whole content comes from <paramref name="content"/>.</summary>
    public HashingStream(Stream content, long limit) : this(ReadOnlyMemory<byte>.Empty, content, limit) { }

    public bool TooLarge { get; private set; }

    public override long Length => _length;

    /// <summary>The SHA-256 of everything read, as 64 lower-case hexadecimal characters. Call once, after the last read.</summary>
    public string HashHex() => Convert.ToHexStringLower(_hash.GetHashAndReset());

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Position { get => _length; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        int read;
        if (!_header.IsEmpty)
        {
            read = Math.Min(buffer.Length, _header.Length);
            _header.Span[..read].CopyTo(buffer);
            _header = _header[read..];
        }
        else
        {
            read = rest.Read(buffer);
        }

        return Counted(buffer[..read]);
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        int read;
        if (!_header.IsEmpty)
        {
            read = Math.Min(buffer.Length, _header.Length);
            _header.Span[..read].CopyTo(buffer.Span);
            _header = _header[read..];
        }
        else
        {
            read = await rest.ReadAsync(buffer, cancellationToken);
        }

        return Counted(buffer.Span[..read]);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    private int Counted(ReadOnlySpan<byte> data)
    {
        if (TooLarge) return 0;
        _length += data.Length;
        if (_length > limit)
        {
            TooLarge = true;
            return 0;
        }

        _hash.AppendData(data);
        return data.Length;
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) _hash.Dispose();
        base.Dispose(disposing);
    }
}
