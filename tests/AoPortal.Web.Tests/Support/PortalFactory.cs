using Microsoft.Extensions.Configuration;
using AoPortal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AoPortal.Web.Tests.Support;

/// <summary>
/// The portal in memory, with its own SQLite database, mail folder, keys and logs in a fresh temp folder,
/// seeded with the demo data. The clock is a <see cref="FakeClock"/> the tests may move on.
/// </summary>
public sealed class PortalFactory : WebApplicationFactory<Program>
{
    public PortalFactory()
    {
        Directory.CreateDirectory(RootFolder);
    }

    public string RootFolder { get; } = Path.Combine(Path.GetTempPath(), "aoportal-web-tests", Guid.NewGuid().ToString("N"));

    public string MailFolder => Path.Combine(RootFolder, "mail");

    public string DatabasePath => Path.Combine(RootFolder, "test.db");

    public string UploadsFolder => Path.Combine(RootFolder, "uploads");

    public FakeClock Clock { get; } = new();

    /// <summary>Configuration a test's own portal sets on top of the test defaults, such as a lower rate limit.</summary>
    public Dictionary<string, string?> Settings { get; } = [];

    public Mailbox Mailbox => new(MailFolder);

    /// <summary>Services a test's own portal adds or replaces after the app's, such as an EF interceptor that counts queries.</summary>
    public List<Action<IServiceCollection>> TestServices { get; } = [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:AoPortal", $"Data Source={DatabasePath}");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Email:PickupFolder", MailFolder);
        builder.UseSetting("Email:Smtp:Host", "");
        builder.UseSetting("DataProtection:KeysFolder", Path.Combine(RootFolder, "keys"));
        builder.UseSetting("Uploads:Folder", UploadsFolder);
        builder.UseSetting("Serilog:FilePath", Path.Combine(RootFolder, "logs", "log-.txt"));
        builder.UseSetting("Demo:Seed", "true");
        // Every test posts from the same (absent) address; the rate limit has tests of its own.
        builder.UseSetting("Registration:PermitLimit", "10000");
        // The daily reminders run when a test runs them (DailyReminders.RunIfDueAsync), on the test's clock.
        builder.UseSetting("Reminders:CheckEverySeconds", "0");
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
        // Only warnings on the console, so test output stays readable. (UseSetting would leave the parent key
        // Serilog:MinimumLevel holding an empty string, which Serilog reads as a level and refuses.)
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Serilog:MinimumLevel:Default"] = "Warning",
            ["Serilog:MinimumLevel:Override:Microsoft.Hosting.Lifetime"] = "Warning",
        }));
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            // As Kestrel in production: a request that reads or writes synchronously fails here too, rather than blocking a thread.
            services.Configure<TestServerOptions>(o => o.AllowSynchronousIO = false);
            foreach (var configure in TestServices) configure(services);
        });
    }

    /// <summary>A browser-like client: cookies kept, redirects not followed so tests can see them.</summary>
    /// <summary>A client signed in as the person given (a demo account unless a password is given).</summary>
    public async Task<PortalClient> SignedInAsync(string email, string password = DemoAccounts.Password)
    {
        var client = CreatePortalClient();
        await client.SignInAsync(email, password);
        return client;
    }

    public PortalClient CreatePortalClient() =>
        new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    /// <summary>Runs work against the app's database in a scope of its own.</summary>
    public async Task<T> WithDbAsync<T>(Func<AoPortalDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AoPortalDbContext>();
        return await work(db);
    }

    public Task WithDbAsync(Func<AoPortalDbContext, Task> work) =>
        WithDbAsync(async db =>
        {
            await work(db);
            return true;
        });

    /// <summary>Runs work with any service of the app, in a scope of its own.</summary>
    public async Task<T> WithServicesAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public Task<Guid> SchoolIdAsync(string name) =>
        WithDbAsync(db => db.Schools.Where(s => s.Name == name).Select(s => s.Id).SingleAsync());

    public Task<Guid> UserIdAsync(string email) =>
        WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        DeleteFolder();
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) DeleteFolder();
    }

    private void DeleteFolder()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            if (Directory.Exists(RootFolder)) Directory.Delete(RootFolder, recursive: true);
        }
        catch (IOException)
        {
            // A log file may still be closing; the temp folder is cleared by the system in the end.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
