using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace AoPortal.Application.Features.Evidence;

/// <summary>
/// Decides whether an uploaded evidence file may be kept, by its content and never by its name alone: a PDF, PNG,
/// JPEG or MP4 by its leading bytes; a Word, Excel or PowerPoint file by opening it as a ZIP archive and finding its
/// main part, with bounds on entries and on expansion (a ZIP bomb is refused, even one whose headers lie) and no
/// macros. The name's extension must agree with what the content is. The original name is sanitised for keeping as
/// metadata; it is never used as a path.
/// </summary>
/// <remarks>
/// Meant for the stored copy of an upload (a seekable file stream), so the file is never held in memory: it reads
/// the leading bytes, and for Office files the ZIP central directory one record at a time and each entry's data by
/// streaming, through buffers of at most 80 KB. Stateless and safe to share (one instance can be a singleton).
/// Reads synchronously.
/// </remarks>
public sealed class EvidenceFileInspector
{
    /// <summary>Longest sanitised file name, in UTF-16 characters, extension included.</summary>
    public const int MaxFileNameLength = 100;

    /// <summary>
    /// An entry of an Office file that expands to no more than this is not held to the compression ratio bound: small
    /// parts (an XML file of repeated styles) may compress very well, and cannot make a bomb. The total bound still holds.
    /// </summary>
    public const long CompressionRatioGraceBytes = 100 * 1024;

    private const int HeaderLength = 64;

    private static ReadOnlySpan<byte> PdfMagic => "%PDF-"u8;
    private static ReadOnlySpan<byte> PngMagic => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static ReadOnlySpan<byte> JpegMagic => [0xFF, 0xD8, 0xFF];
    private static ReadOnlySpan<byte> ZipMagic => [0x50, 0x4B, 0x03, 0x04];
    private static ReadOnlySpan<byte> FtypBox => "ftyp"u8;

    /// <summary>Brands of an ISO base media file that is an MP4 video (as major brand, or among the compatible brands).</summary>
    private static readonly HashSet<string> Mp4Brands = new(StringComparer.Ordinal)
    {
        "isom", "iso2", "iso3", "iso4", "iso5", "iso6", "mp41", "mp42", "avc1", "M4V ", "M4VH", "M4VP", "dash",
        "3gp4", "3gp5", "3gp6", "3g2a", "mmp4", "msnv", "f4v ",
    };

