using AoPortal.Application.Abstractions;
using AoPortal.Infrastructure.Email;
using AoPortal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace AoPortal.Infrastructure.Tests.Outbox;

/// <summary>
/// The outbox wired as the app wires it, over a migrated SQLite file and a pickup folder in the temp folder, with a
/// hand-moved clock and a <see cref="ScriptedDelivery"/> in front of the real pickup-folder delivery.
/// <see cref="NewInstance"/> makes another "app instance" over the same database and folder, for races.
/// </summary>
public sealed class OutboxHarness : IDisposable
{
    private readonly TempSqliteDatabase _database = TestDatabases.CreateMigratedSqliteFile();
    private readonly List<ServiceProvider> _providers = [];

    public OutboxHarness(OutboxOptions? options = null)
    {
        Options = options ?? new OutboxOptions { MaxAttempts = 3, RetryBaseSeconds = 60, RetryMaxSeconds = 600, LeaseSeconds = 120 };
        Directory.CreateDirectory(PickupFolder);
        Delivery = new ScriptedDelivery(new SmtpEmailSender(
            Microsoft.Extensions.Options.Options.Create(new EmailOptions { PickupFolder = PickupFolder, From = "portal@example.test" }),
            NullLogger<SmtpEmailSender>.Instance));
        Services = NewInstance();
    }

    public string PickupFolder { get; } = Path.Combine(Path.GetTempPath(), "aoportal-outbox-tests", Guid.NewGuid().ToString("N"));

    public OutboxClock Clock { get; } = new();

    public OutboxOptions Options { get; }

    public ScriptedDelivery Delivery { get; }

    public IServiceProvider Services { get; }

    public EmailOutbox Outbox => Services.GetRequiredService<EmailOutbox>();

    public IServiceProvider NewInstance()
    {
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddDbContext<AoPortalDbContext>(o => o.UseProvider(DatabaseProvider.Sqlite, _database.ConnectionString));
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton(Options);
        services.AddSingleton<IEmailDelivery>(Delivery);
        services.AddSingleton<ILookupNormalizer, UpperInvariantLookupNormalizer>();
        services.AddSingleton<EmailOutbox>();
        services.AddScoped<IEmailSender, OutboxEmailSender>();
        services.AddScoped<OutboxAdministration>();
        services.AddSingleton<OutboxDispatcher>();
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        _providers.Add(provider);
        return provider;
    }

    /// <summary>Sends as a use case does: through <see cref="IEmailSender"/> from a request scope.</summary>
    public async Task SendAsync(EmailMessage message)
    {
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IEmailSender>().SendAsync(message, CancellationToken.None);
    }

    public AoPortalDbContext NewContext() => _database.CreateContext();

    public async Task<OutboxMessage> SingleMessageAsync()
    {
        await using var db = NewContext();
        return await db.OutboxMessages.AsNoTracking().SingleAsync();
    }

    public async Task<OutboxMessage> MessageAsync(Guid id)
    {
        await using var db = NewContext();
        return await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id);
    }

    /// <summary>The .eml files a mail reader would see (the staging folder is not among them).</summary>
    public string[] EmlFiles() => Directory.GetFiles(PickupFolder, "*.eml");

    public void Dispose()
    {
        foreach (var provider in _providers) provider.Dispose();
        _database.Dispose();
        try
        {
            Directory.Delete(PickupFolder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
