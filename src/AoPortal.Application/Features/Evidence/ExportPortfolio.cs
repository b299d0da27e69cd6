using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Text;
using AoPortal.Application.Abstractions;
using AoPortal.Application.Common;
using AoPortal.Application.Features.Assessments;
using AoPortal.Application.Features.Candidates;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Common;
using AoPortal.Domain.Evidence;
using AoPortal.Domain.Standards;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace AoPortal.Application.Features.Evidence;

/// <summary>
/// A candidate's portfolio for moderation or an external examiner: one ZIP with a folder per accepted item ("01-title/")
/// holding its latest version's files (and a reflective assignment's answer as a .txt file), plus index.html and index.csv
/// listing each item's kind, date, standards, version, files with their SHA-256, and who accepted it when. Only the
/// candidate's assessor, a moderator or an admin may export it, and every export is audited on the candidate. The ZIP is
/// written file by file to a temporary file that is deleted when the returned stream is closed, so no evidence file is
/// held in memory whole.
/// </summary>
public static class ExportPortfolio
{
    /// <summary>The ZIP, positioned at its start, and the name to download it as.</summary>
    public sealed record Result(string FileName, Stream Content, int ItemCount);

    public sealed class Handler(IAppDbContext db, ICurrentUser currentUser, IDocumentStore documents, TimeProvider clock, ILogger<Handler> logger)
    {
        public async Task<Result> Handle(Guid candidateId, CancellationToken cancellationToken)
        {
            var candidate = await db.Candidates.AsNoTracking().Where(c => c.Id == candidateId).VisibleTo(currentUser)
                .SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("The candidate");
            currentUser.EnsureCanManage(candidate);
            var items = (await db.EvidenceItems.AsNoTracking()
                    .Where(i => i.CandidateId == candidateId && i.Status == EvidenceStatus.Accepted)
                    .ToListAsync(cancellationToken))
                .OrderBy(i => i.Date).ThenBy(i => i.Title, StringComparer.CurrentCulture)
                .ToList();

            var now = clock.GetUtcNow().UtcDateTime;
            var zip = new FileStream(Path.Combine(Path.GetTempPath(), $"aoportal-export-{Guid.NewGuid():N}.zip"), FileMode.CreateNew, FileAccess.ReadWrite,
                FileShare.None, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
            try
            {
                await WriteAsync(zip, candidate, items, now, cancellationToken);
                zip.Position = 0;
                db.AuditEntries.Add(AuditEntry.Record(currentUser.Actor, now, nameof(Candidate), candidate.Id, "Portfolio exported",
                    $"{items.Count} accepted {(items.Count == 1 ? "item" : "items")}"));
                await db.SaveChangesAsync(cancellationToken);
            }
            catch
            {
                await zip.DisposeAsync();
                throw;
            }

            var fileName = $"portfolio-{SafeName(candidate.LastName, 60, "candidate").Replace(' ', '-').ToLowerInvariant()}-{UkDate.Today(clock):yyyy-MM-dd}.zip";
            return new Result(fileName, zip, items.Count);
        }

        private async Task WriteAsync(Stream output, Candidate candidate, IReadOnlyList<EvidenceItem> items, DateTime now, CancellationToken cancellationToken)
        {
            var entries = new List<IndexEntry>();
            using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
            {
                for (var n = 0; n < items.Count; n++)
                {
                    var item = items[n];
                    var folder = $"{n + 1:00}-{SafeName(item.Title, 60, "item")}";
                    var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                    var files = new List<IndexFile>();
                    if (item.Latest.Answer is { } answer)
                    {
                        var name = Unique(taken, "answer.txt");
                        await using var entry = archive.CreateEntry($"{folder}/{name}").Open();
                        await entry.WriteAsync(Encoding.UTF8.GetBytes($"{item.Prompt}\r\n\r\n{answer}\r\n"), cancellationToken);
                        files.Add(new IndexFile(name, null, null, Present: true));
                    }

                    foreach (var file in item.Latest.Files)
                    {
                        var name = Unique(taken, SafeName(file.FileName, 100, "file"));
                        await using var content = await documents.OpenReadAsync(file.StoredName, cancellationToken);
                        if (content is null)
                        {
                            logger.LogWarning("Evidence file {FileId} of item {ItemId} is missing from storage", file.Id, item.Id);
                            files.Add(new IndexFile(name, file.Size, file.Sha256, Present: false));
                            continue;
                        }

                        await using (var entry = archive.CreateEntry($"{folder}/{name}", CompressionLevel.Fastest).Open())
                            await content.CopyToAsync(entry, cancellationToken);
                        files.Add(new IndexFile(name, file.Size, file.Sha256, Present: true));
                    }

                    var accepted = item.Reviews.LastOrDefault(r => r.Outcome == EvidenceStatus.Accepted);
                    entries.Add(new IndexEntry(folder, item, files, accepted));
                }

                await WriteTextAsync(archive, "index.csv", Csv(entries), cancellationToken);
                await WriteTextAsync(archive, "index.html", Html(candidate, entries, now), cancellationToken);
            }
        }

        private static async Task WriteTextAsync(ZipArchive archive, string name, string text, CancellationToken cancellationToken)
        {
            await using var entry = archive.CreateEntry(name).Open();
            await entry.WriteAsync(new UTF8Encoding(encoderShouldEmitUTF8Identifier: true).GetPreamble(), cancellationToken);
            await entry.WriteAsync(Encoding.UTF8.GetBytes(text), cancellationToken);
        }
    }

    private sealed record IndexFile(string Name, long? Size, string? Sha256, bool Present);

