using AoPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace AoPortal.Migrations.Sqlite;

/// <summary>Lets `dotnet ef` build the context for SQLite without starting the web app.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<AoPortalDbContext>
{
    public AoPortalDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<AoPortalDbContext>();
        options.UseProvider(DatabaseProvider.Sqlite, "Data Source=design-time.db");
        return new AoPortalDbContext(options.Options);
    }
}
