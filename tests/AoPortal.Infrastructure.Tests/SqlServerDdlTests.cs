using AoPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace AoPortal.Infrastructure.Tests;

/// <summary>
/// No SQL Server can run on the build machines, so the SQL Server schema is checked offline: the DDL EF generates
/// must create every table and must be valid T-SQL for SQL Server 2019 (ScriptDom's parser).
/// </summary>
public sealed class SqlServerDdlTests
{
    [Fact]
    public void The_create_script_creates_every_table_in_the_model()
    {
        using var context = TestDatabases.CreateSqlServerOffline();

        var script = context.Database.GenerateCreateScript();

        AssertCreatesEveryTable(context, script);
    }

    [Fact]
    public void The_create_script_is_valid_T_SQL()
    {
        using var context = TestDatabases.CreateSqlServerOffline();

        var script = context.Database.GenerateCreateScript();

        AssertParses(script);
    }

    [Fact]
    public void The_idempotent_migrations_script_creates_every_table_in_the_model()
    {
        using var context = TestDatabases.CreateSqlServerOffline();

        var script = IdempotentMigrationsScript(context);

        AssertCreatesEveryTable(context, script);
    }

    [Fact]
    public void The_idempotent_migrations_script_is_valid_T_SQL()
    {
        using var context = TestDatabases.CreateSqlServerOffline();

        var script = IdempotentMigrationsScript(context);

        Assert.Contains("__EFMigrationsHistory", script, StringComparison.Ordinal);
        AssertParses(script);
    }

    [Fact]
    public void The_parser_check_rejects_broken_T_SQL()
    {
        // Proves AssertParses can fail: a CREATE TABLE missing its closing parenthesis.
        var broken = "CREATE TABLE [Schools] (\n    [Id] uniqueidentifier NOT NULL,\n    [Name] nvarchar(200) NOT NULL\nGO\n";

        var failure = Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => AssertParses(broken));
        Assert.Contains("line 4, column 1", failure.Message, StringComparison.Ordinal);
        Assert.Contains(">> GO", failure.Message, StringComparison.Ordinal);
    }

    private static string IdempotentMigrationsScript(AoPortalDbContext context) =>
        context.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

    private static void AssertCreatesEveryTable(AoPortalDbContext context, string script)
    {
        var sql = context.GetService<ISqlGenerationHelper>();
        var tables = context.Model.GetEntityTypes()
            .Where(e => e.GetTableName() is not null)
            .Select(e => sql.DelimitIdentifier(e.GetTableName()!, e.GetSchema()))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Contains("[Schools]", tables);
        Assert.Contains("[Candidates]", tables);
        Assert.Contains("[AuditEntries]", tables);
        Assert.Contains("[AspNetUsers]", tables);

        var missing = tables
            .Where(t => !script.Contains($"CREATE TABLE {t} (", StringComparison.Ordinal))
            .ToList();
        Assert.True(missing.Count == 0, $"The script has no CREATE TABLE for: {string.Join(", ", missing)}");
    }

    private static void AssertParses(string script)
    {
        var parser = new TSql150Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(script);

        var fragment = parser.Parse(reader, out IList<ParseError> errors);

        var lines = script.Split('\n');
        Assert.True(
            errors.Count == 0,
            $"{errors.Count} T-SQL parse error(s); the first few:{Environment.NewLine}"
            + string.Join(
                Environment.NewLine,
                errors.Take(5).Select(e =>
                    $"  line {e.Line}, column {e.Column}: {e.Message} (error {e.Number})"
                    + (e.Line >= 1 && e.Line <= lines.Length ? $"  >> {lines[e.Line - 1].TrimEnd()}" : ""))));
        // A script that parsed into nothing would pass vacuously.
        var statements = Assert.IsType<TSqlScript>(fragment).Batches.Sum(b => b.Statements.Count);
        Assert.True(statements > 0, "The script parsed into no T-SQL statements.");
    }
}
