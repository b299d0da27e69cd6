using AoPortal.Application.Abstractions;
using AoPortal.Application.Common;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Common;
using AoPortal.Domain.Recommendations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace AoPortal.Application.Features.Recommendations;

/// <summary>
/// The provider's exports to DfE Register: the confirmed recommendations for QTS waiting to go (each ready, or refused with
/// the reason, from <see cref="RegisterCsv.LineFor"/>), making an export, and the exports made, whose stored file downloads
/// byte for byte as it was made. Admins only.
/// <para>
/// An export is numbered one after the last (max + 1), and the export, the recommendations marked exported and the audit
/// entries are saved together. Two admins exporting at the same moment would take the same number: the unique index on
/// the number refuses the second, which is told to try again. The form carries the candidates the admin saw as ready, so
/// an export never carries someone they did not see.
/// </para>
/// </summary>
public static class RegisterExports
{
    /// <summary>A confirmed recommendation waiting for export: ready when <see cref="Refusal"/> is null.</summary>
    public sealed record Waiting(Guid CandidateId, string CandidateName, string? Trn, DateOnly? RequirementsMetOn, DateTime? ConfirmedAt, string? Refusal)
    {
        public bool IsReady => Refusal is null;
    }

    /// <summary>An export made, as the list shows it.</summary>
    public sealed record Summary(int Number, string CreatedByName, DateTime CreatedAt, int ExportedCount, int RefusedCount);

    public sealed record Overview(IReadOnlyList<Waiting> Waiting, IReadOnlyList<Summary> Exports)
    {
        public IReadOnlyList<Waiting> Ready => Waiting.Where(w => w.IsReady).ToList();
        public IReadOnlyList<Waiting> Refused => Waiting.Where(w => !w.IsReady).ToList();
    }

    /// <summary>One export and the candidates it carried and refused.</summary>
    public sealed record Details(int Number, string CreatedByName, DateTime CreatedAt, string FileName, long Size, IReadOnlyList<ExportedCandidate> Candidates)
    {
        public IReadOnlyList<ExportedCandidate> Exported => Candidates.Where(c => c.Refusal is null).ToList();
        public IReadOnlyList<ExportedCandidate> Refused => Candidates.Where(c => c.Refusal is not null).ToList();
    }

    public sealed record ExportFile(string FileName, byte[] Content);

    public sealed class Command
    {
        /// <summary>The candidates the page showed as ready: the export is refused if the list has changed since.</summary>
        public List<Guid> Ready { get; set; } = [];
    }

    public sealed class Handler(IAppDbContext db, ICurrentUser currentUser, TimeProvider clock, ILogger<Handler> logger)
    {
        public async Task<Overview> OverviewAsync(CancellationToken cancellationToken)
        {
            currentUser.EnsureAdmin();
            var waiting = (await WaitingQuery(db.Candidates.AsNoTracking(), db.Recommendations.AsNoTracking()).ToListAsync(cancellationToken))
                .Select(w => (w.Candidate, w.Recommendation, Line: RegisterCsv.LineFor(w.Candidate, w.Recommendation)))
                .OrderBy(w => w.Line.IsRefused).ThenBy(w => w.Candidate.LastName, StringComparer.Ordinal).ThenBy(w => w.Candidate.FirstNames, StringComparer.Ordinal)
                .Select(w => new Waiting(w.Candidate.Id, w.Candidate.FullName, w.Candidate.Trn, w.Recommendation.RequirementsMetOn,
                    w.Recommendation.ConfirmedAt, w.Line.Refusal))
                .ToList();
            var exports = await db.RegisterExports.AsNoTracking()
                .OrderByDescending(e => e.Number)
                .Select(e => new { e.Number, e.CreatedByName, e.CreatedAt, e.Candidates })
                .ToListAsync(cancellationToken);
            return new Overview(waiting, exports
                .Select(e => new Summary(e.Number, e.CreatedByName, e.CreatedAt, e.Candidates.Count(c => c.Refusal is null), e.Candidates.Count(c => c.Refusal is not null)))
                .ToList());
        }

