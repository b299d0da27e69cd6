using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AoPortal.Infrastructure.Tests;

/// <summary>
/// Finds what SQL Server refuses with error 1785 ("Introducing FOREIGN KEY constraint ... may cause cycles or multiple
/// cascade paths") and SQLite happily accepts: a table reachable from another by two different chains of referential
/// actions, or a chain that comes back to a table already on it.
/// </summary>
/// <remarks>
/// Only foreign keys whose DDL carries an action count: <see cref="DeleteBehavior.Cascade"/> (ON DELETE CASCADE) and
/// <see cref="DeleteBehavior.SetNull"/> (ON DELETE SET NULL), since SQL Server counts SET NULL paths too. The Client*
/// behaviours, Restrict and NoAction all become NO ACTION in the database. Each edge runs principal table → dependent table.
/// </remarks>
public static class CascadePathChecker
{
    /// <summary>
    /// The foreign-key constraints the DDL will create, from EF's relational model: owned types stored as JSON or in
    /// their owner's table have ownership links in the entity model but no constraint in the database.
    /// </summary>
    public static IReadOnlyList<CascadeEdge> CascadeEdges(IModel model) =>
        model.GetRelationalModel().Tables
            .SelectMany(table => table.ForeignKeyConstraints.Select(fk => (Table: table, ForeignKey: fk)))
            .Where(t => t.ForeignKey.OnDeleteAction is ReferentialAction.Cascade or ReferentialAction.SetNull)
            .Select(t => new CascadeEdge(
                Name(t.ForeignKey.PrincipalTable),
                Name(t.Table),
                $"{Name(t.Table)}({string.Join(", ", t.ForeignKey.Columns.Select(c => c.Name))})",
                t.ForeignKey.OnDeleteAction == ReferentialAction.Cascade ? DeleteBehavior.Cascade : DeleteBehavior.SetNull))
            .DistinctBy(e => (e.Principal, e.Dependent, e.ForeignKey))
            .OrderBy(e => e.Principal, StringComparer.Ordinal).ThenBy(e => e.ForeignKey, StringComparer.Ordinal)
            .ToList();

    private static string Name(ITable table) => table.Schema is null ? table.Name : $"{table.Schema}.{table.Name}";

    /// <summary>Every problem found, as sentences naming the tables and the paths; empty when SQL Server would accept the model.</summary>
    public static IReadOnlyList<string> FindProblems(IModel model) => FindProblems(CascadeEdges(model));

    public static IReadOnlyList<string> FindProblems(IEnumerable<CascadeEdge> edges)
    {
        var outgoing = edges
            .GroupBy(e => e.Principal, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var problems = new List<string>();

        foreach (var start in outgoing.Keys.Order(StringComparer.Ordinal))
        {
            // The first path found to each table reached from this start.
            var reached = new Dictionary<string, List<CascadeEdge>>(StringComparer.Ordinal);
            Walk(start, start, [], [start], reached, outgoing, problems);
        }

        return problems.Distinct(StringComparer.Ordinal).ToList();
    }

    private static void Walk(
        string start,
        string table,
        List<CascadeEdge> path,
        List<string> onPath,
        Dictionary<string, List<CascadeEdge>> reached,
        Dictionary<string, List<CascadeEdge>> outgoing,
        List<string> problems)
    {
        if (!outgoing.TryGetValue(table, out var next)) return;
        foreach (var edge in next)
        {
            var newPath = new List<CascadeEdge>(path) { edge };
            if (onPath.Contains(edge.Dependent, StringComparer.Ordinal))
            {
                problems.Add($"Cascade cycle: deleting from {edge.Dependent} comes back to {edge.Dependent}: {Describe(newPath)}");
                continue;
            }

            if (reached.TryGetValue(edge.Dependent, out var earlier))
            {
                problems.Add(
                    $"Multiple cascade paths from {start} to {edge.Dependent}: {Describe(earlier)} AND {Describe(newPath)}");
                continue;
            }

            reached[edge.Dependent] = newPath;
            Walk(start, edge.Dependent, newPath, [.. onPath, edge.Dependent], reached, outgoing, problems);
        }
    }

    private static string Describe(IReadOnlyList<CascadeEdge> path) =>
        path[0].Principal + string.Concat(path.Select(e => $" -[{e.ForeignKey} {e.Action}]-> {e.Dependent}"));
}
