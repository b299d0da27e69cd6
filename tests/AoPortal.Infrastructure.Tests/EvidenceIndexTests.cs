using AoPortal.Domain.Evidence;
using AoPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace AoPortal.Infrastructure.Tests;

/// <summary>
/// The index the candidates at risk read evidence through carries each item's standards on both providers: as a key
/// column in SQLite, and included beside the key in SQL Server, whose keys cannot hold the 1,000-character list.
/// </summary>
public sealed class EvidenceIndexTests
{
    [Fact]
    public void Sqlite_keys_the_index_by_candidate_status_and_standards()
    {
        using var db = TestDatabases.CreateOffline(DatabaseProvider.Sqlite);

        var index = ByCandidate(db.Model);

        Assert.Equal(["CandidateId", "Status", "Standards"], index.Properties.Select(p => p.Name));
    }

    [Fact]
    public void Sql_server_keys_it_by_candidate_and_status_and_includes_the_standards()
    {
        using var db = TestDatabases.CreateSqlServerOffline();

        // What is included is design-time configuration, kept in the design-time model only.
        var index = ByCandidate(db.GetService<IDesignTimeModel>().Model);

        Assert.Equal(["CandidateId", "Status"], index.Properties.Select(p => p.Name));
        Assert.Equal(["Standards"], index.GetIncludeProperties()!);
    }

    private static IReadOnlyIndex ByCandidate(IModel model) =>
        Assert.Single(model.FindEntityType(typeof(EvidenceItem))!.GetIndexes(), i => i.Properties[0].Name == "CandidateId");
}
