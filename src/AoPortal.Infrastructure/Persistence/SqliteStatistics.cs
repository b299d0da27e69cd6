using Microsoft.EntityFrameworkCore;

namespace AoPortal.Infrastructure.Persistence;

/// <summary>
/// Gives SQLite's query planner statistics about the tables (<c>ANALYZE</c>), done at each start. Without them the planner
/// guesses that an index on a column compared for equality is selective, so "this candidate's accepted evidence" walked
/// every accepted item through the Status index (150 ms on the 2,000-candidate benchmark database) rather than the
/// candidate's few through the CandidateId index (under 3 ms). SQL Server keeps its statistics by itself.
/// </summary>
public static class SqliteStatistics
{
    /// <summary>Rows sampled per index: enough for the planner's choices, and the whole analysis takes milliseconds on a large database.</summary>
    public const int AnalysisLimit = 1000;

    public static async Task RefreshAsync(DbContext db, CancellationToken cancellationToken = default)
    {
        if (!db.Database.IsSqlite()) return;
        await db.Database.ExecuteSqlRawAsync($"PRAGMA analysis_limit = {AnalysisLimit}; ANALYZE;", cancellationToken);
    }
}
