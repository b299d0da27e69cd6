using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using AoPortal.Application.Features.Evidence;

namespace AoPortal.Application.Tests.Evidence;

/// <summary>Real files built in memory (and one sparse file on disk), good and hostile, through the inspector.</summary>
public sealed class EvidenceFileInspectorTests
{
    private readonly EvidenceFileInspector _inspector = new();
    private readonly EvidenceUploadOptions _options = new();

    private const string AllKinds = "a PDF, Word, Excel, PowerPoint, JPEG, PNG or MP4 file";

    // ---- Builders: real bytes -------------------------------------------------------------------------------------

    /// <summary>A one-page PDF with a correct cross-reference table.</summary>
    private static byte[] Pdf()
    {
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
        ];
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) pdf.Append($"{offset:D10} 00000 n \n");
        pdf.Append($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }

    /// <summary>A 1×1 transparent PNG.</summary>
    private static byte[] Png() => Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    /// <summary>A JFIF header (SOI, APP0) and some bytes, then EOI.</summary>
    private static byte[] Jpeg() =>
    [
        0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0x00, 0x01, 0x01, 0x00, 0x00, 0x01,
        0x00, 0x01, 0x00, 0x00, .. new byte[200], 0xFF, 0xD9,
    ];

    /// <summary>An ISO base media file: an "ftyp" box with the given brands, then a "free" and an "mdat" box.</summary>
    private static byte[] Mp4(string majorBrand = "isom", params string[] compatibleBrands)
    {
        if (compatibleBrands.Length == 0) compatibleBrands = ["isom", "iso2", "avc1", "mp41"];
        var file = new MemoryStream();
        Box(file, "ftyp", [.. Encoding.ASCII.GetBytes(majorBrand), 0, 0, 2, 0, .. compatibleBrands.SelectMany(brand => Encoding.ASCII.GetBytes(brand))]);
        Box(file, "free", []);
        Box(file, "mdat", new byte[256]);
        return file.ToArray();

        static void Box(Stream stream, string type, byte[] body)
        {
            Span<byte> size = stackalloc byte[4];
            BinaryPrimitives.WriteUInt32BigEndian(size, (uint)(8 + body.Length));
            stream.Write(size);
            stream.Write(Encoding.ASCII.GetBytes(type));
            stream.Write(body);
        }
    }

    private const string WordMain = "word/document.xml";
    private const string ExcelMain = "xl/workbook.xml";
    private const string PowerPointMain = "ppt/presentation.xml";

    private static string ContentTypes(string mainPart, string contentType) =>
        $"""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
          <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
          <Default Extension="xml" ContentType="application/xml"/>
          <Override PartName="/{mainPart}" ContentType="{contentType}"/>
        </Types>
        """;

    private static string Rels(string mainPart) =>
        $"""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
          <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="{mainPart}"/>
        </Relationships>
        """;

    private static byte[] Docx(params (string Name, byte[] Content)[] extra) => Office(WordMain,
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        """<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Lesson plan</w:t></w:r></w:p></w:body></w:document>""",
        extra);

    private static byte[] Xlsx(params (string Name, byte[] Content)[] extra) => Office(ExcelMain,
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
        """<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>""",
        extra);

    private static byte[] Pptx(params (string Name, byte[] Content)[] extra) => Office(PowerPointMain,
        "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml",
        """<p:presentation xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"/>""",
        extra);

    private static byte[] Office(string mainPart, string mainContentType, string mainXml, (string Name, byte[] Content)[] extra, string? contentTypes = null) =>
        Zip([
            ("[Content_Types].xml", Encoding.UTF8.GetBytes(contentTypes ?? ContentTypes(mainPart, mainContentType))),
            ("_rels/.rels", Encoding.UTF8.GetBytes(Rels(mainPart))),
            (mainPart, Encoding.UTF8.GetBytes(mainXml)),
            .. extra,
        ]);

    private static byte[] Zip(IEnumerable<(string Name, byte[] Content)> entries, CompressionLevel level = CompressionLevel.Optimal)
    {
        var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var entry = archive.CreateEntry(name, level).Open();
                entry.Write(content);
            }
        }

        return buffer.ToArray();
    }

    private EvidenceInspectionResult Inspect(byte[] content, string? fileName, EvidenceUploadOptions? options = null)
    {
        using var stream = new MemoryStream(content, writable: false);
        return _inspector.Inspect(stream, fileName, options ?? _options);
    }

    private static void AssertRefused(EvidenceInspectionResult result, EvidenceRefusalReason reason, string message)
    {
        Assert.False(result.IsAccepted, $"Expected a refusal, but it was accepted as {result.Kind}");
        Assert.Equal(message, result.RefusalMessage);
        Assert.Equal(reason, result.RefusalReason);
        Assert.Null(result.Kind);
    }

    // ---- What is accepted -----------------------------------------------------------------------------------------

    public static TheoryData<string, string> EveryKind => new()
    {
        { "evidence.pdf", "Pdf" },
        { "evidence.docx", "Docx" },
        { "evidence.xlsx", "Xlsx" },
        { "evidence.pptx", "Pptx" },
        { "evidence.jpg", "Jpeg" },
        { "evidence.jpeg", "Jpeg" },
        { "evidence.png", "Png" },
        { "evidence.mp4", "Mp4" },
    };

    private static byte[] ContentOf(string kindName) => kindName switch
    {
        "Pdf" => Pdf(),
        "Docx" => Docx(),
        "Xlsx" => Xlsx(),
        "Pptx" => Pptx(),
        "Jpeg" => Jpeg(),
        "Png" => Png(),
        "Mp4" => Mp4(),
        _ => throw new ArgumentOutOfRangeException(nameof(kindName)),
    };

    [Theory]
    [MemberData(nameof(EveryKind))]
    public void Every_allowed_kind_is_accepted_as_the_kind_its_content_shows(string fileName, string kindName)
    {
        var result = Inspect(ContentOf(kindName), fileName);

        Assert.True(result.IsAccepted, result.RefusalMessage);
        Assert.Same(EvidenceFileKind.FromName(kindName), result.Kind);
        Assert.Equal(fileName, result.FileName);
        Assert.Null(result.RefusalReason);
    }

    [Fact]
    public void An_extension_in_capitals_is_accepted()
    {
        var result = Inspect(Pdf(), "SCAN.PDF");

        Assert.Same(EvidenceFileKind.Pdf, result.Kind);
        Assert.Equal("SCAN.PDF", result.FileName);
    }

    [Theory]
    [InlineData("mp42", "mp42", "isom")]
    [InlineData("M4V ", "M4V ", "M4A ")]
    [InlineData("3gp5", "3gp5")]
    [InlineData("dash", "iso6", "avc1")]
    [InlineData("XAVC", "XAVC", "mp42")] // a vendor's major brand, compatible with mp42
    public void An_mp4_is_known_by_its_brands(string majorBrand, params string[] compatibleBrands)
    {
        var result = Inspect(Mp4(majorBrand, compatibleBrands), "clip.mp4");

        Assert.Same(EvidenceFileKind.Mp4, result.Kind);
    }

    [Fact]
    public void A_small_very_compressible_part_is_not_taken_for_a_bomb()
    {
        var styles = new byte[10 * 1024]; // compresses far more than 100 to 1, but is under the grace size

        var result = Inspect(Docx(("word/styles.xml", styles)), "plan.docx");

        Assert.Same(EvidenceFileKind.Docx, result.Kind);
    }

    [Fact]
    public void The_stream_is_left_where_it_was()
    {
        using var stream = new MemoryStream(Docx());
        stream.Position = 7;

        var result = _inspector.Inspect(stream, "plan.docx", _options);

        Assert.True(result.IsAccepted, result.RefusalMessage);
        Assert.Equal(7, stream.Position);
    }

    [Fact]
    public void A_stored_file_is_inspected_from_disk()
    {
        var path = Path.Combine(Path.GetTempPath(), $"aoportal-evidence-{Guid.NewGuid():N}");
        try
        {
            File.WriteAllBytes(path, Xlsx());
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);

            var result = _inspector.Inspect(stream, "marks.xlsx", _options);

            Assert.Same(EvidenceFileKind.Xlsx, result.Kind);
        }
        finally
        {
            File.Delete(path);
        }
    }

    // ---- Wrong kinds, and files posing as allowed ones --------------------------------------------------------------

    [Fact]
    public void A_file_of_a_kind_that_is_not_allowed_is_refused_with_the_allowed_kinds_listed()
    {
        var result = Inspect("MZ"u8.ToArray().Concat(new byte[500]).ToArray(), "report.exe");

        AssertRefused(result, EvidenceRefusalReason.KindNotAllowed, $"report.exe must be {AllKinds}");
    }

    [Fact]
    public void A_file_without_an_extension_is_refused()
    {
        var result = Inspect(Pdf(), "report");

        AssertRefused(result, EvidenceRefusalReason.KindNotAllowed, $"report must be {AllKinds}");
    }

    [Fact]
    public void A_renamed_executable_is_refused()
    {
        var executable = "MZ"u8.ToArray().Concat(Enumerable.Range(0, 1000).Select(i => (byte)i)).ToArray();

        var result = Inspect(executable, "report.pdf");

        AssertRefused(result, EvidenceRefusalReason.ContentMismatch, "report.pdf does not look like a PDF: its content does not match its name");
    }

    [Fact]
    public void An_html_page_named_as_a_png_is_refused()
    {
        var html = "<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"u8.ToArray();

        var result = Inspect(html, "photo.png");

        AssertRefused(result, EvidenceRefusalReason.ContentMismatch, "photo.png does not look like a PNG image: its content does not match its name");
    }

    [Fact]
    public void An_svg_named_as_a_jpeg_is_refused()
    {
        var svg = """<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="10" height="10"/></svg>"""u8.ToArray();

        var result = Inspect(svg, "chart.jpg");

        AssertRefused(result, EvidenceRefusalReason.ContentMismatch, "chart.jpg does not look like a JPEG image: its content does not match its name");
    }

    [Fact]
    public void An_image_of_another_allowed_kind_must_still_be_named_for_what_it_is()
    {
        var result = Inspect(Jpeg(), "pupils.png");

        AssertRefused(result, EvidenceRefusalReason.ContentMismatch, "pupils.png does not look like a PNG image: its content does not match its name");
    }

    [Fact]
    public void A_word_document_named_as_a_spreadsheet_is_refused()
    {
        var result = Inspect(Docx(), "data.xlsx");

        AssertRefused(result, EvidenceRefusalReason.ContentMismatch, "data.xlsx does not look like an Excel spreadsheet: its content does not match its name");
    }

    [Fact]
    public void A_word_document_named_as_a_pdf_is_refused()
    {
        var result = Inspect(Docx(), "essay.pdf");

        AssertRefused(result, EvidenceRefusalReason.ContentMismatch, "essay.pdf does not look like a PDF: its content does not match its name");
    }

    [Fact]
    public void A_zip_that_is_not_an_office_file_is_refused()
    {
        var zip = Zip([("word/document.xml", "<w:document/>"u8.ToArray()), ("readme.txt", "hello"u8.ToArray())]); // no [Content_Types].xml

        var result = Inspect(zip, "archive.docx");

        AssertRefused(result, EvidenceRefusalReason.ContentMismatch, "archive.docx does not look like a Word document: its content does not match its name");
    }

    [Fact]
    public void An_old_binary_word_document_is_refused()
    {
        byte[] compoundFile = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[600]];

        var result = Inspect(compoundFile, "old.docx");

        AssertRefused(result, EvidenceRefusalReason.ContentMismatch, "old.docx does not look like a Word document: its content does not match its name");
    }

    [Fact]
    public void A_quicktime_movie_named_as_an_mp4_is_refused()
    {
        var result = Inspect(Mp4("qt  ", "qt  "), "clip.mp4");

        AssertRefused(result, EvidenceRefusalReason.ContentMismatch, "clip.mp4 does not look like an MP4 video: its content does not match its name");
    }

    [Fact]
    public void An_ftyp_box_whose_size_is_nonsense_is_not_an_mp4()
    {
        var mp4 = Mp4();
        BinaryPrimitives.WriteUInt32BigEndian(mp4, 0x7FFFFFFF);

        var result = Inspect(mp4, "clip.mp4");

        AssertRefused(result, EvidenceRefusalReason.ContentMismatch, "clip.mp4 does not look like an MP4 video: its content does not match its name");
    }

    // ---- Macros ---------------------------------------------------------------------------------------------------

    [Fact]
    public void A_word_document_with_a_vba_project_is_refused()
    {
        var result = Inspect(Docx(("word/vbaProject.bin", new byte[300])), "lesson.docx");

        AssertRefused(result, EvidenceRefusalReason.MacroEnabled, "lesson.docx is a macro-enabled file: save it as .docx and upload that");
    }

    [Fact]
    public void A_vba_project_in_any_folder_and_any_case_is_found()
    {
        var result = Inspect(Xlsx(("customisations/deep/VBAPROJECT.BIN", new byte[300])), "marks.xlsx");

        AssertRefused(result, EvidenceRefusalReason.MacroEnabled, "marks.xlsx is a macro-enabled file: save it as .xlsx and upload that");
    }

    [Fact]
    public void A_word_document_whose_content_types_say_macro_enabled_is_refused()
    {
        var docm = Office(WordMain, "application/vnd.ms-word.document.MACROENABLED.main+xml", "<w:document/>", []);

        var result = Inspect(docm, "lesson.docx");

        AssertRefused(result, EvidenceRefusalReason.MacroEnabled, "lesson.docx is a macro-enabled file: save it as .docx and upload that");
    }

    [Fact]
    public void Content_types_in_utf16_saying_macro_enabled_are_read_too()
    {
        var contentTypes = ContentTypes(PowerPointMain, "application/vnd.ms-powerpoint.presentation.macroEnabled.main+xml");
        var zip = Zip([
            ("[Content_Types].xml", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(contentTypes)]),
            (PowerPointMain, "<p:presentation/>"u8.ToArray()),
        ]);

        var result = Inspect(zip, "slides.pptx");

        AssertRefused(result, EvidenceRefusalReason.MacroEnabled, "slides.pptx is a macro-enabled file: save it as .pptx and upload that");
    }

    [Fact]
    public void A_macro_enabled_word_document_named_docm_is_refused()
    {
        var docm = Office(WordMain, "application/vnd.ms-word.document.macroEnabled.main+xml", "<w:document/>",
            [("word/vbaProject.bin", new byte[300])]);

        var result = Inspect(docm, "lesson.docm");

        AssertRefused(result, EvidenceRefusalReason.MacroEnabled, "lesson.docm is a macro-enabled file: save it as .docx and upload that");
    }

    [Theory]
    [InlineData("template.dotm", ".docx")]
    [InlineData("marks.xlsm", ".xlsx")]
    [InlineData("marks.xltm", ".xlsx")]
    [InlineData("slides.pptm", ".pptx")]
    [InlineData("slides.potm", ".pptx")]
    [InlineData("SLIDES.PPTM", ".pptx")]
    public void Every_macro_enabled_extension_is_refused_whatever_the_content(string fileName, string saveAs)
    {
        var result = Inspect(Pdf(), fileName);

        AssertRefused(result, EvidenceRefusalReason.MacroEnabled, $"{fileName} is a macro-enabled file: save it as {saveAs} and upload that");
    }

    [Fact]
    public void A_macro_enabled_file_whose_plain_kind_is_not_allowed_is_refused_as_a_kind_not_allowed()
    {
        var options = new EvidenceUploadOptions { AllowedKinds = ["Pdf", "Docx"] };

        var result = Inspect(Xlsx(), "marks.xlsm", options);

        AssertRefused(result, EvidenceRefusalReason.KindNotAllowed, "marks.xlsm must be a PDF or Word file");
    }

    // ---- Damaged archives and ZIP bombs ---------------------------------------------------------------------------

    [Fact]
    public void A_truncated_word_document_is_refused()
    {
        var docx = Docx();

        var result = Inspect(docx[..(docx.Length / 2)], "damaged.docx");

        AssertRefused(result, EvidenceRefusalReason.InvalidArchive, "damaged.docx is not a valid Word document");
    }

    [Fact]
    public void A_word_document_with_corrupted_compressed_data_is_refused()
    {
        var text = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 2000).Select(i => $"<w:p>{i * 7919 % 1000}</w:p>")));
        var docx = Docx(("word/footnotes.xml", text));
        var compressed = Encoding.ASCII.GetBytes("word/footnotes.xml");
        var at = docx.AsSpan().IndexOf(compressed) + compressed.Length; // the data follows the name in the local header
        for (var i = at + 20; i < at + 60; i++) docx[i] ^= 0x5A;

        var result = Inspect(docx, "corrupt.docx");

        AssertRefused(result, EvidenceRefusalReason.InvalidArchive, "corrupt.docx is not a valid Word document");
    }

    [Fact]
    public void A_word_document_that_expands_past_the_total_bound_is_refused()
    {
        var options = new EvidenceUploadOptions { MaxZipUncompressedBytes = 1024 * 1024, MaxCompressionRatio = 1_000_000 };
        var bomb = Docx(("word/media/zeros.bin", new byte[2 * 1024 * 1024]));

        var result = Inspect(bomb, "bomb.docx", options);

        AssertRefused(result, EvidenceRefusalReason.InvalidArchive, "bomb.docx is not a valid Word document");
    }

    [Fact]
    public void A_word_document_with_too_many_entries_is_refused()
    {
        var options = new EvidenceUploadOptions { MaxZipEntries = 20 };
        var bomb = Docx([.. Enumerable.Range(0, 50).Select(i => ($"word/parts/part{i}.xml", "<x/>"u8.ToArray()))]);

        var result = Inspect(bomb, "bomb.docx", options);

        AssertRefused(result, EvidenceRefusalReason.InvalidArchive, "bomb.docx is not a valid Word document");
    }

    [Fact]
    public void A_word_document_with_as_many_entries_as_the_bound_is_accepted()
    {
        var options = new EvidenceUploadOptions { MaxZipEntries = 20 };
        var docx = Docx([.. Enumerable.Range(0, 17).Select(i => ($"word/parts/part{i}.xml", "<x/>"u8.ToArray()))]); // 3 + 17

        var result = Inspect(docx, "plan.docx", options);

        Assert.Same(EvidenceFileKind.Docx, result.Kind);
    }

    [Fact]
    public void A_word_document_with_an_entry_over_the_compression_ratio_is_refused()
    {
        // 1 MB of zeros deflates to about 1 KB: a ratio near 1000, against a bound of 100, well within the total bound.
        var bomb = Docx(("word/media/zeros.bin", new byte[1024 * 1024]));

        var result = Inspect(bomb, "bomb.docx");

        AssertRefused(result, EvidenceRefusalReason.InvalidArchive, "bomb.docx is not a valid Word document");
    }

    [Fact]
    public void A_spreadsheet_whose_headers_understate_its_size_is_refused_by_counting_what_it_expands_to()
    {
        // Only the count of what the entry really expands to can catch this: it declares 1000 bytes, within every bound.
        var options = new EvidenceUploadOptions { MaxZipUncompressedBytes = 1024 * 1024, MaxCompressionRatio = 1_000_000 };
        var bomb = Xlsx(("xl/media/zeros.bin", new byte[2 * 1024 * 1024]));
        DeclareUncompressedSize(bomb, "xl/media/zeros.bin", 1000);

        var result = Inspect(bomb, "bomb.xlsx", options);

        AssertRefused(result, EvidenceRefusalReason.InvalidArchive, "bomb.xlsx is not a valid Excel spreadsheet");
    }

    [Fact]
    public void A_part_that_expands_past_its_declared_size_is_refused_even_within_every_bound()
    {
        var options = new EvidenceUploadOptions { MaxCompressionRatio = 1_000_000 };
        var docx = Docx(("word/media/zeros.bin", new byte[200 * 1024]));
        DeclareUncompressedSize(docx, "word/media/zeros.bin", 100 * 1024);

        var result = Inspect(docx, "plan.docx", options);

        AssertRefused(result, EvidenceRefusalReason.InvalidArchive, "plan.docx is not a valid Word document");
    }

    [Fact]
    public void A_stored_part_whose_bytes_do_not_match_its_checksum_is_refused()
    {
        var docx = Zip([
            ("[Content_Types].xml", Encoding.UTF8.GetBytes(ContentTypes(WordMain, "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"))),
            (WordMain, "<w:document><w:body>Stored without compression</w:body></w:document>"u8.ToArray()),
        ], CompressionLevel.NoCompression);
        Assert.True(Inspect(docx, "plan.docx").IsAccepted);
        var at = docx.AsSpan().IndexOf("Stored without compression"u8);
        docx[at] = (byte)'s';

        var result = Inspect(docx, "plan.docx");

        AssertRefused(result, EvidenceRefusalReason.InvalidArchive, "plan.docx is not a valid Word document");
    }

    /// <summary>Rewrites an entry's uncompressed size in both its local header and its central directory record.</summary>
    private static void DeclareUncompressedSize(byte[] zip, string entryName, uint size)
    {
        var name = Encoding.ASCII.GetBytes(entryName);
        var found = 0;
        for (var at = 0; at + 46 < zip.Length; at++)
        {
            var signature = BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(at));
            if (signature == 0x04034B50 && zip.AsSpan(at + 30).StartsWith(name)
                && BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(at + 26)) == name.Length)
            {
                BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(at + 22), size);
                found++;
            }
            else if (signature == 0x02014B50 && zip.AsSpan(at + 46).StartsWith(name)
                && BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(at + 28)) == name.Length)
            {
                BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(at + 24), size);
                found++;
            }
        }

        Assert.Equal(2, found);
    }

    [Fact]
    public void A_presentation_whose_end_record_claims_a_huge_number_of_entries_is_refused()
    {
        var pptx = Pptx();
        BinaryPrimitives.WriteUInt16LittleEndian(pptx.AsSpan(pptx.Length - 22 + 8), 60000);
        BinaryPrimitives.WriteUInt16LittleEndian(pptx.AsSpan(pptx.Length - 22 + 10), 60000);

        var result = Inspect(pptx, "slides.pptx");

        AssertRefused(result, EvidenceRefusalReason.InvalidArchive, "slides.pptx is not a valid PowerPoint presentation");
    }

    // ---- Empty, too large, not allowed ----------------------------------------------------------------------------

    [Fact]
    public void An_empty_file_is_refused()
    {
        var result = Inspect([], "notes.docx");

        AssertRefused(result, EvidenceRefusalReason.Empty, "notes.docx is empty");
    }

    [Fact]
    public void A_file_over_the_default_limit_of_50_mb_is_refused()
    {
        var path = Path.Combine(Path.GetTempPath(), $"aoportal-evidence-{Guid.NewGuid():N}");
        try
        {
            using (var file = new FileStream(path, FileMode.CreateNew))
            {
                file.Write(Pdf());
                file.SetLength(50L * 1024 * 1024 + 1); // sparse: nothing more is written
            }

            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read);
            var result = _inspector.Inspect(stream, "x.pdf", new EvidenceUploadOptions());

            AssertRefused(result, EvidenceRefusalReason.TooLarge, "x.pdf must be 50 MB or smaller");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_file_over_a_configured_limit_is_refused_and_one_at_the_limit_is_accepted()
    {
        var pdf = Pdf();
        var options = new EvidenceUploadOptions { MaxFileSizeBytes = pdf.Length };

        Assert.True(Inspect(pdf, "x.pdf", options).IsAccepted);

        options.MaxFileSizeBytes = pdf.Length - 1;
        AssertRefused(Inspect(pdf, "x.pdf", options), EvidenceRefusalReason.TooLarge, $"x.pdf must be {options.MaxSizeText} or smaller");
        Assert.Equal($"{pdf.Length - 1} bytes", options.MaxSizeText);
    }

    [Fact]
    public void A_kind_the_options_do_not_allow_is_refused_listing_only_the_allowed_kinds()
    {
        var options = new EvidenceUploadOptions { AllowedKinds = ["Pdf", "docx"] };

        var result = Inspect(Mp4(), "clip.mp4", options);

        AssertRefused(result, EvidenceRefusalReason.KindNotAllowed, "clip.mp4 must be a PDF or Word file");
    }

    [Fact]
    public void The_allowed_kinds_are_listed_in_their_usual_order_with_the_right_article()
    {
        var options = new EvidenceUploadOptions { AllowedKinds = ["Png", "Mp4", "Xlsx"] };

        var result = Inspect(Pdf(), "report.pdf", options);

        AssertRefused(result, EvidenceRefusalReason.KindNotAllowed, "report.pdf must be an Excel, PNG or MP4 file");
    }

    [Fact]
    public void An_unknown_kind_in_the_options_is_a_configuration_error()
    {
        var options = new EvidenceUploadOptions { AllowedKinds = ["Pdf", "Exe"] };

        var error = Assert.Throws<InvalidOperationException>(() => Inspect(Pdf(), "report.pdf", options));
        Assert.Contains("\"Exe\"", error.Message);
    }

    [Fact]
    public void A_stream_that_cannot_seek_is_not_accepted()
    {
        using var stream = new NonSeekableStream(Pdf());

        Assert.Throws<ArgumentException>(() => _inspector.Inspect(stream, "report.pdf", _options));
    }

    private sealed class NonSeekableStream(byte[] content) : MemoryStream(content)
    {
        public override bool CanSeek => false;
    }

    // ---- File names -----------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("..\\..\\evil.pdf", "evil.pdf")]
    [InlineData("a/b/c.pdf", "c.pdf")]
    [InlineData("/etc/passwd/../../report.pdf", "report.pdf")]
    [InlineData("C:\\Users\\Sam\\Documents\\report.pdf", "report.pdf")]
    [InlineData("re\r\npo\0rt.pdf", "report.pdf")]
    [InlineData("  my   lesson \u00A0 plan.pdf  ", "my lesson plan.pdf")]
    [InlineData("photo\u202Egnp.pdf", "photognp.pdf")]
    [InlineData("zero\u200Bwidth\uFEFF.pdf", "zerowidth.pdf")]
    [InlineData("\u202E.pdf", "file.pdf")]
    [InlineData(".pdf", "file.pdf")]
    [InlineData("  ", "file")]
    [InlineData("", "file")]
    [InlineData(null, "file")]
    [InlineData("a/b/", "file")]
    [InlineData("..", "file")]
    [InlineData("Année scolaire – rapport.pdf", "Année scolaire – rapport.pdf")]
    public void A_name_is_sanitised(string? original, string expected)
    {
        var sanitised = EvidenceFileInspector.SanitiseFileName(original);

        Assert.Equal(expected, sanitised);
        Assert.DoesNotContain('/', sanitised);
        Assert.DoesNotContain('\\', sanitised);
    }

    [Fact]
    public void A_long_name_is_cut_to_100_characters_keeping_its_extension()
    {
        var sanitised = EvidenceFileInspector.SanitiseFileName(new string('a', 300) + ".docx");

        Assert.Equal(100, sanitised.Length);
        Assert.Equal(new string('a', 95) + ".docx", sanitised);
    }

    [Fact]
    public void A_long_name_is_not_cut_inside_a_character_outside_the_basic_plane()
    {
        var sanitised = EvidenceFileInspector.SanitiseFileName(string.Concat(Enumerable.Repeat("😀", 100)) + ".pdf");

        Assert.True(sanitised.Length <= 100);
        Assert.EndsWith(".pdf", sanitised);
        Assert.Equal(sanitised, Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(sanitised))); // no lone surrogate
    }

    [Fact]
    public void An_accepted_file_keeps_its_sanitised_name()
    {
        var result = Inspect(Pdf(), "..\\..\\rep\u0007ort\u202E.pdf");

        Assert.True(result.IsAccepted, result.RefusalMessage);
        Assert.Equal("report.pdf", result.FileName);
    }

    [Fact]
    public void A_refusal_names_the_file_by_its_sanitised_name()
    {
        var result = Inspect(Pdf(), "C:\\temp\\..\\evil\r\n.exe");

        AssertRefused(result, EvidenceRefusalReason.KindNotAllowed, $"evil.exe must be {AllKinds}");
        Assert.Equal("evil.exe", result.FileName);
    }

    [Fact]
    public void A_right_to_left_override_cannot_disguise_an_executable_as_a_pdf()
    {
        // Shown by a browser as "reportexe.pdf", but it ends in .exe.
        var result = Inspect("MZ"u8.ToArray(), "report\u202Efdp.exe");

        AssertRefused(result, EvidenceRefusalReason.KindNotAllowed, $"reportfdp.exe must be {AllKinds}");
    }

    // ---- Kinds and options ----------------------------------------------------------------------------------------

    [Theory]
    [InlineData("Pdf", "application/pdf", ".pdf", "PDF")]
    [InlineData("Docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx", "Word document")]
    [InlineData("Xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx", "Excel spreadsheet")]
    [InlineData("Pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation", ".pptx", "PowerPoint presentation")]
    [InlineData("Jpeg", "image/jpeg", ".jpg .jpeg", "JPEG image")]
    [InlineData("Png", "image/png", ".png", "PNG image")]
    [InlineData("Mp4", "video/mp4", ".mp4", "MP4 video")]
    public void Each_kind_has_its_content_type_extensions_and_display_name(string name, string contentType, string extensions, string displayName)
    {
        var kind = EvidenceFileKind.FromName(name);

        Assert.NotNull(kind);
        Assert.Equal(contentType, kind.ContentType);
        Assert.Equal(extensions.Split(' '), kind.Extensions);
        Assert.Equal(displayName, kind.DisplayName);
        Assert.All(kind.Extensions, extension => Assert.Same(kind, EvidenceFileKind.FromExtension(extension)));
    }

    [Fact]
    public void The_options_default_to_every_kind_and_the_agreed_limits()
    {
        var options = new EvidenceUploadOptions();

        Assert.Equal(EvidenceFileKind.All, options.GetAllowedKinds());
        Assert.Equal(7, EvidenceFileKind.All.Count);
        Assert.Equal(50L * 1024 * 1024, options.MaxFileSizeBytes);
        Assert.Equal("50 MB", options.MaxSizeText);
        Assert.Equal(500L * 1024 * 1024, options.MaxCandidateQuotaBytes);
        Assert.Equal("500 MB", options.MaxCandidateQuotaText);
        Assert.Equal(2000, options.MaxZipEntries);
        Assert.Equal(500L * 1024 * 1024, options.MaxZipUncompressedBytes);
        Assert.Equal(100, options.MaxCompressionRatio);
        Assert.Equal("Evidence", EvidenceUploadOptions.Section);
    }
}
