using AoPortal.Application.Abstractions;
using AoPortal.Application.Features.Applications;
using AoPortal.Application.Features.Assessments;
using AoPortal.Application.Features.Recommendations;
using AoPortal.Application.Features.Evidence;
using AoPortal.Infrastructure.Caching;
using AoPortal.Infrastructure.Documents;
using AoPortal.Infrastructure.Email;
using AoPortal.Infrastructure.Identity;
using AoPortal.Infrastructure.Persistence;
using AoPortal.Infrastructure.Reminders;
using AoPortal.Infrastructure.Scheduling;
using AoPortal.Infrastructure.Seeding;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.AuthenticatedEncryption;
using Microsoft.AspNetCore.DataProtection.AuthenticatedEncryption.ConfigurationModel;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AoPortal.Infrastructure;

public static class DependencyInjection
{
    /// <summary>Database, Identity, email and demo data. Relative folders are taken from the app's content root.</summary>
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var contentRoot = environment.ContentRootPath;
        services.AddSingleton(TimeProvider.System);
        services.AddPersistence(configuration, contentRoot);
        services.AddPortalIdentity();

        services.Configure<EmailOptions>(configuration.GetSection(EmailOptions.Section));
        services.PostConfigure<EmailOptions>(o => o.PickupFolder = Path.GetFullPath(Path.Combine(contentRoot, o.PickupFolder)));
        // Emails go through the outbox (ADR-011): stored, delivered at once by SMTP or the pickup folder, retried by the dispatcher.
        services.AddSingleton(configuration.GetSection(OutboxOptions.Section).Get<OutboxOptions>() ?? new OutboxOptions());
        services.AddSingleton<IEmailDelivery, SmtpEmailSender>();
        services.AddSingleton<EmailOutbox>();
        services.AddScoped<IEmailSender, OutboxEmailSender>();
        services.AddScoped<OutboxAdministration>();
        services.AddHostedService<OutboxDispatcher>();

        // Daily reminders (milestones, requests, the end of the assessment, school support) into notifications and the outbox.
        var reminders = configuration.GetSection(ReminderOptions.Section).Get<ReminderOptions>() ?? new ReminderOptions();
        _ = reminders.Time; // a malformed Reminders:DailyAt stops the start, not the first run
        services.AddSingleton(reminders);
        services.AddScoped<DailyJobLease>();
        services.AddScoped<IReminderQueue, ReminderQueue>();
        services.AddSingleton<DailyReminders>();
        services.AddHostedService<DailyReminderService>();

        // Uploaded certificates: outside wwwroot, in a folder under the content root unless configured elsewhere.
        var uploads = configuration.GetSection(UploadOptions.Section).Get<UploadOptions>() ?? new UploadOptions();
        uploads.Folder = Path.GetFullPath(Path.Combine(contentRoot, uploads.Folder));
        services.AddSingleton(uploads);
        services.AddSingleton<IDocumentStore>(new FileSystemDocumentStore(uploads.Folder));

        services.AddSingleton(configuration.GetSection(AssessmentOptions.Section).Get<AssessmentOptions>() ?? new AssessmentOptions());
        services.AddSingleton(configuration.GetSection(RecommendationOptions.Section).Get<RecommendationOptions>() ?? new RecommendationOptions());

        // Portfolio evidence: limits and allowed kinds from "Evidence"; files share the certificates' store.
        services.AddSingleton(configuration.GetSection(EvidenceUploadOptions.Section).Get<EvidenceUploadOptions>() ?? new EvidenceUploadOptions());
        services.AddSingleton<EvidenceFileInspector>();
        services.AddSingleton<IMalwareScanner, NoMalwareScanner>();

        services.Configure<DemoOptions>(configuration.GetSection(DemoOptions.Section));
        services.AddScoped<DemoDataSeeder>();

        var keysFolder = Path.GetFullPath(Path.Combine(contentRoot, configuration["DataProtection:KeysFolder"] ?? "App_Data/keys"));
        // New keys encrypt with AES-256-GCM rather than the default AES-256-CBC with an HMAC: one authenticated pass
        // instead of two, on every signed-in request (its session cookie, the sign-out button's antiforgery token).
        // Each key records its own algorithm, so cookies protected by an older key still open until it expires (ADR-019).
        services.AddDataProtection().SetApplicationName("AoPortal").PersistKeysToFileSystem(new DirectoryInfo(keysFolder))
            .UseCryptographicAlgorithms(new AuthenticatedEncryptorConfiguration { EncryptionAlgorithm = EncryptionAlgorithm.AES_256_GCM });
        return services;
    }

    private static void AddPersistence(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.Configure<DatabaseOptions>(configuration.GetSection(DatabaseOptions.Section));
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = configuration.GetConnectionString(DatabaseOptions.ConnectionStringName) ?? DatabaseOptions.DefaultSqliteConnectionString;
        if (options.Provider == DatabaseProvider.Sqlite) connectionString = DatabaseProviderSetup.ResolveSqlitePath(connectionString, contentRoot);

        services.AddSingleton<ProgressChanges>();
        services.AddSingleton<NotificationChanges>();
        services.AddMemoryCache();
        services.AddSingleton<IProgressCache, ProgressCache>();
        services.AddSingleton<IUnreadNotificationCounts, UnreadNotificationCounts>();
        // Pooled: a request takes a context whose internal services are already built rather than building them again
        // (about 4% of a light page's processor time). The context keeps no state of its own between requests.
        services.AddDbContextPool<AoPortalDbContext>((sp, o) => o.UseProvider(options.Provider, connectionString).AddInterceptors(
            sp.GetRequiredService<ProgressChanges>(), sp.GetRequiredService<NotificationChanges>()));
        services.AddScoped<IAppDbContext>(sp => sp.GetRequiredService<AoPortalDbContext>());
    }

    private static void AddPortalIdentity(this IServiceCollection services)
    {
        services.AddIdentity<ApplicationUser, IdentityRole<Guid>>(o =>
            {
                // NCSC guidance: length and a block list, no composition rules.
                o.Password.RequiredLength = 12;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 1;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = true;
                o.SignIn.RequireConfirmedAccount = true;
                o.Tokens.PasswordResetTokenProvider = InvitationTokenProvider.ProviderName;
            })
            .AddEntityFrameworkStores<AoPortalDbContext>()
            .AddTokenProvider<InvitationTokenProvider>(InvitationTokenProvider.ProviderName)
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddClaimsPrincipalFactory<PortalClaimsPrincipalFactory>();
        services.AddScoped<IUserConfirmation<ApplicationUser>, ActiveUserConfirmation>();
        services.AddScoped<IUserAccounts, IdentityUserAccounts>();
        services.AddScoped<PasswordSetup>();
        // Deactivation changes the security stamp; sessions notice within a minute.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
    }
}
