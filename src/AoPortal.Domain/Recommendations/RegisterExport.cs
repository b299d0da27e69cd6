using AoPortal.Domain.Candidates;
using AoPortal.Domain.Common;

namespace AoPortal.Domain.Recommendations;

/// <summary>A candidate in an export: exported with a row, or refused with the reason.</summary>
public sealed record ExportedCandidate(Guid CandidateId, string Name, string? Refusal);

/// <summary>
/// One Register export: who made it and when, which candidates it carried (and which it refused, with why), and the file
/// itself, kept so that downloading it again gives exactly the same bytes.
/// </summary>
public sealed class RegisterExport
{
    private List<ExportedCandidate> _candidates = [];

    private RegisterExport() { }

    public Guid Id { get; private set; }

    /// <summary>1 for the provider's first export, then counting up: the name people use ("export 3").</summary>
    public int Number { get; private set; }

    public DateTime CreatedAt { get; private set; }
    public Guid? CreatedById { get; private set; }
    public string CreatedByName { get; private set; } = "";
    public byte[] Content { get; private set; } = [];
    public IReadOnlyList<ExportedCandidate> Candidates => _candidates;

    public int ExportedCount => _candidates.Count(c => c.Refusal is null);

    public string FileName => $"register-qts-recommendations-{Number:000}-{CreatedAt:yyyy-MM-dd}.csv";

    /// <summary>
    /// Exports every recommendation that can go and marks it exported; those missing data are listed as refused and stay
    /// waiting. Refused when none can go. Returns the export and its audit entries (one on each exported candidate).
    /// </summary>
    public static (RegisterExport Export, IReadOnlyList<AuditEntry> Audit) Create(
        int number, IReadOnlyList<(Candidate Candidate, Recommendation Recommendation)> waiting, Actor admin, DateTime now)
    {
        if (number < 1) throw new DomainRuleException("An export's number starts at 1");
        var lines = waiting.Select(w => (w.Candidate, w.Recommendation, Line: RegisterCsv.LineFor(w.Candidate, w.Recommendation))).ToList();
        var exported = lines.Where(l => !l.Line.IsRefused).OrderBy(l => l.Candidate.LastName, StringComparer.Ordinal)
            .ThenBy(l => l.Candidate.FirstNames, StringComparer.Ordinal).ThenBy(l => l.Candidate.Id).ToList();
        if (exported.Count == 0)
            throw new DomainRuleException(lines.Count == 0
                ? "There are no confirmed recommendations waiting for export"
                : "None of the recommendations waiting can be exported: add the missing data first");

        var export = new RegisterExport
        {
            Id = Guid.NewGuid(),
            Number = number,
            CreatedAt = Guard.Utc(now),
            CreatedById = admin.UserId,
            CreatedByName = admin.Name,
            Content = RegisterCsv.Write(exported.Select(l => l.Line.Values!)),
            _candidates = exported.Select(l => new ExportedCandidate(l.Candidate.Id, l.Candidate.FullName, null))
                .Concat(lines.Where(l => l.Line.IsRefused).OrderBy(l => l.Candidate.FullName, StringComparer.Ordinal)
                    .Select(l => new ExportedCandidate(l.Candidate.Id, l.Candidate.FullName, l.Line.Refusal)))
                .ToList(),
        };
        foreach (var line in exported) line.Recommendation.MarkExported(export.Id, now);
        var audit = exported.Select(l => AuditEntry.Record(admin, now, nameof(Candidate), l.Candidate.Id, "Exported to Register", $"Export {number}"))
            .ToList();
        return (export, audit);
    }
}
