using AoPortal.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;

namespace AoPortal.Infrastructure.Tests;

/// <summary>A relative SQLite path lands under the app's content root, however the app is started.</summary>
public sealed class SqlitePathResolutionTests : IDisposable
{
    private readonly string _contentRoot = Path.Combine(Path.GetTempPath(), $"aoportal-root-{Guid.NewGuid():N}");

    public SqlitePathResolutionTests() => Directory.CreateDirectory(_contentRoot);

    public void Dispose()
    {
        if (Directory.Exists(_contentRoot)) Directory.Delete(_contentRoot, recursive: true);
    }

    [Fact]
    public void A_relative_path_becomes_absolute_under_the_content_root_and_its_folder_is_created()
    {
        var resolved = DatabaseProviderSetup.ResolveSqlitePath("Data Source=App_Data/x.db", _contentRoot);

        var dataSource = new SqliteConnectionStringBuilder(resolved).DataSource;
        Assert.True(Path.IsPathRooted(dataSource), $"Expected an absolute path, got {dataSource}");
        Assert.Equal(Path.Combine(_contentRoot, "App_Data", "x.db"), dataSource);
        Assert.True(Directory.Exists(Path.Combine(_contentRoot, "App_Data")));
    }

    [Fact]
    public void Other_connection_settings_are_kept_when_the_path_is_resolved()
    {
        var resolved = DatabaseProviderSetup.ResolveSqlitePath("Data Source=App_Data/x.db;Cache=Shared;Default Timeout=5", _contentRoot);

        var builder = new SqliteConnectionStringBuilder(resolved);
        Assert.Equal(Path.Combine(_contentRoot, "App_Data", "x.db"), builder.DataSource);
        Assert.Equal(SqliteCacheMode.Shared, builder.Cache);
        Assert.Equal(5, builder.DefaultTimeout);
    }

    [Theory]
    [InlineData("Data Source=:memory:")]
    [InlineData("Data Source=portal;Mode=Memory;Cache=Shared")]
    public void An_in_memory_database_is_left_alone(string connectionString)
    {
        var resolved = DatabaseProviderSetup.ResolveSqlitePath(connectionString, _contentRoot);

        Assert.Equal(connectionString, resolved);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_contentRoot));
    }

    [Fact]
    public void An_absolute_path_is_left_alone()
    {
        var absolute = Path.Combine(_contentRoot, "elsewhere", "portal.db");

        var resolved = DatabaseProviderSetup.ResolveSqlitePath($"Data Source={absolute}", _contentRoot);

        Assert.Equal(absolute, new SqliteConnectionStringBuilder(resolved).DataSource);
    }
}
