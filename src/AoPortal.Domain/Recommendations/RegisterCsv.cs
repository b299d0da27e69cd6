using System.Globalization;
using System.Text;
using AoPortal.Domain.Applications;
using AoPortal.Domain.Candidates;

namespace AoPortal.Domain.Recommendations;

/// <summary>
/// DfE Register's bulk CSV for recommending trainees (DOMAIN.md): exactly its columns, route "Assessment only", one row per
/// confirmed recommendation. A record without the data Register needs is refused with the reason, never sent half-filled.
/// See ADR-010 for the values we choose where Register leaves a choice.
/// </summary>
public static class RegisterCsv
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "TRN", "Provider trainee ID", "HESA ID", "First names", "Last names", "Training partner", "QTS or EYTS", "Route", "Phase",
        "Age range", "Subject", "Date QTS or EYTS requirements met",
    ];

    public const string Route = "Assessment only";

    /// <summary>Register's subject for a primary-phase route with no specialism.</summary>
    public const string PrimarySubject = "Primary teaching";

    /// <summary>One candidate's row, or why it cannot be exported.</summary>
    public sealed record Line(Guid CandidateId, string CandidateName, IReadOnlyList<string>? Values, string? Refusal)
    {
        public bool IsRefused => Refusal is not null;
    }

    public static Line LineFor(Candidate candidate, Recommendation recommendation)
    {
        recommendation.EnsureBelongsTo(candidate.Id);
        var refusal = RefusalOf(candidate, recommendation);
        if (refusal is not null) return new Line(candidate.Id, candidate.FullName, null, refusal);
        var range = recommendation.AgeRange!.Value;
        return new Line(candidate.Id, candidate.FullName,
        [
            candidate.Trn!,
            candidate.Id.ToString(),
            "",
            candidate.FirstNames,
            candidate.LastName,
            "",
            "QTS",
            Route,
            range.Phase.ToString(),
            range.ToString(),
            recommendation.Subjects.Count > 0 ? string.Join("; ", recommendation.Subjects) : PrimarySubject,
            recommendation.RequirementsMetOn!.Value.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        ], null);
    }

    private static string? RefusalOf(Candidate candidate, Recommendation recommendation)
    {
        if (!recommendation.AwaitsExport) return "The recommendation is not a confirmed recommendation for QTS waiting for export";
        if (!PersonalDetails.IsValidTrn(candidate.Trn)) return "No TRN: record the candidate's 7-digit TRN before exporting";
        if (recommendation.AgeRange is null) return "No age range in the recommendation";
        if (recommendation.AgeRange.Value.NeedsSubject && recommendation.Subjects.Count == 0) return "No subject in the recommendation";
        // A spreadsheet opening the file would run a formula; Register's names never start with one of these.
        var values = new[] { candidate.FirstNames, candidate.LastName }.Concat(recommendation.Subjects);
        if (values.Any(v => v.Length > 0 && "=+-@\t\r".Contains(v[0])))
            return "A name or subject starts with a character spreadsheets read as a formula: correct it before exporting";
        return null;
    }

    /// <summary>The file: the header and the rows, comma-separated, quoted where needed, CRLF line ends, UTF-8 without a byte-order mark.</summary>
    public static byte[] Write(IEnumerable<IReadOnlyList<string>> rows)
    {
        var text = new StringBuilder();
        foreach (var row in rows.Prepend(Columns))
            text.Append(string.Join(',', row.Select(Field))).Append("\r\n");
        return new UTF8Encoding(false).GetBytes(text.ToString());
    }

    private static string Field(string value) =>
        value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
}
