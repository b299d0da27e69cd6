using System.Globalization;
using System.Net;
using System.Net.Http.Headers;

namespace AoPortal.Benchmarks.Bench;

/// <summary>
/// The main writes, sent as the portal's own forms are: each client reads its form once (antiforgery token, hidden
/// fields), then posts it again and again with fresh content and a fresh submission id, as a person filling it in anew.
/// </summary>
public static class Writes
{
    /// <summary>An observation of one of the assessor's candidates, dated today, with two standards judged. Served when it redirects to the saved record.</summary>
    public static async Task<Func<int, Task<WriteOutcome>>> ObservationAsync(Session assessor, string candidateId, string label)
    {
        var form = await assessor.FormAsync($"/candidates/{candidateId}/assessment/records/new?kind=Observation", "form[action$='/records/new']");
        var today = Workbench.UkToday();
        return async iteration =>
        {
            return Outcome(await assessor.PostAsync(form.With(
                ("Form.SubmissionId", Guid.NewGuid().ToString()),
                ("Form.Date.Day", today.Day.ToString(CultureInfo.InvariantCulture)),
                ("Form.Date.Month", today.Month.ToString(CultureInfo.InvariantCulture)),
                ("Form.Date.Year", today.Year.ToString(CultureInfo.InvariantCulture)),
                ("Form.Subject", "Mathematics"),
                ("Form.Focus", $"{label} {iteration}"),
                ("Form.Strengths", "Clear modelling of the method"),
                ("Form.Targets", "Check understanding sooner"),
                ("Form.Standards[0].Outcome", "Met"),
                ("Form.Standards[3].Outcome", "NotYetMet"))));
        };
    }

    /// <summary>A lesson plan with one PDF of the size given. Served when it redirects to the portfolio.</summary>
    public static async Task<Func<int, Task<WriteOutcome>>> EvidenceAsync(Session candidate, string candidateId, string label, long bytes)
    {
        var form = await candidate.FormAsync($"/candidates/{candidateId}/evidence/new", "form[action$='/evidence/new']");
        var today = Workbench.UkToday();
        return async iteration =>
        {
            return Outcome(await candidate.PostWithFilesAsync(form.With(
                    ("Form.SubmissionId", Guid.NewGuid().ToString()),
                    ("Form.Kind", "LessonPlan"),
                    ("Form.Title", $"{label} {iteration}"),
                    ("Form.Date.Day", today.Day.ToString(CultureInfo.InvariantCulture)),
                    ("Form.Date.Month", today.Month.ToString(CultureInfo.InvariantCulture)),
                    ("Form.Date.Year", today.Year.ToString(CultureInfo.InvariantCulture)),
                    ("Form.Description", "A three-part lesson"),
                    ("Form.Standards", "TS1"),
                    ("Form.Standards", "TS4b"),
                    ("Form.PupilDataRemoved", "true")),
                "Files", [("lesson plan.pdf", new GeneratedPdf(bytes))]));
        };
    }

    /// <summary>What became of a write: served when the portal redirects (to the thing made); otherwise the reason is noted.</summary>
    public static WriteOutcome Outcome(HttpResponseMessage response)
    {
        using (response)
        {
            if (response.StatusCode == HttpStatusCode.Redirect) return new(true, response.Headers.Location?.OriginalString, response.StatusCode);
            Refusals.Note(response);
            return new(false, null, response.StatusCode);
        }
    }
}

/// <summary>A write's answer: whether it was served, where it redirected, and the status.</summary>
public readonly record struct WriteOutcome(bool Served, string? Location, HttpStatusCode Status);

/// <summary>
/// A PDF of any size, written as it is sent rather than held in memory: the header, comment lines of padding, a trailer.
/// The portal checks a PDF by its leading bytes, so this is what it sees of a large scanned portfolio.
/// </summary>
public sealed class GeneratedPdf(long length) : HttpContent
{
    private static readonly byte[] Head = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n"u8.ToArray();
    private static readonly byte[] Tail = "\ntrailer << /Root 1 0 R >>\n%%EOF\n"u8.ToArray();

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        await stream.WriteAsync(Head);
        var padding = new byte[64 * 1024];
        Array.Fill(padding, (byte)' ');
        padding[0] = (byte)'%';
        for (var left = length - Head.Length - Tail.Length; left > 0; left -= padding.Length)
            await stream.WriteAsync(padding.AsMemory(0, (int)Math.Min(left, padding.Length)));
        await stream.WriteAsync(Tail);
    }

    protected override bool TryComputeLength(out long size)
    {
        size = Math.Max(length, Head.Length + Tail.Length);
        return true;
    }
}
