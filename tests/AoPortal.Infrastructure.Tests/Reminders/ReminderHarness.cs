using AoPortal.Application.Abstractions;
using AoPortal.Application.Features.Notifications;
using AoPortal.Infrastructure.Identity;
using AoPortal.Infrastructure.Persistence;
using AoPortal.Infrastructure.Reminders;
using AoPortal.Infrastructure.Scheduling;
using AoPortal.Infrastructure.Tests.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Moq;

namespace AoPortal.Infrastructure.Tests.Reminders;

/// <summary>
/// The daily reminders wired as the app wires them, over a migrated SQLite file, on a hand-moved clock.
/// <see cref="NewInstance"/> makes another "app instance" over the same database, for the lease's races.
/// </summary>
public sealed class ReminderHarness : IDisposable
{
    private readonly TempSqliteDatabase _database = TestDatabases.CreateMigratedSqliteFile();
    private readonly List<ServiceProvider> _providers = [];

    public ReminderHarness()
    {
        Services = NewInstance();
    }

    public OutboxClock Clock { get; } = new();

    public ReminderOptions Options { get; } = new() { DailyAt = "07:00", LeaseMinutes = 10 };

    public IServiceProvider Services { get; }

    public DailyReminders Job => Services.GetRequiredService<DailyReminders>();

    /// <param name="replace">Registrations to change for this instance (a failing queue, say).</param>
    public IServiceProvider NewInstance(Action<IServiceCollection>? replace = null)
    {
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddDbContext<AoPortalDbContext>(o => o.UseProvider(DatabaseProvider.Sqlite, _database.ConnectionString));
        services.AddScoped<IAppDbContext>(sp => sp.GetRequiredService<AoPortalDbContext>());
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton(Options);
        services.AddSingleton(Mock.Of<IUserAccounts>());
        services.AddScoped<DueReminders.Handler>();
        services.AddScoped<DailyJobLease>();
        services.AddScoped<IReminderQueue, ReminderQueue>();
        services.AddSingleton<DailyReminders>();
        replace?.Invoke(services);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        _providers.Add(provider);
        return provider;
    }

    /// <summary>Sets the clock to a UK wall-clock time (GMT in winter, so UTC: the tests keep to November).</summary>
    public void SetUkTime(int year, int month, int day, int hour, int minute = 0) =>
        Clock.Advance(new DateTimeOffset(year, month, day, hour, minute, 0, TimeSpan.Zero) - Clock.GetUtcNow());

    public AoPortalDbContext NewContext() => _database.CreateContext();

    /// <summary>An account that reminders can be for; <paramref name="reminderEmails"/> is its owner's choice.</summary>
    public async Task<Guid> UserAsync(bool reminderEmails = true, bool active = true)
    {
        var id = Guid.NewGuid();
        var email = $"person-{id:N}@example.test";
        await using var db = NewContext();
        db.Users.Add(new ApplicationUser
        {
            Id = id, UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(),
            DisplayName = "Pat Person", CreatedAt = Clock.GetUtcNow().UtcDateTime, ReminderEmails = reminderEmails, IsActive = active,
        });
        await db.SaveChangesAsync();
        return id;
    }

    /// <summary>Queues reminders as the job does, from a scope of its own.</summary>
    public async Task<int> QueueAsync(params Reminder[] reminders)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IReminderQueue>().QueueAsync(reminders, CancellationToken.None);
    }

    public void Dispose()
    {
        foreach (var provider in _providers) provider.Dispose();
        _database.Dispose();
    }
}
