using AoPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace AoPortal.Migrations.SqlServer;

/// <summary>
/// Lets `dotnet ef` build the context for SQL Server without a server: adding migrations and scripting them
/// never connect. Pass a real connection string with `--connection` to update a database.
/// </summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<AoPortalDbContext>
{
    public const string OfflineConnectionString = "Server=localhost;Database=AoPortal;Integrated Security=true;TrustServerCertificate=true";

    public AoPortalDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<AoPortalDbContext>();
        options.UseProvider(DatabaseProvider.SqlServer, OfflineConnectionString);
        return new AoPortalDbContext(options.Options);
    }
}