    private sealed record IndexEntry(string Folder, EvidenceItem Item, IReadOnlyList<IndexFile> Files, EvidenceReview? Accepted);

    private static string Csv(IReadOnlyList<IndexEntry> entries)
    {
        var csv = new StringBuilder();
        csv.Append("Folder,Title,Kind,Date,Standards,Version,Files,Accepted by,Accepted at (UTC)\r\n");
        foreach (var e in entries)
        {
            var files = string.Join("; ", e.Files.Select(f => f.Sha256 is null ? f.Name : $"{f.Name} (SHA-256 {f.Sha256}){(f.Present ? "" : " MISSING")}"));
            csv.AppendJoin(',', new[]
            {
                e.Folder, e.Item.Title, e.Item.Kind.DisplayName(), e.Item.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                string.Join("; ", e.Item.StandardList), e.Item.Latest.Number.ToString(CultureInfo.InvariantCulture), files,
                e.Accepted?.ByName ?? "", e.Accepted is { } a ? Utc(a.At) : "",
            }.Select(CsvField));
            csv.Append("\r\n");
        }

        return csv.ToString();
    }

    /// <summary>Quotes a field when it needs it, and keeps a spreadsheet from reading text as a formula.</summary>
    private static string CsvField(string value)
    {
        if (value.Length > 0 && "=+-@\t\r".Contains(value[0])) value = "'" + value;
        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
    }

    private static string Html(Candidate candidate, IReadOnlyList<IndexEntry> entries, DateTime now)
    {
        static string E(string? text) => WebUtility.HtmlEncode(text ?? "");
        var html = new StringBuilder();
        html.Append($"""
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><title>Portfolio: {E(candidate.FullName)}</title></head>
            <body>
            <h1>Portfolio: {E(candidate.FullName)}</h1>
            <p>{entries.Count} accepted {(entries.Count == 1 ? "item" : "items")}, exported {Utc(now)} UTC.</p>

            """);
        foreach (var e in entries)
        {
            html.Append($"<h2>{E(e.Folder)}: {E(e.Item.Title)}</h2>\n<dl>\n");
            html.Append($"<dt>Kind</dt><dd>{E(e.Item.Kind.DisplayName())}</dd>\n");
            html.Append($"<dt>Date</dt><dd>{E(e.Item.Date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture))}</dd>\n");
            if (e.Item.Description is { } description) html.Append($"<dt>Description</dt><dd>{E(description)}</dd>\n");
            if (e.Item.Prompt is { } prompt) html.Append($"<dt>Assignment</dt><dd>{E(prompt)}</dd>\n");
            html.Append($"<dt>Standards</dt><dd><ul>{string.Concat(e.Item.StandardList.Select(c => $"<li>{E(StandardName(c))}</li>"))}</ul></dd>\n");
            html.Append($"<dt>Version</dt><dd>{e.Item.Latest.Number}</dd>\n");
            html.Append("<dt>Files</dt><dd><ul>");
            foreach (var f in e.Files)
            {
                var link = $"{Uri.EscapeDataString(e.Folder)}/{Uri.EscapeDataString(f.Name)}";
                html.Append(f.Present ? $"<li><a href=\"{E(link)}\">{E(f.Name)}</a>" : $"<li>{E(f.Name)} (missing from storage)");
                if (f.Sha256 is not null) html.Append($", {f.Size:N0} bytes, SHA-256 <code>{E(f.Sha256)}</code>");
                html.Append("</li>");
            }

            html.Append("</ul></dd>\n");
            html.Append($"<dt>Accepted</dt><dd>{(e.Accepted is { } a ? $"by {E(a.ByName)} on {Utc(a.At)} UTC" : "")}</dd>\n</dl>\n");
        }

        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>A code with its heading or summary from the catalogue: "TS1: Set high expectations...".</summary>
    private static string StandardName(string code)
    {
        var catalogue = StandardsCatalogue.Current;
        var judged = catalogue.JudgedStandardOf(code);
        var heading = catalogue.Judged.Where(s => s.Code == code).Select(s => s.Heading)
            .Concat(judged is null ? [] : catalogue.PointsUnder(judged).Where(p => p.Code == code).Select(p => p.Summary))
            .FirstOrDefault();
        return heading is null ? code : $"{code}: {heading}";
    }

    private static string Utc(DateTime at) => at.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>
    /// A name safe as one ZIP path segment on any system: no path separators, control or reserved characters, no leading
    /// or trailing dots and spaces, at most <paramref name="maxLength"/> characters (keeping a file's extension).
    /// </summary>
    private static string SafeName(string name, int maxLength, string fallback)
    {
        var cleaned = new string(name.Select(c => char.IsControl(c) || "/\\:*?\"<>|".Contains(c) ? '-' : c).ToArray()).Trim(' ', '.');
        if (cleaned.Length > maxLength)
        {
            var extension = Path.GetExtension(cleaned);
            cleaned = extension.Length is > 0 and <= 10
                ? cleaned[..(maxLength - extension.Length)].TrimEnd(' ', '.') + extension
                : cleaned[..maxLength].TrimEnd(' ', '.');
        }

        return cleaned.Length == 0 ? fallback : cleaned;
    }

    /// <summary>The name, or "name (2).ext" and so on when the folder already holds it.</summary>
    private static string Unique(HashSet<string> taken, string name)
    {
        var candidate = name;
        for (var n = 2; !taken.Add(candidate); n++)
            candidate = $"{Path.GetFileNameWithoutExtension(name)} ({n}){Path.GetExtension(name)}";
        return candidate;
    }
}
