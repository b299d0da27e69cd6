using System.IO.Compression;
using System.Text;

namespace AoPortal.Web.Tests.Hostile;

/// <summary>A hostile file: what it tries, the name it is sent under, and its bytes.</summary>
public sealed record HostileUpload(string Name, string FileName, byte[] Content)
{
    public override string ToString() => Name;
}

/// <summary>
/// The hostile files of the evidence issue, each sent after a good PDF in the same request (so a file already stored
/// when the hostile one is refused must be deleted too). EvidenceUploadTests covers five of them one at a time
/// (renamed executable, executable, HTML as PNG, macro-enabled Word, empty) and the size and quota limits; this is the
/// full list, through both upload endpoints.
/// </summary>
public static class HostileUploads
{
    public static readonly byte[] Pdf = [.. "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"u8];

    /// <summary>The EICAR anti-virus test string: harmless, but every scanner reports it as infected.</summary>
    public const string Eicar = @"X5O!P%@AP[4\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";

    private static readonly byte[] Executable = [(byte)'M', (byte)'Z', 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xFF, 0xFF, 0, 0, .. new byte[200]];
    private static readonly byte[] Elf = [0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0, .. new byte[120]];

    /// <summary>Larger than the limit the hostile upload tests configure (256 KB), and a PDF by its first bytes.</summary>
    public const int LimitBytes = 256 * 1024;

    public static readonly IReadOnlyList<HostileUpload> All =
    [
        new("wrong extension: an executable", "setup.exe", Executable),
        new("wrong extension: a script", "run.js", "alert(document.cookie)"u8.ToArray()),
        new("wrong extension: HTML", "page.html", "<html><script>alert(1)</script></html>"u8.ToArray()),
        new("wrong extension: SVG with script", "drawing.svg", "<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>"u8.ToArray()),
        new("no extension", "README", Pdf),
        new("executable disguised as PDF", "report.pdf", Executable),
        new("ELF binary disguised as PDF", "report.pdf", Elf),
        new("HTML disguised as PNG", "photo.png", "<html><body><script>alert(1)</script></body></html>"u8.ToArray()),
        new("script disguised as JPEG", "photo.jpg", "<script>alert(1)</script>"u8.ToArray()),
        new("PDF disguised as Word", "plan.docx", Pdf),
        new("ZIP that is not Office, named docx", "plan.docx", Zip(("evil.exe", "MZ"))),
        new("zip bomb named docx", "plan.docx", ZipBomb()),
        new("macro-enabled Word", "plan.docm", Docx()),
        new("Word with a VBA project, named docx", "plan.docx", Docx(("word/vbaProject.bin", "Attribute VB_Name"))),
        new("empty file", "empty.pdf", []),
        new("over the size limit", "big.pdf", Padded(Pdf, LimitBytes + 1)),
        new("double extension ending in exe", "report.pdf.exe", Executable),
        new("double extension hiding an executable", "report.exe.pdf", Executable),
        new("path traversal to an executable", "../../../../bin/evil.exe", Executable),
        new("Windows path traversal", "..\\..\\Windows\\System32\\evil.dll", Executable),
        new("right-to-left override hiding exe", "invoice\u202Efdp.exe", Executable),
        new("null byte in the name", "report.pdf\0.exe", Executable),
        new("EICAR named PDF", "eicar.pdf", Encoding.ASCII.GetBytes(Eicar)),
        new("EICAR named txt", "eicar.txt", Encoding.ASCII.GetBytes(Eicar)),
        new("EICAR named com", "eicar.com", Encoding.ASCII.GetBytes(Eicar)),
    ];

    public static byte[] Padded(byte[] start, int size)
    {
        var bytes = new byte[size];
        start.CopyTo(bytes, 0);
        for (var i = start.Length; i < size; i++) bytes[i] = (byte)('a' + i % 26);
        return bytes;
    }

    /// <summary>A minimal Word document (content types, relationships, main part), with any extra entries given.</summary>
    public static byte[] Docx(params (string Name, string Content)[] extra) => Zip(
        [
            ("[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                  <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                  <Default Extension="xml" ContentType="application/xml"/>
                  <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
                </Types>
                """),
            ("_rels/.rels", """<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"""),
            ("word/document.xml", """<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Plan</w:t></w:r></w:p></w:body></w:document>"""),
            .. extra,
        ]);

    /// <summary>A Word document whose main part expands from a few kilobytes to 50 MB of spaces.</summary>
    private static byte[] ZipBomb()
    {
        var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in new[] { ("[Content_Types].xml", "<Types/>"), ("_rels/.rels", "<Relationships/>") })
            {
                using var entry = archive.CreateEntry(name).Open();
                entry.Write(Encoding.UTF8.GetBytes(content));
            }

            using var main = archive.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            var spaces = new byte[1024 * 1024];
            Array.Fill(spaces, (byte)' ');
            for (var i = 0; i < 50; i++) main.Write(spaces);
        }

        return buffer.ToArray();
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