    /// <summary>Macro-enabled Office extensions, and the kind to save them as instead.</summary>
    private static readonly Dictionary<string, EvidenceFileKind> MacroEnabledExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        [".docm"] = EvidenceFileKind.Docx,
        [".dotm"] = EvidenceFileKind.Docx,
        [".xlsm"] = EvidenceFileKind.Xlsx,
        [".xltm"] = EvidenceFileKind.Xlsx,
        [".pptm"] = EvidenceFileKind.Pptx,
        [".potm"] = EvidenceFileKind.Pptx,
    };

    private const string ContentTypesPart = "[Content_Types].xml";
    private const string VbaProjectPart = "vbaProject.bin";
    private const string MacroEnabledMarker = "macroEnabled";

    private static readonly (EvidenceFileKind Kind, string MainPart)[] OfficeMainParts =
    [
        (EvidenceFileKind.Docx, "word/document.xml"),
        (EvidenceFileKind.Xlsx, "xl/workbook.xml"),
        (EvidenceFileKind.Pptx, "ppt/presentation.xml"),
    ];

    /// <summary>
    /// Inspects a whole file. <paramref name="seekableContent"/> must be readable and seekable and hold only the file:
    /// it is read from its start whatever its position, and its position is put back as it was before returning.
    /// Messages name the file by its sanitised name.
    /// </summary>
    /// <exception cref="ArgumentException">The stream cannot read or cannot seek.</exception>
    /// <exception cref="InvalidOperationException">The options name a kind that does not exist.</exception>
    public EvidenceInspectionResult Inspect(Stream seekableContent, string? originalFileName, EvidenceUploadOptions options)
    {
        ArgumentNullException.ThrowIfNull(seekableContent);
        ArgumentNullException.ThrowIfNull(options);
        if (!seekableContent.CanRead || !seekableContent.CanSeek)
            throw new ArgumentException("The content must be a readable, seekable stream (the stored copy of the upload).", nameof(seekableContent));

        var allowed = options.GetAllowedKinds();
        var name = SanitiseFileName(originalFileName);
        var extension = Path.GetExtension(name);

        if (MacroEnabledExtensions.TryGetValue(extension, out var saveAs) && allowed.Contains(saveAs))
            return MacroEnabled(name, saveAs);

        var claimed = EvidenceFileKind.FromExtension(extension);
        if (claimed is null || !allowed.Contains(claimed))
            return EvidenceInspectionResult.Refuse(EvidenceRefusalReason.KindNotAllowed, name,
                $"{name} must be {ListOfKinds(allowed)} file");

        var length = seekableContent.Length;
        if (length == 0) return EvidenceInspectionResult.Refuse(EvidenceRefusalReason.Empty, name, $"{name} is empty");
        if (length > options.MaxFileSizeBytes)
            return EvidenceInspectionResult.Refuse(EvidenceRefusalReason.TooLarge, name, $"{name} must be {options.MaxSizeText} or smaller");

        var position = seekableContent.Position;
        try
        {
            Span<byte> header = stackalloc byte[HeaderLength];
            seekableContent.Position = 0;
            header = header[..seekableContent.ReadAtLeast(header, HeaderLength, throwOnEndOfStream: false)];

            if (claimed.IsOfficeDocument)
                return header.StartsWith(ZipMagic) ? InspectOfficeDocument(seekableContent, name, claimed, options) : Mismatch(name, claimed);

            return DetectByLeadingBytes(header, length) == claimed
                ? EvidenceInspectionResult.Accept(claimed, name)
                : Mismatch(name, claimed);
        }
        finally
        {
            seekableContent.Position = position;
        }
    }

    /// <summary>
    /// The original name made safe to keep as metadata and to show: the last segment after any / or \, without control
    /// or format characters (such as \0, \r, \n or U+202E right-to-left override), trimmed, with runs of white space as
    /// one space, and at most <see cref="MaxFileNameLength"/> characters keeping the extension. A name left without a
    /// stem becomes "file" plus the extension ("file.pdf"), or "file". Never contains a path separator.
    /// </summary>
    public static string SanitiseFileName(string? originalFileName)
    {
        var segment = originalFileName ?? "";
        segment = segment[(segment.LastIndexOfAny(['/', '\\']) + 1)..];

        var cleaned = new StringBuilder(segment.Length);
        var pendingSpace = false;
        foreach (var rune in segment.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            // EnumerateRunes turns a lone surrogate into U+FFFD, which is dropped with the control and format characters.
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
                || rune == Rune.ReplacementChar)
                continue;
            if (Rune.IsWhiteSpace(rune))
            {
                pendingSpace = cleaned.Length > 0;
                continue;
            }

            if (pendingSpace) cleaned.Append(' ');
            pendingSpace = false;
            cleaned.Append(rune.ToString());
        }

        var name = cleaned.ToString();
        var extension = Path.GetExtension(name);
        if (extension.Length >= MaxFileNameLength / 2) extension = ""; // not a real extension: cut the name as a whole
        var stem = name[..^extension.Length];
        if (stem.Length > MaxFileNameLength - extension.Length)
        {
            var cut = MaxFileNameLength - extension.Length;
            if (char.IsHighSurrogate(stem[cut - 1])) cut--;
            stem = stem[..cut].TrimEnd();
        }

        if (stem.Trim('.').Length == 0) stem = "file";
        return stem + extension;
    }

    private static EvidenceFileKind? DetectByLeadingBytes(ReadOnlySpan<byte> header, long length)
    {
        if (header.StartsWith(PdfMagic)) return EvidenceFileKind.Pdf;
        if (header.StartsWith(PngMagic)) return EvidenceFileKind.Png;
        if (header.StartsWith(JpegMagic)) return EvidenceFileKind.Jpeg;
        if (IsMp4(header, length)) return EvidenceFileKind.Mp4;
        return null;
    }

    /// <summary>
    /// An ISO base media file starts with an "ftyp" box: 4 bytes of size (big-endian, at least 16: size, type, major
    /// brand, minor version), "ftyp", the major brand, the minor version, then compatible brands. It is an MP4 video
    /// when the major brand, or one of the compatible brands within the bytes read, is an MP4 one.
    /// </summary>
    private static bool IsMp4(ReadOnlySpan<byte> header, long length)
    {
        if (header.Length < 16 || !header[4..8].SequenceEqual(FtypBox)) return false;
        var size = BinaryPrimitives.ReadUInt32BigEndian(header);
        if (size < 16 || size > length || size > 4096) return false;

        var brands = header[8..(int)Math.Min(size, (uint)header.Length)];
        for (var offset = 0; offset + 4 <= brands.Length; offset += 4)
        {
            if (offset == 4) continue; // the minor version, not a brand
            if (Mp4Brands.Contains(Encoding.ASCII.GetString(brands.Slice(offset, 4)))) return true;
        }

        return false;
    }

    private static EvidenceInspectionResult InspectOfficeDocument(Stream content, string name, EvidenceFileKind claimed, EvidenceUploadOptions options)
    {
        var invalid = EvidenceInspectionResult.Refuse(EvidenceRefusalReason.InvalidArchive, name, $"{name} is not a valid {claimed.DisplayName}");
        try
        {
            if (ScanArchive(content, options) is not { } scan) return invalid;

            // The portal's own walk found nothing wrong; the file must also open with the standard reader, as Office
            // files are opened elsewhere, and that reader must see the same entries.
            content.Position = 0;
            using (var archive = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true))
                if (archive.Entries.Count != scan.Entries) return invalid;

            if (scan.HasVbaProject || scan.ContentTypesMentionMacros)
            {
                var saveAs = scan.MainParts.Contains(claimed)
                    ? claimed
                    : OfficeMainParts.Select(part => part.Kind).FirstOrDefault(scan.MainParts.Contains) ?? claimed;
                return MacroEnabled(name, saveAs);
            }

            return scan.HasContentTypes && scan.MainParts.Contains(claimed)
                ? EvidenceInspectionResult.Accept(claimed, name)
                : Mismatch(name, claimed);
        }
        catch (Exception exception) when (exception is InvalidDataException or EndOfStreamException or NotSupportedException)
        {
            // Damaged: bad compressed data, records running past the end, a method or layout ZipArchive cannot read.
            return invalid;
        }
    }

    /// <summary>What the walk of an archive found.</summary>
    private sealed class ArchiveScan
    {
        public long Entries { get; set; }
        public bool HasContentTypes { get; set; }
        public bool HasVbaProject { get; set; }
        public bool ContentTypesMentionMacros { get; set; }
        public HashSet<EvidenceFileKind> MainParts { get; } = [];
    }

    /// <summary>
    /// Walks a ZIP archive by streaming, keeping nothing but counts: finds the end of central directory record (and the
    /// ZIP64 one if the archive has it), then reads the central directory one record at a time, and for each record
    /// decompresses the entry's data itself (from its local header, with no size limit of its own) while counting the
    /// bytes it expands to against the bounds and checking them against the declared size and CRC. So neither a huge
    /// number of entries nor a header that understates a size gets past. Null when the archive is damaged or over a bound.
    /// </summary>
    /// <remarks>
    /// It does not leave this to <see cref="ZipArchive"/>: that makes an object for every entry it lists before anything
    /// can count them, and it stops decompressing an entry at its declared size, so a lie in the header goes unseen.
    /// </remarks>
    private static ArchiveScan? ScanArchive(Stream content, EvidenceUploadOptions options)
    {
        const uint EndOfCentralDirectory = 0x06054B50;
        const uint Zip64Locator = 0x07064B50;
        const uint Zip64EndOfCentralDirectory = 0x06064B50;
        const uint CentralDirectoryHeader = 0x02014B50;
        const uint LocalFileHeader = 0x04034B50;
        const int EndRecordLength = 22;
        const ushort Zip64ExtraField = 0x0001;
        const ushort Stored = 0;
        const ushort Deflated = 8;

        var length = content.Length;
        var buffer = ArrayPool<byte>.Shared.Rent(EndRecordLength + ushort.MaxValue);
        try
        {
            // The end of central directory record: the last 22 bytes, unless the archive has a comment after it.
            var tailLength = (int)Math.Min(length, EndRecordLength + ushort.MaxValue);
            content.Position = length - tailLength;
            content.ReadExactly(buffer, 0, tailLength);
            var at = -1;
            for (var i = tailLength - EndRecordLength; i >= 0; i--)
            {
                if (BinaryPrimitives.ReadUInt32LittleEndian(buffer.AsSpan(i)) == EndOfCentralDirectory
                    && i + EndRecordLength + BinaryPrimitives.ReadUInt16LittleEndian(buffer.AsSpan(i + 20)) <= tailLength)
                {
                    at = i;
                    break;
                }
            }

            if (at < 0) return null;
            var end = buffer.AsSpan(at, EndRecordLength);
            if (BinaryPrimitives.ReadUInt16LittleEndian(end[4..]) != 0 || BinaryPrimitives.ReadUInt16LittleEndian(end[6..]) != 0) return null; // multi-disk
            long declaredEntries = BinaryPrimitives.ReadUInt16LittleEndian(end[10..]);
            long directorySize = BinaryPrimitives.ReadUInt32LittleEndian(end[12..]);
            long directoryOffset = BinaryPrimitives.ReadUInt32LittleEndian(end[16..]);
            var endPosition = length - tailLength + at;

            if (declaredEntries == ushort.MaxValue || directorySize == uint.MaxValue || directoryOffset == uint.MaxValue)
            {
                Span<byte> locator = stackalloc byte[20];
                if (endPosition < locator.Length) return null;
                content.Position = endPosition - locator.Length;
                content.ReadExactly(locator);
                if (BinaryPrimitives.ReadUInt32LittleEndian(locator) == Zip64Locator)
                {
                    var zip64Position = BinaryPrimitives.ReadInt64LittleEndian(locator[8..]);
                    Span<byte> zip64 = stackalloc byte[56];
                    if (zip64Position < 0 || zip64Position > endPosition - locator.Length - zip64.Length) return null;
                    content.Position = zip64Position;
                    content.ReadExactly(zip64);
                    if (BinaryPrimitives.ReadUInt32LittleEndian(zip64) != Zip64EndOfCentralDirectory) return null;
                    declaredEntries = BinaryPrimitives.ReadInt64LittleEndian(zip64[32..]);
                    directorySize = BinaryPrimitives.ReadInt64LittleEndian(zip64[40..]);
                    directoryOffset = BinaryPrimitives.ReadInt64LittleEndian(zip64[48..]);
                    endPosition = zip64Position;
                }
            }

            if (declaredEntries < 0 || declaredEntries > options.MaxZipEntries) return null;
            if (directoryOffset < 0 || directorySize < 0 || directoryOffset > endPosition || directorySize > endPosition - directoryOffset) return null;

            var scan = new ArchiveScan();
            var budget = new ExpansionBudget(options.MaxZipUncompressedBytes);
            long declaredTotal = 0;
            Span<byte> record = stackalloc byte[46];
            Span<byte> local = stackalloc byte[30];
            var position = directoryOffset;
            var directoryEnd = directoryOffset + directorySize;
            while (position < directoryEnd)
            {
                if (++scan.Entries > options.MaxZipEntries || position + record.Length > directoryEnd) return null;
                content.Position = position;
                content.ReadExactly(record);
                if (BinaryPrimitives.ReadUInt32LittleEndian(record) != CentralDirectoryHeader) return null;
                var flags = BinaryPrimitives.ReadUInt16LittleEndian(record[8..]);
                var method = BinaryPrimitives.ReadUInt16LittleEndian(record[10..]);
                var crc = BinaryPrimitives.ReadUInt32LittleEndian(record[16..]);
                long compressedLength = BinaryPrimitives.ReadUInt32LittleEndian(record[20..]);
                long declaredLength = BinaryPrimitives.ReadUInt32LittleEndian(record[24..]);
                var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(record[28..]);
                var extraLength = BinaryPrimitives.ReadUInt16LittleEndian(record[30..]);
                var commentLength = BinaryPrimitives.ReadUInt16LittleEndian(record[32..]);
                long localOffset = BinaryPrimitives.ReadUInt32LittleEndian(record[42..]);
                position += record.Length + nameLength + extraLength + commentLength;
                if (position > directoryEnd) return null;

                content.ReadExactly(buffer, 0, nameLength);
                var entryName = Encoding.UTF8.GetString(buffer, 0, nameLength);

                if (declaredLength == uint.MaxValue || compressedLength == uint.MaxValue || localOffset == uint.MaxValue)
                {
                    // The real values are in the ZIP64 extra field, in this order, each only if its field above is full.
                    content.ReadExactly(buffer, 0, extraLength);
                    var found = false;
                    for (var field = 0; field + 4 <= extraLength;)
                    {
                        var id = BinaryPrimitives.ReadUInt16LittleEndian(buffer.AsSpan(field));
                        var size = BinaryPrimitives.ReadUInt16LittleEndian(buffer.AsSpan(field + 2));
                        if (field + 4 + size > extraLength) return null;
                        if (id == Zip64ExtraField)
                        {
                            var values = buffer.AsSpan(field + 4, size);
                            if (declaredLength == uint.MaxValue) { if (values.Length < 8) return null; declaredLength = BinaryPrimitives.ReadInt64LittleEndian(values); values = values[8..]; }
                            if (compressedLength == uint.MaxValue) { if (values.Length < 8) return null; compressedLength = BinaryPrimitives.ReadInt64LittleEndian(values); values = values[8..]; }
                            if (localOffset == uint.MaxValue) { if (values.Length < 8) return null; localOffset = BinaryPrimitives.ReadInt64LittleEndian(values); }
                            found = true;
                            break;
                        }

                        field += 4 + size;
                    }

                    if (!found) return null;
                }

                // What the headers declare...
                if ((flags & 1) != 0) return null; // encrypted
                if (declaredLength < 0 || compressedLength < 0 || localOffset < 0) return null;
                declaredTotal += declaredLength;
                if (declaredTotal > options.MaxZipUncompressedBytes) return null;
                if (OverRatio(declaredLength, compressedLength, options.MaxCompressionRatio)) return null;
                if (method is not (Stored or Deflated)) return null; // Office writes no other
                if (method == Stored && compressedLength != declaredLength) return null;

                var segment = entryName[(entryName.LastIndexOfAny(['/', '\\']) + 1)..];
                var isContentTypes = entryName.Equals(ContentTypesPart, StringComparison.OrdinalIgnoreCase);
                if (segment.Equals(VbaProjectPart, StringComparison.OrdinalIgnoreCase)) scan.HasVbaProject = true;
                if (isContentTypes) scan.HasContentTypes = true;
                foreach (var (kind, mainPart) in OfficeMainParts)
                    if (entryName.Equals(mainPart, StringComparison.OrdinalIgnoreCase)) scan.MainParts.Add(kind);

                // ...and what the data really expands to, counted as it is decompressed and stopped at the first read
                // past a bound.
                if (localOffset > directoryOffset - local.Length) return null;
                content.Position = localOffset;
                content.ReadExactly(local);
                if (BinaryPrimitives.ReadUInt32LittleEndian(local) != LocalFileHeader) return null;
                var dataStart = localOffset + local.Length + BinaryPrimitives.ReadUInt16LittleEndian(local[26..]) + BinaryPrimitives.ReadUInt16LittleEndian(local[28..]);
                if (dataStart > directoryOffset || compressedLength > directoryOffset - dataStart) return null;
                content.Position = dataStart;

                using var compressed = new SliceStream(content, compressedLength);
                using var data = method == Deflated ? new DeflateStream(compressed, CompressionMode.Decompress, leaveOpen: true) : (Stream)compressed;
                using var counted = new CountingStream(data, budget, declaredLength, compressedLength, options.MaxCompressionRatio);
                if (isContentTypes)
                    scan.ContentTypesMentionMacros |= Mentions(counted, MacroEnabledMarker);
                else
                    counted.CopyTo(Stream.Null);
                if (counted.OverBound || counted.Position != declaredLength || counted.Crc32 != crc) return null;
            }

            return scan.Entries == declaredEntries ? scan : null;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static bool OverRatio(long expanded, long compressed, int maxRatio) =>
        expanded > CompressionRatioGraceBytes && (decimal)expanded > (decimal)compressed * maxRatio;

    /// <summary>
    /// Whether the text read from a stream (UTF-8, or UTF-16 by its byte order mark) mentions the marker, ignoring
    /// case. Reads the stream to its end either way.
    /// </summary>
    private static bool Mentions(Stream stream, string marker)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 4096, leaveOpen: true);
        const int ChunkLength = 4096;
        var buffer = ArrayPool<char>.Shared.Rent(ChunkLength + marker.Length);
        try
        {
            var mentioned = false;
            var carried = 0;
            int read;
            while ((read = reader.Read(buffer, carried, ChunkLength)) > 0)
            {
                var window = buffer.AsSpan(0, carried + read);
                mentioned |= window.Contains(marker, StringComparison.OrdinalIgnoreCase);
                // Keep the tail, in case the marker straddles two reads.
                carried = Math.Min(marker.Length - 1, window.Length);
                window[^carried..].CopyTo(buffer);
            }

            return mentioned;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static EvidenceInspectionResult MacroEnabled(string name, EvidenceFileKind saveAs) =>
        EvidenceInspectionResult.Refuse(EvidenceRefusalReason.MacroEnabled, name,
            $"{name} is a macro-enabled file: save it as {saveAs.Extensions[0]} and upload that");

    private static EvidenceInspectionResult Mismatch(string name, EvidenceFileKind claimed) =>
        EvidenceInspectionResult.Refuse(EvidenceRefusalReason.ContentMismatch, name,
            $"{name} does not look like {claimed.DisplayNameWithArticle}: its content does not match its name");

    /// <summary>"a PDF file", "a PDF or Word file", "a PDF, Word, Excel, PowerPoint, JPEG, PNG or MP4 file" (without "file").</summary>
    private static string ListOfKinds(IReadOnlyList<EvidenceFileKind> kinds)
    {
        var names = kinds.Select((kind, index) => index == 0 ? kind.ShortNameWithArticle : kind.ShortName).ToArray();
        return names.Length == 1 ? names[0] : $"{string.Join(", ", names[..^1])} or {names[^1]}";
    }

    /// <summary>The bytes all entries of one archive may expand to, together.</summary>
    private sealed class ExpansionBudget(long max)
    {
        private long _used;

        /// <summary>Counts bytes; false once the total is past the bound.</summary>
        public bool Spend(int bytes)
        {
            _used += bytes;
            return _used <= max;
        }
    }

    /// <summary>
    /// Reads an entry's decompressed bytes, counting them against the archive's budget, the entry's declared size and
    /// the compression ratio, and computing their CRC-32; past any bound it stops (reads return nothing) and sets
    /// <see cref="OverBound"/>.
    /// </summary>
    private sealed class CountingStream(Stream inner, ExpansionBudget budget, long declaredLength, long compressedLength, int maxRatio) : Stream
    {
        private long _expanded;
        private uint _crc = uint.MaxValue;

        public bool OverBound { get; private set; }

        public uint Crc32 => ~_crc;

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (OverBound) return 0;
            var read = inner.Read(buffer);
            _expanded += read;
            if (!budget.Spend(read) || _expanded > declaredLength || OverRatio(_expanded, compressedLength, maxRatio))
            {
                OverBound = true;
                return 0;
            }

            _crc = Crc.Append(_crc, buffer[..read]);
            return read;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _expanded; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>The next <c>length</c> bytes of a stream from where it is, and no more; leaves the stream open.</summary>
    private sealed class SliceStream(Stream inner, long length) : Stream
    {
        private long _remaining = length;

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (_remaining <= 0) return 0;
            var read = inner.Read(buffer[..(int)Math.Min(buffer.Length, _remaining)]);
            if (read == 0) throw new EndOfStreamException();
            _remaining -= read;
            return read;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>CRC-32 as ZIP uses it (IEEE 802.3, reflected), which the framework does not expose without a package.</summary>
    private static class Crc
    {
        private static readonly uint[] Table = BuildTable();

        public static uint Append(uint crc, ReadOnlySpan<byte> data)
        {
            foreach (var value in data) crc = Table[(crc ^ value) & 0xFF] ^ (crc >> 8);
            return crc;
        }

        private static uint[] BuildTable()
        {
            var table = new uint[256];
            for (uint i = 0; i < table.Length; i++)
            {
                var entry = i;
                for (var bit = 0; bit < 8; bit++) entry = (entry & 1) != 0 ? 0xEDB88320 ^ (entry >> 1) : entry >> 1;
                table[i] = entry;
            }

            return table;
        }
    }
}