        public async Task<Details> DetailsAsync(int number, CancellationToken cancellationToken)
        {
            currentUser.EnsureAdmin();
            var export = await db.RegisterExports.AsNoTracking().SingleOrDefaultAsync(e => e.Number == number, cancellationToken)
                ?? throw new NotFoundException("The export");
            return new Details(export.Number, export.CreatedByName, export.CreatedAt, export.FileName, export.Content.LongLength, export.Candidates);
        }

        /// <summary>The file as it was made: downloading it again gives the same bytes.</summary>
        public async Task<ExportFile> FileAsync(int number, CancellationToken cancellationToken)
        {
            currentUser.EnsureAdmin();
            var export = await db.RegisterExports.AsNoTracking().SingleOrDefaultAsync(e => e.Number == number, cancellationToken)
                ?? throw new NotFoundException("The export");
            logger.LogInformation("Register export {ExportNumber} downloaded by user {UserId}", export.Number, currentUser.UserId);
            return new ExportFile(export.FileName, export.Content);
        }

        /// <summary>Makes the next export of everything ready; returns its number.</summary>
        public async Task<int> CreateAsync(Command command, CancellationToken cancellationToken)
        {
            currentUser.EnsureAdmin();
            var waiting = (await WaitingQuery(db.Candidates, db.Recommendations).ToListAsync(cancellationToken))
                .Select(w => (w.Candidate, w.Recommendation))
                .ToList();
            var ready = waiting.Where(w => !RegisterCsv.LineFor(w.Candidate, w.Recommendation).IsRefused).Select(w => w.Candidate.Id).ToHashSet();
            if (!ready.SetEquals(command.Ready))
                throw new DomainRuleException("The recommendations ready for export have changed since you opened this page. Check the list below, then export again.");

            var number = (await db.RegisterExports.MaxAsync(e => (int?)e.Number, cancellationToken) ?? 0) + 1;
            var now = clock.GetUtcNow().UtcDateTime;
            var (export, audit) = RegisterExport.Create(number, waiting, currentUser.Actor, now);
            var refused = export.Candidates.Count - export.ExportedCount;
            db.RegisterExports.Add(export);
            db.AuditEntries.AddRange(audit);
            db.AuditEntries.Add(AuditEntry.Record(currentUser.Actor, now, nameof(RegisterExport), export.Id, "Register export made",
                $"Export {number}: {export.ExportedCount} exported, {refused} refused"));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                if (!await NumberTakenAsync(number)) throw;
                logger.LogWarning("Register export {ExportNumber} was refused: another export took the number first", number);
                throw new DomainRuleException("Another export was made at the same time, so this one was not made. Nothing has changed: check the list below and try again.");
            }

            logger.LogInformation("Register export {ExportNumber} made by user {UserId}: {ExportedCount} exported, {RefusedCount} refused",
                number, currentUser.UserId, export.ExportedCount, refused);
            return number;
        }

        /// <summary>Whether an export with the number has been saved, by someone else, since this one was numbered.</summary>
        private Task<bool> NumberTakenAsync(int number) =>
            db.RegisterExports.AsNoTracking().AnyAsync(e => e.Number == number, CancellationToken.None);

        /// <summary>
        /// Confirmed recommendations for QTS not yet exported (<see cref="Recommendation.AwaitsExport"/>, in SQL), of
        /// candidates still recommended.
        /// </summary>
        private static IQueryable<CandidateRecommendation> WaitingQuery(IQueryable<Candidate> candidates, IQueryable<Recommendation> recommendations) =>
            recommendations
                .Where(r => r.Status == RecommendationStatus.Confirmed && r.Outcome == RecommendationOutcome.Recommend && r.ExportId == null)
                .Join(candidates.Where(c => c.Status == CandidateStatus.Recommended), r => r.CandidateId, c => c.Id,
                    (r, c) => new CandidateRecommendation { Candidate = c, Recommendation = r });
    }

    /// <summary>A candidate and their recommendation, read together.</summary>
    private sealed class CandidateRecommendation
    {
        public required Candidate Candidate { get; init; }
        public required Recommendation Recommendation { get; init; }
    }
}
